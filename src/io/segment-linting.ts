// Lints one segment of a file read in segments (see segments.ts), in
// whichever thread gets it: decodes its bytes, reads its replies with the
// file's format, lints them and places the findings in the file (the job
// says where the segment starts). Everything comes back as plain data; for
// the json report, as the report's own text, so the thread writing the
// report neither rebuilds nor holds the findings of the other threads.
import {isUtf8} from 'node:buffer'
import type {Linter} from '../engine.js'
import {countFindings, type FindingCounts} from '../engine.js'
import {applyDirectives, type CarriedDirectives} from '../directives.js'
import {messageChunks} from '../formatters/json-stream.js'
import {sourceFormat, type SegmentTally, type SourceOptions, type SourceProblem} from '../sources/index.js'
import {SpeakerSelection, type SpeakerCounts} from '../sources/speakers.js'
import type {Finding, Severity} from '../types.js'

/** A segment to lint: what any thread needs to read it as the file's format would. */
export interface SegmentJob {
  /** The source format's name. */
  format: string
  options: Omit<SourceOptions, 'onProblem'>
  /** What the file's first record decided (SegmentReading.headed), once known. */
  head: unknown
  /** The segment's bytes, with their ArrayBuffer to themselves: they may be moved to a worker thread. */
  bytes: Uint8Array
  /** The file's line number of the segment's first line. */
  line: number
  /** Where the segment's text starts in the file's text, in UTF-16 units. */
  offset: number
  /** Return the findings of these severities as json report messages (SegmentOutcome.messages), not as findings. */
  report?: {severities: Severity[]}
  /** What inline directives before the segment say about it (blocks still in force, a disable-next-line at its first record). */
  directives?: CarriedDirectives
  /** False when the thread that cut the segment found no directive mark in its bytes: it is not searched again. */
  marked?: boolean
}

/** A segment's findings, placed in the file. */
export interface PlacedFindings {
  /** None when the job asked for a report. */
  findings: Finding[]
  /** With `report`: the findings of its severities as chunks of json report messages (see messageChunks). */
  messages?: Uint8Array[]
  /** Of all the segment's findings, reported or not. */
  counts: FindingCounts
}

export interface SegmentOutcome extends PlacedFindings {
  /** With the file's line numbers. */
  problems: SourceProblem[]
  replyCount: number
  tally: SegmentTally
  speakers: SpeakerCounts
  head?: unknown
  stopped?: SourceProblem
  /** The linter's notices (a rule that failed, a dictionary missing). */
  notices: string[]
}

/** Lints the segments of a file somewhere (here, or in worker threads), `atOnce` of them under way at a time. */
export interface SegmentLinting {
  lint(job: SegmentJob): Promise<SegmentOutcome>
  atOnce: number
}

/** A segment's text, the same in every thread. */
export function segmentText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}

/**
 * The length of a segment's text in UTF-16 units, which says where the next
 * segment starts. Counted from the bytes: decoding them only for this cost
 * the reading thread a tenth of its time on Chinese. In valid UTF-8 every
 * character starts with one byte that is not a continuation byte, and those
 * of four bytes take two units. Bytes that are not valid UTF-8 are decoded,
 * to count the replacement characters exactly as segmentText makes them.
 */
export function segmentLength(bytes: Uint8Array): number {
  if (!isUtf8(bytes)) return segmentText(bytes).length
  // Four bytes at a time where they are aligned: the reading thread counts
  // every byte of the file, and a byte at a time took it 0.2 s per 100 MB.
  const head = Math.min((4 - (bytes.byteOffset % 4)) % 4, bytes.length)
  const words = bytes.length - head >= 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (bytes.length - head) >>> 2) : NO_WORDS
  let units = unitsOfBytes(bytes, 0, head)
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    // High bit of each byte: set for a continuation byte (10xxxxxx), and
    // for the lead of a four-byte sequence (11110xxx).
    const continuation = w & ~(w << 1) & 0x80808080
    const fourByteLead = w & (w << 1) & (w << 2) & (w << 3) & 0x80808080
    units += 4 - highBits(continuation) + highBits(fourByteLead)
  }
  return units + unitsOfBytes(bytes, head + words.length * 4, bytes.length)
}

const NO_WORDS = new Uint32Array(0)

/** The UTF-16 units of bytes[from, to), a byte at a time. */
function unitsOfBytes(bytes: Uint8Array, from: number, to: number): number {
  let units = 0
  for (let i = from; i < to; i++) {
    const b = bytes[i]!
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1
  }
  return units
}

/** How many of a word's four byte-high bits (0x80808080) are set. */
function highBits(bits: number): number {
  return Math.imul(bits >>> 7, 0x01010101) >>> 24
}

export async function lintSegment(linter: Linter, job: SegmentJob): Promise<SegmentOutcome> {
  const text = segmentText(job.bytes)
  const reading = sourceFormat('', job.format).segments
  if (!reading) throw new Error(`the ${job.format} format cannot be read in segments`)
  const problems: SourceProblem[] = []
  const selection = new SpeakerSelection(job.options.speakers)
  const {replies, records, withMessages, head, stopped} = reading.read(text, job.line, job.head, {...job.options, onProblem: p => void problems.push(p)}, selection)
  const linted = await linter.lintReplies(text, replies)
  const {findings: found} = job.marked === false && !job.directives ? {findings: linted} : applyDirectives(text, job.format, linted, job.directives)
  const placed = found.map(f => placeFinding(f, job.line, job.offset))
  return {
    ...reported(placed, job.report),
    problems,
    replyCount: replies.length,
    tally: {records, withMessages},
    speakers: selection.counts(),
    ...(head !== undefined ? {head} : {}),
    ...(stopped ? {stopped} : {}),
    notices: [...linter.notices],
  }
}

function reported(findings: Finding[], report: SegmentJob['report']): PlacedFindings {
  const counts = countFindings(findings)
  if (!report) return {findings, counts}
  const severities = new Set(report.severities)
  return {findings: [], messages: messageChunks(findings.filter(f => severities.has(f.severity))), counts}
}

/** Moves a finding from a segment's coordinates (lines from its first, offsets from its start) to the file's. */
function placeFinding(f: Finding, line: number, offset: number): Finding {
  const shift = ([s, e]: [number, number]): [number, number] => [s + offset, e + offset]
  return {
    ...f,
    line: f.line + line - 1,
    endLine: f.endLine + line - 1,
    range: shift(f.range),
    suggestions: f.suggestions.map(s => ({...s, range: shift(s.range)})),
    ...(f.fix ? {fix: {...f.fix, range: shift(f.fix.range)}} : {}),
  }
}

/** Lints segments in this thread, one at a time. */
export function lintingHere(linter: Linter): SegmentLinting {
  return {lint: job => lintSegment(linter, job), atOnce: 1}
}
