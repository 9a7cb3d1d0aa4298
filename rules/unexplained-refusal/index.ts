// unexplained-refusal: a refusal with no reason anywhere in the reply. What is
// a refusal is decided by the same code as negative-language; this rule only
// asks whether the reply says why.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {clauseAround} from '../../src/text/clauses.js'
import type {Range} from '../../src/types.js'
import {findRefusals} from '../negative-language/refusals.js'

const reasons = loadRulePhrases(import.meta.url)

/** Stands for the refusing clause while a template is adapted to the sentence's script. */
const CLAUSE = '\u0000'

/**
 * Chat replies often run several short messages together with spaces
 * (这个是您资质的地址呢 不可以更换的哦): the reason goes with the message that
 * refuses, so a Chinese clause is cut at the spaces around the hit.
 */
function messageAround(text: string, clause: Range, hit: Range): Range {
  const inClause = text.slice(clause[0], clause[1])
  if (!/[\u3400-\u9fff]/.test(inClause)) return clause
  const before = text.slice(clause[0], hit[0])
  const after = text.slice(hit[1], clause[1])
  const start = clause[0] + (before.search(/\s\S*$/) + 1 || 0)
  const gap = after.search(/\s/)
  return [start, gap < 0 ? clause[1] : hit[1] + gap]
}

export default defineRule({
  id: 'unexplained-refusal',
  meta: {
    description: 'A refusal with no reason anywhere in the reply',
    languages: ['en', 'zh'],
    defaultSeverity: 'info',
    docs: 'rules/unexplained-refusal/README.md',
  },
  check(context) {
    const [first] = findRefusals(context)
    if (!first) return
    // A reason anywhere in the reply explains the refusal; one in a quote of
    // the customer does not (match() leaves quotes out).
    if (context.match(reasons).length) return
    const {hit} = first
    const set = reasons[hit.entry.language]
    const entry = set?.entries[0]
    if (!entry) return
    const clause = messageAround(context.text, clauseAround(hit.sentence, hit.range[0], hit.range[1]), hit.range)
    const clauseText = context.text.slice(clause[0], clause[1])
    const suggestions = entry.rewrites.map(template => {
      const text = context.rewrite(template as string, clause, {clause: CLAUSE}).replace(CLAUSE, clauseText)
      return {text, range: clause, message: 'Say why, then fill in the [bracketed] reason'}
    })
    context.report({range: hit.range, message: entry.message, suggestions})
  },
})
