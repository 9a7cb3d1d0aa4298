// The HTML QA report: one self-contained page (inline CSS, SVG and script, no
// network) that a support lead opens in a browser. Totals, charts by rule and
// by agent, and the worst replies with their flagged spans highlighted beside
// the suggested rewrites, filterable by rule, language and agent.
import type {FileResult} from '../files.js'
import type {Finding, ReplyRewrite, Severity} from '../types.js'
import {escapeHtml} from './html-escape.js'
import {repliesOf, speakerOf, type ReplyReport} from './replies.js'
import {computeStats, UNKNOWN_SPEAKER, type RunStats, type StatsRow} from './stats.js'
import {barChart} from './svg-chart.js'
import {lintedText, plural} from '../formatters/display.js'
import {PAGE_SCRIPT, PAGE_STYLE} from './html-assets.js'

export interface HtmlReportOptions {
  /** Shows file paths relative to the working directory. */
  displayPath?: (filePath: string) => string
  /** How many of the worst replies to show (the rest are counted). */
  maxReplies?: number
  /** Shown in the header; defaults to now. */
  generatedAt?: Date
  title?: string
}

const SEVERITY_WEIGHT: Record<Severity, number> = {error: 3, warning: 2, info: 1}
const LANGUAGE_NAMES: Record<string, string> = {en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文'}

/** Replies with the most (and most severe) findings first. */
function worstFirst(replies: ReplyReport[]): ReplyReport[] {
  const score = (r: ReplyReport) => r.findings.reduce((n, f) => n + SEVERITY_WEIGHT[f.severity], 0)
  return replies.filter(r => r.findings.length).sort((a, b) => score(b) - score(a) || b.findings.length - a.findings.length)
}

const format1 = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1))

function totals(stats: RunStats, results: readonly FileResult[]): string {
  const count = (sev: Severity) => results.reduce((n, r) => n + r.findings.filter(f => f.severity === sev).length, 0)
  const t = stats.total
  const share = t.replies ? `${((t.repliesWithFindings * 100) / t.replies).toFixed(1)}% of replies` : ''
  const cards: Array<[string, string, string?]> = [
    ['Files', String(results.length)],
    ['Replies linted', String(t.replies)],
    ['Replies with findings', String(t.repliesWithFindings), share],
    ['Findings', String(t.findings), `${plural(count('error'), 'error')} · ${plural(count('warning'), 'warning')} · ${count('info')} info`],
    ['Findings per 100 replies', format1(t.per100)],
  ]
  return `<section class="totals">${cards
    .map(([label, value, note]) => `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div>${note ? `<div class="note">${escapeHtml(note)}</div>` : ''}</div>`)
    .join('')}</section>`
}

function statsTable(title: string, rows: StatsRow[]): string {
  const body = rows
    .map(r => `<tr><th scope="row">${escapeHtml(r.key)}</th><td>${r.replies}</td><td>${r.repliesWithFindings}</td><td>${r.findings}</td><td>${format1(r.per100)}</td></tr>`)
    .join('')
  return `<table class="stats"><caption>${escapeHtml(title)}</caption><thead><tr><th scope="col"></th><th scope="col">Replies</th><th scope="col">With findings</th><th scope="col">Findings</th><th scope="col">Per 100 replies</th></tr></thead><tbody>${body}</tbody></table>`
}

function charts(stats: RunStats): string {
  const byRule = barChart('Findings by rule', stats.byRule.map(r => ({label: r.key, value: r.findings, detail: `${r.repliesWithFindings} replies`})))
  const named = stats.bySpeaker.filter(r => r.key !== UNKNOWN_SPEAKER)
  const second = named.length
    ? barChart('Findings by agent', stats.bySpeaker.map(r => ({label: r.key, value: r.findings, detail: `${format1(r.per100)} per 100 replies`, muted: r.key === UNKNOWN_SPEAKER})))
    : barChart('Findings by file (the inputs name no agents)', stats.byFile.map(r => ({label: r.key, value: r.findings, detail: `${r.replies} replies`})))
  const table = named.length ? statsTable('Agents', stats.bySpeaker) : statsTable('Files', stats.byFile)
  return `<section class="charts">${byRule}${second}</section>${table}`
}

/**
 * The reply text with each flagged span wrapped in <mark>. Overlapping
 * findings split the text at every boundary, so each piece is marked by all
 * the findings that cover it.
 */
function highlighted(reply: ReplyReport, numbers: Map<Finding, number>): string {
  const base = reply.range[0]
  const length = reply.text.length
  const clamp = (n: number) => Math.min(length, Math.max(0, n - base))
  const spans = reply.findings.map(f => ({f, start: clamp(f.range[0]), end: clamp(f.range[1])}))
  const cuts = [...new Set([0, length, ...spans.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b)
  let html = ''
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!]
    const piece = escapeHtml(reply.text.slice(from, to))
    const covering = spans.filter(s => s.start <= from && s.end >= to && s.end > s.start)
    if (!covering.length) {
      html += piece
      continue
    }
    const worst = covering.reduce((a, b) => (SEVERITY_WEIGHT[b.f.severity] > SEVERITY_WEIGHT[a.f.severity] ? b : a)).f.severity
    const rules = [...new Set(covering.map(s => s.f.ruleId))].join(' ')
    const title = covering.map(s => `[${numbers.get(s.f)}] ${s.f.ruleId}: ${s.f.message}`).join('\n')
    html += `<mark class="sev-${worst}" data-rules="${escapeHtml(rules)}" title="${escapeHtml(title)}">${piece}</mark>`
  }
  // Zero-width findings (an empty reply, say) still get their number shown.
  for (const s of spans.filter(s => s.end === s.start)) html += `<sup>[${numbers.get(s.f)}]</sup>`
  return html
}

function rewriteLine(original: string, text: string): string {
  const after = text ? `<span class="after">${escapeHtml(text)}</span>` : '<span class="after removed">(remove)</span>'
  return `<span class="before">${escapeHtml(original)}</span> <span class="arrow">→</span> ${after}`
}

function findingItem(f: Finding, n: number, linted: string): string {
  const rewrites = [...(f.fix ? [f.fix] : []), ...f.suggestions].slice(0, 3)
  const seen = new Set<string>()
  const items = rewrites
    .filter(r => !seen.has(r.text) && seen.add(r.text))
    .map(r => `<li>${rewriteLine(linted.slice(r.range[0], r.range[1]), r.text)}</li>`)
    .join('')
  return (
    `<li class="finding" data-rule="${escapeHtml(f.ruleId)}" value="${n}">` +
    `<div><span class="badge sev-${f.severity}">${f.severity}</span> <code class="rule">${escapeHtml(f.ruleId)}</code>` +
    `<span class="where">line ${f.line}:${f.column}</span>${f.fix ? ' <span class="fixable">fixable</span>' : ''}</div>` +
    `<div class="message">${escapeHtml(f.message)}</div>` +
    (items ? `<ul class="rewrites">${items}</ul>` : '') +
    `</li>`
  )
}

function wholeRewrite(rewrite: ReplyRewrite | undefined): string {
  if (!rewrite) return ''
  const note = rewrite.needsInput ? '<div class="note">Fill in the [bracketed] parts before sending.</div>' : ''
  return `<div class="suggested"><div class="label">Suggested reply</div><div class="text">${escapeHtml(rewrite.text)}</div>${note}</div>`
}

function replyCard(reply: ReplyReport, linted: string, name: string, rewrite?: ReplyRewrite): string {
  const numbers = new Map(reply.findings.map((f, i) => [f, i + 1]))
  const rules = [...new Set(reply.findings.map(f => f.ruleId))]
  const languages = [...new Set(reply.findings.map(f => f.language))]
  const speaker = speakerOf(reply) ?? UNKNOWN_SPEAKER
  const first = reply.findings[0]!
  return (
    `<article class="reply" data-rules="${escapeHtml(rules.join(' '))}" data-langs="${escapeHtml(languages.join(' '))}" data-speaker="${escapeHtml(speaker)}">` +
    `<header><span class="file">${escapeHtml(name)}:${first.line}</span>` +
    (speaker !== UNKNOWN_SPEAKER ? `<span class="speaker">${escapeHtml(speaker)}</span>` : '') +
    languages.map(l => `<span class="lang">${escapeHtml(LANGUAGE_NAMES[l] ?? l)}</span>`).join('') +
    `<span class="count">${plural(reply.findings.length, 'finding')}</span></header>` +
    `<div class="body"><div class="text">${highlighted(reply, numbers)}</div>` +
    `<ol class="findings">${reply.findings.map(f => findingItem(f, numbers.get(f)!, linted)).join('')}</ol></div>` +
    `${wholeRewrite(rewrite)}</article>`
  )
}

function select(id: string, label: string, values: Array<[value: string, text: string]>): string {
  const options = values.map(([v, t]) => `<option value="${escapeHtml(v)}">${escapeHtml(t)}</option>`).join('')
  return `<label>${escapeHtml(label)} <select id="${id}"><option value="">all</option>${options}</select></label>`
}

export function htmlReport(results: readonly FileResult[], options: HtmlReportOptions = {}): string {
  const name = options.displayPath ?? (p => p)
  const stats = computeStats(results, {displayPath: name})
  const linted = new Map(results.map(r => [r.filePath, lintedText(r) ?? '']))
  // Each reply's whole rewrite, found by file and where the reply starts.
  const rewrites = new Map(results.flatMap(r => (r.rewrites ?? []).map(w => [`${r.filePath}\n${w.range[0]}`, w] as const)))
  const flagged = worstFirst(repliesOf(results))
  const shown = flagged.slice(0, options.maxReplies ?? 200)
  const rules = stats.byRule.map(r => r.key)
  const languages = [...new Set(flagged.flatMap(r => r.findings.map(f => f.language)))].sort()
  const speakers = [...new Set(shown.map(r => speakerOf(r)).filter((s): s is string => Boolean(s)))].sort()
  const filters =
    `<div class="filters">` +
    select('filter-rule', 'Rule', rules.map(r => [r, r])) +
    select('filter-lang', 'Language', languages.map(l => [l, LANGUAGE_NAMES[l] ?? l])) +
    (speakers.length ? select('filter-speaker', 'Agent', speakers.map(s => [s, s])) : '') +
    `<span id="shown-count" class="muted"></span></div>`
  const title = options.title ?? 'reply-lint report'
  const generated = (options.generatedAt ?? new Date()).toISOString().replace('T', ' ').slice(0, 16)
  const heading = shown.length < flagged.length ? `The ${shown.length} worst of ${flagged.length} flagged replies` : `Flagged replies (${flagged.length})`
  const list = shown.length
    ? shown.map(r => replyCard(r, linted.get(r.filePath) ?? '', name(r.filePath), rewrites.get(`${r.filePath}\n${r.range[0]}`))).join('\n')
    : '<p class="clean">No findings: every reply reads well.</p>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header class="page"><h1>${escapeHtml(title)}</h1><p class="muted">Generated ${escapeHtml(generated)} UTC</p></header>
<main>
${totals(stats, results)}
${charts(stats)}
<section class="replies"><h2>${escapeHtml(heading)}</h2>
${flagged.length ? filters : ''}
${list}
</section>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`
}
