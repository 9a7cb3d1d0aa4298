#!/usr/bin/env node
// Measures reply-lint on a labelled set (../shared/data/dev.jsonl by default):
// precision and recall per rule, clean replies flagged, and rewrite
// convergence: the share of findings whose first rewrite, applied to the
// reply, removes the finding and brings no new one.
// Then rewrite metrics (see rewrite-metrics.mjs) on the set and on the real
// replies (../shared/data/real), unless --no-real.
// usage: npm run eval [-- set.jsonl|folder ...] [--lang en|zh] [--verbose] [--no-real]
import fs from 'node:fs'
import path from 'node:path'
import {Linter, applyFixes, wholeText} from '../dist/src/index.js'
import {loadFactChecks, missingFacts, scriptKept} from '../dist/src/rewrite/facts.js'
import {createGrammarJudge, formatRewriteMetrics, measureRewrites} from './rewrite-metrics.mjs'
import {readRealReplies} from './real-replies-data.mjs'

const args = process.argv.slice(2)
const langIndex = args.indexOf('--lang')
const lang = langIndex < 0 ? undefined : args[langIndex + 1]
const verbose = args.includes('--verbose')
const given = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang')
const setPaths = (given.length ? given : [path.resolve(import.meta.dirname, '../../shared/data/dev.jsonl')]).flatMap(p =>
  fs.existsSync(p) && fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).filter(f => f.endsWith('.jsonl')).sort().map(f => path.join(p, f))
    : [p],
)

const SCORED = ['negative-language', 'absolute-promise', 'blame-shifting', 'first-person-overuse', 'internet-slang', 'condescension', 'impatience', 'dismissive-reply']

for (const setPath of setPaths) {
  if (!fs.existsSync(setPath)) {
    console.error(`eval: ${setPath}: no such file`)
    process.exit(2)
  }
}
let cases = setPaths.flatMap(p => fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l)))
if (lang) cases = cases.filter(c => c.lang.startsWith(lang))
const familyOf = c => (c.lang.startsWith('zh') ? 'zh' : 'en')

const linter = await Linter.create()
const lintText = async text => (await linter.lintSource(text, wholeText)).findings
const countBy = findings => findings.reduce((m, f) => m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1), new Map())

const stat = Object.fromEntries(SCORED.map(r => [r, {tp: 0, fp: 0, fn: 0}]))
const statByLanguage = {en: Object.fromEntries(SCORED.map(r => [r, {tp: 0, fp: 0, fn: 0}])), zh: Object.fromEntries(SCORED.map(r => [r, {tp: 0, fp: 0, fn: 0}]))}
const byLanguage = {en: {tp: 0, fp: 0, fn: 0}, zh: {tp: 0, fp: 0, fn: 0}}
let clean = 0
let cleanFlagged = 0
let rewrites = 0
let converged = 0
const notConverged = []
for (const c of cases) {
  const findings = await lintText(c.text)
  const got = new Set(findings.map(f => f.ruleId).filter(r => SCORED.includes(r)))
  const expected = new Set(c.expect)
  const allowed = new Set(c.allow ?? [])
  if (!c.expect.length) {
    clean++
    if ([...got].some(r => !allowed.has(r))) cleanFlagged++
  }
  for (const r of SCORED) {
    const family = byLanguage[familyOf(c)]
    const own = statByLanguage[familyOf(c)][r]
    if (expected.has(r) && got.has(r)) {
      stat[r].tp++
      own.tp++
      family.tp++
    } else if (expected.has(r)) {
      stat[r].fn++
      own.fn++
      family.fn++
      if (verbose) console.log(`MISS  ${r}: ${c.id} ${c.text}`)
    } else if (got.has(r) && !allowed.has(r)) {
      stat[r].fp++
      own.fp++
      family.fp++
      if (verbose) console.log(`FALSE ${r}: ${c.id} ${c.text}`)
    }
  }
  const before = countBy(findings)
  for (const f of findings) {
    const first = f.suggestions[0]
    if (!first) continue
    rewrites++
    const rewritten = applyFixes(c.text, [{range: first.range, text: first.text}]).output
    const after = countBy(await lintText(rewritten))
    const removed = (after.get(f.ruleId) ?? 0) < before.get(f.ruleId)
    const added = [...after].some(([id, n]) => n > (before.get(id) ?? 0))
    if (removed && !added) converged++
    else notConverged.push(`${f.ruleId}: ${c.text}  ->  ${rewritten}`)
  }
}

const pct = x => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-')
const total = {tp: 0, fp: 0, fn: 0}
// Per language, precision/recall as whole percentages ("-" where the set has no such case).
const short = s => (s.tp + s.fp + s.fn ? `${s.tp + s.fp ? Math.round((100 * s.tp) / (s.tp + s.fp)) : '-'}/${s.tp + s.fn ? Math.round((100 * s.tp) / (s.tp + s.fn)) : '-'}` : '')
console.log(`${'rule'.padEnd(22)} precision  recall   tp  fp  fn   en P/R   zh P/R`)
for (const r of SCORED) {
  const s = stat[r]
  total.tp += s.tp
  total.fp += s.fp
  total.fn += s.fn
  console.log(`${r.padEnd(22)} ${pct(s.tp / (s.tp + s.fp)).padStart(9)} ${pct(s.tp / (s.tp + s.fn)).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ${short(statByLanguage.en[r]).padStart(8)} ${short(statByLanguage.zh[r]).padStart(8)}`)
}
console.log(`${'micro'.padEnd(22)} ${pct(total.tp / (total.tp + total.fp)).padStart(9)} ${pct(total.tp / (total.tp + total.fn)).padStart(7)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(3)} ${String(total.fn).padStart(3)}`)
for (const [family, s] of Object.entries(byLanguage)) {
  if (s.tp + s.fp + s.fn) console.log(`${family.padEnd(22)} ${pct(s.tp / (s.tp + s.fp)).padStart(9)} ${pct(s.tp / (s.tp + s.fn)).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`)
}
console.log(`clean replies flagged: ${cleanFlagged}/${clean} (${pct(cleanFlagged / clean)})`)
console.log(`rewrite convergence: ${converged}/${rewrites} (${pct(converged / rewrites)}) of findings re-lint clean after their first rewrite`)
console.log(`cases: ${cases.length} from ${setPaths.map(p => path.basename(p)).join(', ')}`)
if (verbose) for (const line of notConverged) console.log(`REWRITE ${line}`)

await loadFactChecks()
const judge = await createGrammarJudge()
const api = {
  lintText,
  lintWhole: text => linter.lintSource(text, wholeText, {rewrites: true}),
  applyFixes,
  missingFacts,
  scriptKept,
}
const report = async (name, texts) => {
  const m = await measureRewrites(texts, api, judge)
  console.log(formatRewriteMetrics(name, m))
  if (verbose) for (const p of m.problems) console.log(`  ${p.kind.toUpperCase()} ${p.ruleId ?? ''}: ${p.text.slice(0, 160)}  ->  ${p.rewritten.slice(0, 200)}${p.detail ? `  [${p.detail}]` : ''}`)
}
console.log('')
await report(setPaths.map(p => path.basename(p)).join(', '), cases.map(c => c.text))
if (!args.includes('--no-real')) {
  const real = readRealReplies()
  for (const [name, texts] of Object.entries(real)) if (!lang || lang === name) await report(`real ${name} replies`, texts)
}
