// Chooses how a file's text splits into replies: by --input-format, else by
// extension, else plain text.
import type {Reply} from '../engine.js'
import type {SourceProblem} from './problems.js'
import type {SpeakerSelection} from './speakers.js'
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

/**
 * How a format reads a file too large to hold in memory. The file is cut
 * into segments of whole records (by their bytes, without decoding them),
 * and each segment is read on its own, in any thread: what a segment needs
 * from the rest of the file comes as `head`, and what the file as a whole
 * decides comes from `finish`, over every segment's tally.
 */
export interface SegmentReading {
  /** Where records end: at every line break (JSONL), or at line breaks outside double-quoted fields (CSV). */
  records: 'lines' | 'quoted-lines'
  /**
   * The longest record the reader takes while a quote in it is still open;
   * beyond, it stops with `stopped`, so no more of such a record need be held.
   */
  maxRecordChars?: number
  /**
   * Whether the file's first record decides how every other one is read (a
   * CSV header row: columns and delimiter). Segments are then read one at a
   * time until one returns `head`, which goes with every segment after it.
   */
  headed?: boolean
  /**
   * The replies in a segment's whole records, offsets in `text`. Problems go
   * to options.onProblem with the file's line numbers: the segment's first
   * line is `line`.
   */
  read(text: string, line: number, head: unknown, options: SourceOptions, selection: SpeakerSelection): SegmentRead
  /** Once every segment is read: throws SourceError when the file as a whole is unreadable (JSONL lines of an unknown shape). */
  finish?(tally: SegmentTally, options: SourceOptions): void
}

/** What a segment's records held, summed over the file for SegmentReading.finish. */
export interface SegmentTally {
  /** Records that were not blank (and, for JSONL, parsed). */
  records: number
  /** Records in which messages were found. */
  withMessages: number
}

export interface SegmentRead extends SegmentTally {
  replies: Reply[]
  /** What this segment's first record decided for the segments after it, as plain data (they may be read in another thread). */
  head?: unknown
  /** Input too malformed to read on (a CSV quote never closed): the file is read no further; the replies before it are linted. */
  stopped?: SourceProblem
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
  /** Reads a file segment by segment, for inputs too large to hold in memory. */
  segments?: SegmentReading
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
