// unexplained-refusal: a refusal with no reason anywhere in the reply. What is
// a refusal is decided by the same code as negative-language; this rule only
// asks whether the reply says why.
import {defineRule} from '../../src/rule.js'
import {reasonPhrases as reasons, explainsRefusal} from './reasons.js'
import {clauseAround} from '../../src/text/clauses.js'
import {findRefusals, messageAround} from '../negative-language/refusals.js'
import {honestRewrites} from '../negative-language/honest-refusal.js'
import type {Range} from '../../src/types.js'

/** Stands for the refusing clause while a template is adapted to the sentence's script. */
const CLAUSE = '\u0000'

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
    if (explainsRefusal(context, first.hit)) return
    const {hit} = first
    const set = reasons[hit.entry.language]
    const entry = set?.entries[0]
    if (!entry) return
    const clause = messageAround(context.text, clauseAround(hit.sentence, hit.range[0], hit.range[1]), hit.range)
    const clauseText = context.text.slice(clause[0], clause[1])
    // A loop and push rather than map: optimised code's map makes holey
    // arrays where the interpreter's makes packed ones, and the engine's code
    // reading suggestions is thrown away when the other kind turns up.
    const suggestions: Array<{text: string; range: Range; message: string; placeholder: boolean}> = []
    // A refusal said bluntly gets the same honest rewrite as negative-language
    // gives it (apology, limit, a [reason] to fill in, what can be done), so
    // the two findings agree; one that already leads to an alternative
    // ("While we can't…, you can…") only needs its reason.
    if (!first.softened) {
      for (const r of honestRewrites(context, hit)) suggestions.push(r)
      // "Not my department": the way out is handing it on, which needs no reason.
      if (!suggestions.length)
        for (const r of hit.entry.rewrites) {
          const resolved = context.resolveRewrite(r, hit)
          suggestions.push({text: resolved.text, range: resolved.range, message: resolved.message ?? 'Hand the request on', placeholder: false})
        }
    }
    for (const template of entry.rewrites) {
      const text = context.rewrite(template as string, clause, {clause: CLAUSE}).replace(CLAUSE, clauseText)
      suggestions.push({text, range: clause, message: 'Say why, then fill in the [bracketed] reason', placeholder: true})
    }
    context.report({range: hit.range, message: entry.message, suggestions})
  },
})
