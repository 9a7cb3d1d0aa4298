#!/usr/bin/env node
// Lints the real agent replies in ../shared/data/real/ (never copied into this
// repository) and prints the share flagged per rule; --show RULE lists the
// flagged replies of one rule, which is where false positives are found.
// usage: node scripts/real-replies.mjs [--show rule-id] [--lang en|zh] [--limit N]
import {Linter, wholeText} from '../dist/src/index.js'
import {readRealReplies} from './real-replies-data.mjs'

const args = process.argv.slice(2)
const opt = name => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args[i + 1]
}
const show = opt('--show')
const lang = opt('--lang')
const limit = Number(opt('--limit') ?? 60)

const sets = readRealReplies()
const linter = await Linter.create({config: {extends: 'all'}})
let shown = 0
for (const [name, replies] of Object.entries(sets)) {
  if (lang && lang !== name) continue
  const flagged = new Map()
  for (const text of replies) {
    const result = await linter.lintSource(text, wholeText)
    const ids = new Set(result.findings.map(f => f.ruleId))
    for (const id of ids) flagged.set(id, (flagged.get(id) ?? 0) + 1)
    if (show && ids.has(show) && shown++ < limit) {
      const spans = result.findings.filter(f => f.ruleId === show).map(f => `[${f.actual}]`).join(' ')
      console.log(`${name} ${spans}  ${text.slice(0, 200)}`)
    }
  }
  if (!show) {
    console.log(`${name}: ${replies.length} replies`)
    for (const r of linter.rules) {
      const n = flagged.get(r.rule.id) ?? 0
      console.log(`  ${r.rule.id.padEnd(24)} ${String(n).padStart(5)}  ${((100 * n) / replies.length).toFixed(1)}%`)
    }
  }
}
