// Runs a source format over a file's text or stream and turns what it reports
// (malformed input, problems with parts of it, notices) into InputProblems
// with file positions.
import fs from 'node:fs'
import type {Finding} from '../types.js'
import type {Linter, Reply} from '../engine.js'
import {SourceError, type SourceFormat, type SourceOptions, type SourceProblem, type StreamedPiece} from '../sources/index.js'
import type {RawReport} from '../context.js'
import type {InputProblem} from './inputs.js'

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

/** Replies per batch of a streamed file, and batches linted at once when worker threads lint them. */
const STREAM_BATCH_REPLIES = 1000
const STREAM_BATCHES_IN_FLIGHT = 4

/**
 * Bytes read at a time. Small enough that each chunk's string is made in the
 * young generation, which is cheap to collect: a chunk of a megabyte would be
 * a large object in the old generation, and the lines and findings sliced
 * from it would keep it there until a full collection, tens of megabytes of
 * them at a time.
 */
const CHUNK_BYTES = 64 * 1024

async function* utf8Chunks(filePath: string): AsyncGenerator<string> {
  let first = true
  for await (const chunk of fs.createReadStream(filePath, {encoding: 'utf8', highWaterMark: CHUNK_BYTES})) {
    yield first && (chunk as string).charCodeAt(0) === 0xfeff ? (chunk as string).slice(1) : (chunk as string)
    first = false
  }
}

/** Moves a finding from a piece's coordinates to the file's. */
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

/** A source format that can read a file piece by piece. */
export type StreamableFormat = SourceFormat & {stream: NonNullable<SourceFormat['stream']>}

/** Lints a file piece by piece through its format's stream reader. */
export async function lintStreamed(
  linter: Linter,
  format: StreamableFormat,
  filePath: string,
  options: SourceOptions,
  display: string,
  /** Receives the findings batch by batch, in order, instead of the returned list (memory stays flat). */
  onFindings?: (findings: Finding[]) => void | Promise<void>,
): Promise<{findings: Finding[]; replyCount: number; problems: InputProblem[]}> {
  const problems: InputProblem[] = []
  const findings: Finding[] = []
  let replyCount = 0
  // Pieces are linted in batches; with worker threads several batches are in
  // flight while reading goes on, and they are placed in order.
  const inFlight: Array<{pieces: StreamedPiece[]; reports: Promise<RawReport[][]>}> = []
  let batch: StreamedPiece[] = []
  let batchReplies = 0
  const send = () => {
    if (!batch.length) return
    inFlight.push({pieces: batch, reports: linter.reportsFor(batch.flatMap(p => p.replies))})
    batch = []
    batchReplies = 0
  }
  const place = async () => {
    const {pieces, reports} = inFlight.shift()!
    const all = await reports
    const placed: Finding[] = onFindings ? [] : findings
    let next = 0
    for (const piece of pieces) {
      const own = all.slice(next, (next += piece.replies.length))
      for (const f of linter.placeReports(piece.source, piece.replies, own)) placed.push(placeFinding(f, piece.line, piece.offset))
    }
    if (onFindings) await onFindings(placed)
  }
  try {
    for await (const piece of format.stream(utf8Chunks(filePath), filePath, {...options, onProblem: p => problems.push(toInputProblem(display, p))})) {
      replyCount += piece.replies.length
      batch.push(piece)
      batchReplies += piece.replies.length
      if (batchReplies >= STREAM_BATCH_REPLIES) send()
      while (inFlight.length > (linter.remote ? STREAM_BATCHES_IN_FLIGHT : 0)) await place()
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    problems.push(toInputProblem(display, error.toProblem('')))
  }
  // What was read before the end (or before malformed input stopped the reading) is still linted.
  send()
  while (inFlight.length) await place()
  return {findings, replyCount, problems}
}
