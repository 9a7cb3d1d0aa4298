// Chooses how a file's text splits into replies: by --input-format, else by
// extension, else plain text.
import type {Reply} from '../engine.js'
import type {SourceProblem} from './problems.js'
import {plainText} from './text.js'
import {transcript} from './transcript.js'
import {json, jsonl} from './json.js'
import {csv, tsv} from './csv.js'
import {yaml} from './yaml.js'
import {markdown} from './markdown.js'

export {SourceError, type SourceProblem} from './problems.js'

/** How the user asked the inputs to be read (CLI flags). */
export interface SourceOptions {
  /** Text and Markdown: `file` (one reply) or `paragraph` (one per paragraph / list item). */
  split?: 'file' | 'paragraph'
  /** Which speakers count as the agent (names, roles or ids); agents by role when absent. */
  speakers?: string[]
  /** JSON / YAML: dotted path of the reply text inside each message. */
  textField?: string
  /** JSON / YAML: dotted path of the speaker inside each message. */
  speakerField?: string
  /** CSV / TSV: the text column, a header name or a 1-based number. */
  column?: string
  /** CSV / TSV: the speaker column. */
  speakerColumn?: string
  /** Receives problems with parts of the input; the rest is still linted. */
  onProblem?: (problem: SourceProblem) => void
}

/** A piece of a streamed file: whole lines starting at `line` (1-based) and offset `offset` of the file. */
export interface StreamedPiece {
  source: string
  line: number
  offset: number
  /** Replies with offsets in `source`. */
  replies: Reply[]
}

export interface SourceFormat {
  name: string
  extensions: string[]
  /** One line for --help and the README. */
  description: string
  /**
   * The replies in a file's text, with their offsets in it. Throws
   * SourceError when the text is malformed for the format.
   */
  split(text: string, filePath: string, options?: SourceOptions): Reply[]
  /** Reads a file piece by piece, for inputs too large to hold in memory. */
  stream?(chunks: AsyncIterable<string>, filePath: string, options?: SourceOptions): AsyncIterable<StreamedPiece>
}

const FORMATS: SourceFormat[] = [plainText, transcript, markdown, json, jsonl, csv, tsv, yaml]

/** Extensions the CLI looks for when given a directory. */
export const TEXT_EXTENSIONS = [...new Set(FORMATS.flatMap(f => f.extensions))]

export function formatNames(): string[] {
  return FORMATS.map(f => f.name)
}

export function sourceFormats(): readonly SourceFormat[] {
  return FORMATS
}

export function sourceFormat(filePath: string, name?: string): SourceFormat {
  if (name) {
    const byName = FORMATS.find(f => f.name === name)
    if (!byName) throw new Error(`unknown input format '${name}' (known: ${formatNames().join(', ')})`)
    return byName
  }
  const lower = filePath.toLowerCase()
  return FORMATS.find(f => f.extensions.some(ext => lower.endsWith(`.${ext}`))) ?? plainText
}
