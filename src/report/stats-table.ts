// The --stats summary as plain-text tables.
import type {RunStats, StatsRow} from './stats.js'

interface Column {
  header: string
  cell(row: StatsRow): string
}

const rate = (row: StatsRow) => (row.per100 === undefined ? '-' : row.per100.toFixed(1))
const REPLIES: Column = {header: 'replies', cell: r => String(r.replies)}
const WITH_FINDINGS: Column = {header: 'with findings', cell: r => String(r.repliesWithFindings)}
const FLAGGED: Column = {header: 'replies flagged', cell: r => String(r.repliesWithFindings)}
const FINDINGS: Column = {header: 'findings', cell: r => String(r.findings)}
const PER_100: Column = {header: 'per 100 replies', cell: rate}

/** Display width, counting CJK characters as two columns so tables line up in a terminal. */
function width(text: string): number {
  let n = 0
  for (const ch of text) n += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1
  return n
}
const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)))
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text

function table(title: string, columns: Column[], rows: StatsRow[], total?: StatsRow): string {
  const toCells = (label: string, row: StatsRow) => [label, ...columns.map(c => c.cell(row))]
  const header = [title, ...columns.map(c => c.header)]
  const body = rows.map(r => toCells(r.key, r))
  const footer = total ? toCells('total', total) : undefined
  const all = [header, ...body, ...(footer ? [footer] : [])]
  const widths = header.map((_, i) => Math.max(...all.map(r => width(r[i]!))))
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ').trimEnd()
  const rule = widths.map(w => '-'.repeat(w)).join('  ')
  const lines = [line(header), rule, ...body.map(line)]
  if (footer) lines.push(rule, line(footer))
  return lines.join('\n')
}

export function formatStats(stats: RunStats): string {
  const sections = [
    table('rule', [FLAGGED, FINDINGS, PER_100], stats.byRule),
    table('speaker', [REPLIES, WITH_FINDINGS, FINDINGS, PER_100], stats.bySpeaker, stats.total),
    table('file', [REPLIES, WITH_FINDINGS, FINDINGS, PER_100], stats.byFile, stats.total),
  ]
  return `${sections.join('\n\n')}\n`
}
