// Regroups a run's findings by reply, for per-reply statistics and the HTML
// report: which reply each finding sits in, and who wrote it.
import type {FileResult} from '../files.js'
import type {Finding, Range} from '../types.js'
import {lintedText} from '../formatters/display.js'

export interface ReplyReport {
  filePath: string
  /** Position of the reply in its file's linted text. */
  range: Range
  /** The reply as written in the file. */
  text: string
  speaker?: string
  findings: Finding[]
}

/** Every reply of every result, each with the findings inside it. */
export function repliesOf(results: readonly FileResult[]): ReplyReport[] {
  const out: ReplyReport[] = []
  for (const result of results) {
    const text = lintedText(result) ?? ''
    // Results built by hand (not by Linter.lintSource) may not list their replies: one reply each.
    const spans = result.replies?.length ? [...result.replies].sort((a, b) => a.range[0] - b.range[0]) : [{range: [0, text.length] as Range}]
    const replies: ReplyReport[] = spans.map(span => ({
      filePath: result.filePath,
      range: span.range,
      text: text.slice(span.range[0], span.range[1]),
      ...('speaker' in span && span.speaker ? {speaker: span.speaker} : {}),
      findings: [],
    }))
    for (const finding of result.findings) {
      const reply = replyAt(replies, finding.range[0])
      if (reply) reply.findings.push(finding)
    }
    out.push(...replies)
  }
  return out
}

/** The last reply starting at or before `offset` (binary search over sorted spans). */
function replyAt(replies: ReplyReport[], offset: number): ReplyReport | undefined {
  let lo = 0
  let hi = replies.length - 1
  let found: ReplyReport | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (replies[mid]!.range[0] <= offset) {
      found = replies[mid]
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

/** Who wrote a reply: the source's speaker, or the one its findings name. */
export function speakerOf(reply: ReplyReport): string | undefined {
  return reply.speaker ?? reply.findings.find(f => f.speaker)?.speaker
}
