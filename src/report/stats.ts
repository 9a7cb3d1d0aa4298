// QA statistics over a run: findings by rule, by speaker and by file, with
// how many replies were linted and how many had findings, so teams of
// different sizes compare on findings per 100 replies.
import type {FileResult} from '../files.js'
import {repliesOf, speakerOf} from './replies.js'

export interface StatsRow {
  /** The rule id, speaker or file the row counts. */
  key: string
  replies: number
  repliesWithFindings: number
  findings: number
  /** Findings per 100 replies; undefined when no reply was counted. */
  per100?: number
}

export interface RunStats {
  total: StatsRow
  byRule: StatsRow[]
  bySpeaker: StatsRow[]
  byFile: StatsRow[]
}

/** The label used for replies whose source does not name a speaker. */
export const UNKNOWN_SPEAKER = '(unknown)'

class Counter {
  private readonly rows = new Map<string, StatsRow>()

  row(key: string): StatsRow {
    let row = this.rows.get(key)
    if (!row) this.rows.set(key, (row = {key, replies: 0, repliesWithFindings: 0, findings: 0}))
    return row
  }

  /** Rows with the most findings first, then by name. */
  sorted(): StatsRow[] {
    return [...this.rows.values()].map(withRate).sort((a, b) => b.findings - a.findings || a.key.localeCompare(b.key))
  }
}

function withRate(row: StatsRow): StatsRow {
  return row.replies ? {...row, per100: (row.findings * 100) / row.replies} : row
}

export function computeStats(results: readonly FileResult[], options: {displayPath?: (filePath: string) => string} = {}): RunStats {
  const name = options.displayPath ?? (p => p)
  const total: StatsRow = {key: 'total', replies: 0, repliesWithFindings: 0, findings: 0}
  const rules = new Counter()
  const speakers = new Counter()
  const files = new Counter()
  for (const reply of repliesOf(results)) {
    const flagged = reply.findings.length > 0 ? 1 : 0
    const rows = [total, speakers.row(speakerOf(reply) ?? UNKNOWN_SPEAKER), files.row(name(reply.filePath))]
    for (const row of rows) {
      row.replies++
      row.repliesWithFindings += flagged
      row.findings += reply.findings.length
    }
    // A rule's "replies" are the replies it flagged; its rate is over all replies.
    const byRule = new Map<string, number>()
    for (const f of reply.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
    for (const [ruleId, n] of byRule) {
      const row = rules.row(ruleId)
      row.repliesWithFindings++
      row.findings += n
    }
  }
  const byRule = rules.sorted().map(row => withRate({...row, replies: total.replies}))
  // Replies without a named speaker are not an agent to compare: list them last.
  const bySpeaker = speakers.sorted().sort((a, b) => Number(a.key === UNKNOWN_SPEAKER) - Number(b.key === UNKNOWN_SPEAKER))
  return {total: withRate(total), byRule, bySpeaker, byFile: files.sorted()}
}
