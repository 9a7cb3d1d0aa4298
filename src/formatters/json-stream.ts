// The json report written as it is made, file by file and, for files read as
// a stream, message by message: byte for byte what the json formatter
// returns, without ever holding the whole report (a day of transcripts can
// have millions of findings).
import type {Writable} from 'node:stream'
import type {FileResult} from '../files.js'
import type {Finding} from '../types.js'
import {eslintResult, toEslintMessage} from './json.js'

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

  private async write(text: string): Promise<void> {
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

  /** A whole file's entry. */
  async result(result: FileResult): Promise<void> {
    await this.entry(jsonEntry(result))
  }

  /** A whole file's entry, made elsewhere by jsonEntry (by the thread that linted the file). */
  async entry(json: string): Promise<void> {
    await this.write(this.separator() + json)
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

  /** Adds messages to the entry `begin` opened: chunks of comma-separated messages, as messageChunks makes them. */
  async addMessages(chunks: readonly string[]): Promise<void> {
    for (const chunk of chunks) await this.write((this.messages++ ? ',' : '') + chunk)
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
 * Findings as messages of the json report, comma-separated, in chunks of
 * about WRITE_CHARS characters: made by the thread that found them, written
 * by the one that writes the report.
 */
export function messageChunks(findings: readonly Finding[]): string[] {
  const chunks: string[] = []
  let text = ''
  for (const f of findings) {
    text += (text ? ',' : '') + JSON.stringify(toEslintMessage(f))
    if (text.length >= WRITE_CHARS) {
      chunks.push(text)
      text = ''
    }
  }
  if (text) chunks.push(text)
  return chunks
}

/** A file's entry of the json report, as `result` writes it. */
export function jsonEntry(result: FileResult): string {
  return JSON.stringify(eslintResult(result))
}

const MESSAGES = '"messages":['

/**
 * Characters of messages in one chunk: a string much longer than this is a
 * large object, which only a full collection frees, and a streamed file's
 * messages would pile up as such between collections.
 */
const WRITE_CHARS = 32 * 1024

function emptyResult(filePath: string): FileResult {
  return {filePath, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
}
