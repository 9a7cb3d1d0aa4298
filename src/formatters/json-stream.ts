// The json report written as it is made, file by file and, for files read as
// a stream, message by message: byte for byte what the json formatter
// returns, without ever holding the whole report (a day of transcripts can
// have millions of findings).
import type {Writable} from 'node:stream'
import type {FileResult} from '../files.js'
import type {Finding} from '../types.js'
import {eslintResult, eslintResultFrame, toEslintMessage} from './json.js'

export class JsonReportWriter {
  private files = 0
  private messages = 0

  /** The reader went away (\`reply-lint … | head\`), or writing failed: the rest of the report has nowhere to go. */
  private closed = false

  /** Why writing failed, other than a reader that went away; close() throws it. */
  private failure?: Error

  constructor(private readonly out: Writable) {
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') this.failure ??= error
      this.closed = true
    })
  }

  private async write(text: string | Uint8Array): Promise<void> {
    if (this.closed) return
    if (this.out.write(text) || this.closed) return
    // A reader that goes away while the output is full never drains it: the
    // stream closes instead (and the run must still end with its exit code).
    await new Promise<void>(resolve => {
      const done = () => {
        this.out.off('drain', done)
        this.out.off('close', done)
        resolve()
      }
      this.out.once('drain', done)
      this.out.once('close', done)
    })
  }

  private separator(): string {
    return this.files++ ? ',' : '['
  }

  /**
   * A whole file's entry: jsonEntry's text, written as its head, its
   * messages in chunks (as messageChunks makes them) and the rest. As one
   * string, a file with many findings made a report hundreds of megabytes
   * long that was built, flattened and encoded whole (a 19 MB transcript of
   * dense replies: a 160 MB report).
   */
  async result(result: FileResult): Promise<void> {
    const {head, tail} = entryFrame(result)
    await this.write(this.separator() + head)
    // The entry's first message takes no comma before it.
    let first = true
    for (const chunk of messageChunks(result.findings)) {
      await this.write(first ? chunk.subarray(1) : chunk)
      first = false
    }
    await this.write(tail)
  }

  /** A whole file's entry, made elsewhere by jsonEntryBytes (by the thread that linted the file). */
  async entry(json: Uint8Array): Promise<void> {
    await this.write(this.separator())
    await this.write(json)
  }

  /** Opens a file's entry whose messages follow (see `add` and `end`). */
  async begin(filePath: string): Promise<void> {
    const head = JSON.stringify(eslintResult(emptyResult(filePath)))
    this.messages = 0
    await this.write(this.separator() + head.slice(0, head.indexOf(MESSAGES) + MESSAGES.length))
  }

  /** Adds findings to the entry `begin` opened. */
  async add(findings: readonly Finding[]): Promise<void> {
    await this.addMessages(messageChunks(findings))
  }

  /** Adds messages to the entry `begin` opened, in chunks as messageChunks makes them. */
  async addMessages(chunks: readonly Uint8Array[]): Promise<void> {
    // The entry's first message takes no comma before it.
    for (const chunk of chunks) await this.write(this.messages++ ? chunk : chunk.subarray(1))
  }

  /** Closes the entry `begin` opened, with the file's counts (its findings were added already). */
  async end(result: FileResult): Promise<void> {
    const whole = JSON.stringify(eslintResult({...result, findings: []}))
    await this.write(whole.slice(whole.indexOf(MESSAGES) + MESSAGES.length))
  }

  /** Ends the report, with the newline the CLI puts after it. */
  async close(): Promise<void> {
    await this.write(`${this.files ? '' : '['}]\n`)
    if (this.failure) throw this.failure
  }
}

/**
 * Findings as messages of the json report, in chunks of about CHUNK_UNITS,
 * as UTF-8, each message after a comma (addMessages leaves out an entry's
 * first). Made by the thread that found them, written by the one that
 * writes the report. As bytes, a worker's chunks reach the writing thread
 * as one copy, and chunks wait for their turn outside the JavaScript heap,
 * where collections do not copy them: as strings, the chunks of the
 * segments the writing thread linted itself were most of what its
 * collections kept alive (165 MB on 100 MB of Chinese JSONL).
 */
export function messageChunks(findings: readonly Finding[]): Uint8Array[] {
  const chunks: Uint8Array[] = []
  let messages: string[] = []
  let length = 0
  for (const f of findings) {
    const json = JSON.stringify(toEslintMessage(f))
    messages.push(json)
    length += json.length + 1
    if (length >= CHUNK_UNITS) {
      chunks.push(utf8.encode(`,${messages.join(',')}`))
      messages = []
      length = 0
    }
  }
  if (messages.length) chunks.push(utf8.encode(`,${messages.join(',')}`))
  return chunks
}

const utf8 = new TextEncoder()

/** A file's entry of the json report, as `result` writes it. */
export function jsonEntry(result: FileResult): string {
  return JSON.stringify(eslintResult(result))
}

/**
 * A file's entry without its messages: what comes before the first (up to
 * and with the messages' opening bracket) and from their closing bracket on.
 * JSON.stringify escapes every quote inside a string, so the first
 * `"messages":[` is the key's.
 */
function entryFrame(result: FileResult): {head: string; tail: string} {
  const whole = JSON.stringify(eslintResultFrame(result))
  const at = whole.indexOf(MESSAGES) + MESSAGES.length
  return {head: whole.slice(0, at), tail: whole.slice(at)}
}

/** A file's entry as UTF-8, for `entry`: made by the thread that linted the file, like messageChunks. */
export function jsonEntryBytes(result: FileResult): Uint8Array {
  return utf8.encode(jsonEntry(result))
}

const MESSAGES = '"messages":['

/** Messages in one chunk: about this many UTF-16 units of them (as many bytes of ASCII), what one write hands on. */
const CHUNK_UNITS = 32 * 1024

function emptyResult(filePath: string): FileResult {
  return {filePath, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
}
