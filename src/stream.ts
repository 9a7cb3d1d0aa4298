// --stream: JSONL in, one JSON result line out per input line, in order and
// flushed as it goes. The contract distributed engines use for external
// programs (Hadoop Streaming, Spark's RDD.pipe, Beam or Flink subprocesses).
import readline from 'node:readline'
import type {Readable, Writable} from 'node:stream'
import type {Linter} from './engine.js'
import type {Finding} from './types.js'
import {toEslintMessage} from './formatters/json.js'

export interface StreamOptions {
  /** Field holding the reply text; by default the first of text, content, body, message, reply. */
  textField?: string
  /** Field holding the speaker; by default role, speaker, author, sender. */
  speakerField?: string
  /** Which findings to emit (severity filtering). */
  keep?: (finding: Finding) => boolean
}

const TEXT_FIELDS = ['text', 'content', 'body', 'message', 'reply']
const SPEAKER_FIELDS = ['role', 'speaker', 'author', 'sender']
const ID_FIELDS = ['id', 'message_id', 'messageId', 'uuid']

export interface StreamSummary {
  lines: number
  badLines: number
  errorCount: number
  warningCount: number
}

function pick(record: Record<string, unknown>, explicit: string | undefined, fields: string[]): unknown {
  if (explicit) return record[explicit]
  for (const f of fields) if (record[f] !== undefined) return record[f]
  return undefined
}

async function write(output: Writable, line: string): Promise<void> {
  if (!output.write(line)) await new Promise(resolve => output.once('drain', resolve))
}

/**
 * Lints one reply per input line. Each output line is
 * `{"line": n, "id"?: …, "messages": [...], "errorCount", "warningCount"}` or,
 * for a line that is not a usable record, `{"line": n, "error": "…"}`.
 * Blank lines are echoed as `{"line": n, "skipped": "blank line"}` so that
 * output line n always answers input line n.
 */
export async function lintStream(input: Readable, output: Writable, linter: Linter, options: StreamOptions = {}): Promise<StreamSummary> {
  const summary: StreamSummary = {lines: 0, badLines: 0, errorCount: 0, warningCount: 0}
  const lines = readline.createInterface({input, crlfDelay: Infinity})
  const keep = options.keep ?? (() => true)
  for await (const raw of lines) {
    const line = ++summary.lines
    if (!raw.trim()) {
      await write(output, `${JSON.stringify({line, skipped: 'blank line'})}\n`)
      continue
    }
    let record: unknown
    try {
      record = JSON.parse(raw)
    } catch (error) {
      summary.badLines++
      await write(output, `${JSON.stringify({line, error: `invalid JSON: ${(error as Error).message}`})}\n`)
      continue
    }
    const object = typeof record === 'string' ? {text: record} : record
    const text = object && typeof object === 'object' && !Array.isArray(object) ? pick(object as Record<string, unknown>, options.textField, TEXT_FIELDS) : undefined
    if (typeof text !== 'string') {
      summary.badLines++
      const want = options.textField ? `field '${options.textField}'` : `one of the fields ${TEXT_FIELDS.join(', ')} (or pass --text-field)`
      await write(output, `${JSON.stringify({line, error: `no reply text: expected a JSON string or an object with ${want}`})}\n`)
      continue
    }
    const o = object as Record<string, unknown>
    const speaker = pick(o, options.speakerField, SPEAKER_FIELDS)
    const id = pick(o, undefined, ID_FIELDS)
    const result = await linter.lintSource(text, t => [{text: t, start: 0, speaker: typeof speaker === 'string' ? speaker : undefined}])
    const findings = result.findings.filter(keep)
    summary.errorCount += result.errorCount
    summary.warningCount += result.warningCount
    await write(
      output,
      `${JSON.stringify({line, ...(id !== undefined ? {id} : {}), messages: findings.map(toEslintMessage), errorCount: result.errorCount, warningCount: result.warningCount})}\n`,
    )
  }
  return summary
}
