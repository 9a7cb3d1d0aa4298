// Lints one segment of a file read in segments (see segments.ts), in
// whichever thread gets it: decodes its bytes, reads its replies with the
// file's format and lints them. Everything comes back as plain data;
// findings in the segment's own coordinates (lines from its first, offsets
// from its start), for the thread reading the file to place: that thread
// alone knows where the segment's text starts.
import type {Linter} from '../engine.js'
import {sourceFormat, type SegmentTally, type SourceOptions, type SourceProblem} from '../sources/index.js'
import {SpeakerSelection, type SpeakerCounts} from '../sources/speakers.js'
import type {Finding} from '../types.js'

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
}

export interface SegmentOutcome {
  findings: Finding[]
  /** With the file's line numbers. */
  problems: SourceProblem[]
  /** Length of the segment's text in UTF-16 units: where the next segment starts. */
  length: number
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

export async function lintSegment(linter: Linter, job: SegmentJob): Promise<SegmentOutcome> {
  const {bytes} = job
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  const reading = sourceFormat('', job.format).segments
  if (!reading) throw new Error(`the ${job.format} format cannot be read in segments`)
  const problems: SourceProblem[] = []
  const selection = new SpeakerSelection(job.options.speakers)
  const {replies, records, withMessages, head, stopped} = reading.read(text, job.line, job.head, {...job.options, onProblem: p => void problems.push(p)}, selection)
  const findings = await linter.lintReplies(text, replies)
  return {
    findings,
    problems,
    length: text.length,
    replyCount: replies.length,
    tally: {records, withMessages},
    speakers: selection.counts(),
    ...(head !== undefined ? {head} : {}),
    ...(stopped ? {stopped} : {}),
    notices: [...linter.notices],
  }
}

/** Lints segments in this thread, one at a time. */
export function lintingHere(linter: Linter): SegmentLinting {
  return {lint: job => lintSegment(linter, job), atOnce: 1}
}
