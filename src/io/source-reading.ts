// Runs a source format over a file's text, or over its segments when it is
// too large to hold, and turns what it reports (malformed input, problems
// with parts of it, notices) into InputProblems with file positions.
import type {Finding, Severity} from '../types.js'
import type {Linter, Reply} from '../engine.js'
import {SourceError, type SegmentReading, type SegmentTally, type SourceFormat, type SourceOptions, type SourceProblem} from '../sources/index.js'
import {SpeakerSelection} from '../sources/speakers.js'
import type {InputProblem} from './inputs.js'
import {lintingHere, segmentLength, segmentText, type PlacedFindings, type SegmentJob, type SegmentLinting, type SegmentOutcome} from './segment-linting.js'
import {commentStyleOf, directivesAfter, DIRECTIVE_MARK, parseDirectives, type CarriedDirectives} from '../directives.js'
import {fileSegments} from './segments.js'

/** Files of these formats above this size are read as a stream (memory stays flat). */
export const DEFAULT_STREAM_THRESHOLD = 32 * 1024 * 1024

export function toInputProblem(display: string, p: SourceProblem): InputProblem {
  return {filePath: display, message: p.message, fatal: p.fatal, ...(p.line !== undefined ? {line: p.line, column: p.column ?? 1} : {})}
}

/**
 * A split function for Linter.lintSource that records the format's problems.
 * The split runs again after each fix pass; problems are kept once.
 */
export function recordingSplit(format: SourceFormat, filePath: string, options: SourceOptions, display: string, problems: InputProblem[]): (text: string) => Reply[] {
  const seen = new Set<string>()
  const add = (p: SourceProblem) => {
    const key = `${p.line}:${p.column}:${p.message}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push(toInputProblem(display, p))
  }
  return text => {
    try {
      return format.split(text, filePath, {...options, onProblem: add})
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
      add(error.toProblem(text))
      return []
    }
  }
}

/** A source format that can read a file in segments. */
export type StreamableFormat = SourceFormat & {segments: SegmentReading}

/**
 * Lints a file segment by segment, in this thread or in worker threads
 * (`linting`), several segments under way at a time; their findings are
 * handed on in order.
 */
export async function lintStreamed(
  linter: Linter,
  format: StreamableFormat,
  filePath: string,
  {
    options = {},
    display = filePath,
    onSegment,
    report,
    linting = lintingHere(linter),
    segmentBytes,
  }: {
    options?: SourceOptions
    /** The file's name in problems. */
    display?: string
    /** Receives the findings segment by segment, in order, instead of the returned list (memory stays flat). */
    onSegment?: (segment: PlacedFindings) => void | Promise<void>
    /** Have each segment's findings of these severities come as json report messages (see SegmentJob.report). */
    report?: {severities: Severity[]}
    linting?: SegmentLinting
    segmentBytes?: number
  } = {},
): Promise<{findings: Finding[]; replyCount: number; problems: InputProblem[]; hasDirectives: boolean}> {
  const reading = format.segments
  const {onProblem: _, ...plainOptions} = options
  const problems: InputProblem[] = []
  const findings: Finding[] = []
  const selection = new SpeakerSelection(options.speakers)
  const tally: SegmentTally = {records: 0, withMessages: 0}
  let replyCount = 0
  let head: unknown
  let headKnown = !reading.headed
  /** Where the next segment starts in the file's text. */
  let offset = 0
  let stopped = false
  let hasDirectives = false
  const inFlight: Array<Promise<SegmentOutcome>> = []
  const take = async () => {
    const done = await inFlight.shift()!
    // Segments read ahead of malformed input that stopped the reading are dropped.
    if (stopped) return
    if (!headKnown && done.head !== undefined) {
      head = done.head
      headKnown = true
    }
    for (const p of done.problems) problems.push(toInputProblem(display, p))
    linter.addNotice(...done.notices)
    selection.absorb(done.speakers)
    tally.records += done.tally.records
    tally.withMessages += done.tally.withMessages
    replyCount += done.replyCount
    if (done.stopped) {
      problems.push(toInputProblem(display, done.stopped))
      stopped = true
    }
    if (onSegment) await onSegment(done)
    else findings.push(...done.findings)
  }
  /** What directives so far say about the next segment. */
  let directives: CarriedDirectives | undefined
  for await (const segment of fileSegments(filePath, {records: reading.records, maxRecordChars: reading.maxRecordChars, size: segmentBytes})) {
    // Both measured before the bytes may move to another thread: the length places the segment's findings, and a
    // directive reaches past its segment (a block, a disable-next-line on its last record). Directives are rare:
    // a segment without one is never decoded here, nor searched for them again where it is linted.
    const length = segmentLength(segment.bytes)
    const marked = segment.bytes.includes(DIRECTIVE_MARK)
    const job: SegmentJob = {format: format.name, options: plainOptions, head, bytes: segment.bytes, line: segment.line, offset, marked, ...(report ? {report} : {}), ...(directives ? {directives} : {})}
    if (marked) {
      const text = segmentText(segment.bytes)
      const found = parseDirectives(text, commentStyleOf(format.name))
      if (found.length) hasDirectives = true
      directives = directivesAfter(text, found, directives)
    } else if (directives?.nextLine.length) directives = directivesAfter('', [], directives)
    inFlight.push(linting.lint(job))
    offset += length
    // Until the file's first record is known, each segment is read before the next is sent.
    while (inFlight.length >= (headKnown ? linting.atOnce : 1)) await take()
    if (stopped) break
  }
  while (inFlight.length) await take()
  if (stopped) return {findings, replyCount, problems, hasDirectives}
  try {
    reading.finish?.(tally, options)
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    problems.push(toInputProblem(display, error.toProblem('')))
    return {findings, replyCount, problems, hasDirectives}
  }
  selection.reportNotice(p => problems.push(toInputProblem(display, p)))
  return {findings, replyCount, problems, hasDirectives}
}
