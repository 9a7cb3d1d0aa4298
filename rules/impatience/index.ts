// impatience: showing annoyance or hurrying the customer.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {clauseAround, clauseBefore, isConditional} from '../../src/text/clauses.js'
import {fitSplices} from '../../src/text/splice.js'
import type {PhraseHit} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import {endsItsSentence, restatement} from './restate.js'
import {aboutTheCustomer, agentTakesItOn, customerRepeats, saidToSomeoneElse, hurriesSomeoneElse, inApologyFrame, isEmpathy, sentenceAfter} from './frames.js'

const phrases = loadRulePhrases(import.meta.url)

/** Entries the seeds allow when the agent apologises and asks for understanding. */
const EXCUSED_BY_APOLOGY = new Set(['busy', 'no-time', 'exasperated', 'grudging'])

/** Whether a hit's first rewrite replaces its whole clause. */
function clauseRewrite(hit: PhraseHit): boolean {
  const first = hit.entry.rewrites[0]
  return typeof first === 'object' && 'clause' in first
}

function isFine(hit: PhraseHit, sentences: readonly Sentence[]): boolean {
  const {sentence, range, entry} = hit
  // "If it's a hassle for you, we can collect it" offers help.
  if (isConditional(sentence, range[0], range[1])) return true
  if (EXCUSED_BY_APOLOGY.has(entry.id) && inApologyFrame(sentences, sentence)) return true
  const before = clauseBefore(sentence, range[0], range[1])
  const chinese = sentence.language !== 'en'
  switch (entry.id) {
    case 'hassle':
      return isEmpathy(sentence, before) || (chinese && (aboutTheCustomer(before) || agentTakesItOn(sentenceAfter(sentence, range[1]))))
    case 'annoyed':
      return chinese && isEmpathy(sentence, before)
    case 'hurry':
    case 'hurry-to-act':
      return hurriesSomeoneElse(before)
    case 'hurry-up':
    case 'hurry-up-and':
      return !chinese && hurriesSomeoneElse(before, true)
    case 'repeated':
      return chinese && (customerRepeats(before) || saidToSomeoneElse(before) || isEmpathy(sentence, before))
    default:
      return false
  }
}

export default defineRule({
  id: 'impatience',
  meta: {
    description: 'Showing annoyance or hurrying the customer',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    docs: 'rules/impatience/README.md',
  },
  check(context) {
    const hits = context.match(phrases).filter(hit => !isFine(hit, context.sentences))
    hits.forEach((hit, i) => {
      // A loop and push rather than map: optimised code's map makes holey
      // arrays where the interpreter's makes packed ones, and code that met
      // one kind is thrown away when the other turns up.
      const rewrites: Array<ReturnType<typeof context.resolveRewrite>> = []
      for (const r of hit.entry.rewrites) {
        const resolved = context.resolveRewrite(r, hit)
        // "Come on, just send it": the clause of "Come on" ends at its own comma.
        const trailing = hit.actual.match(/[\s,;:!.，；：！。]+$/)?.[0].length ?? 0
        if (clauseRewrite(hit) && trailing) resolved.range = clauseAround(hit.sentence, hit.range[0], hit.range[1] - trailing)
        rewrites.push(resolved)
      }
      const first = rewrites[0]!
      const next = hits[i + 1]
      // 我现在很忙，没时间跟你说: two impatient clauses side by side read best as one
      // rewrite, so the first finding's rewrite takes in the next clause too.
      const nextClause = next && next.sentence === hit.sentence && clauseRewrite(hit) && clauseRewrite(next) ? clauseAround(next.sentence, next.range[0], next.range[1]) : undefined
      if (nextClause && /^[\s,;，；]*$/.test(context.text.slice(first.range[1], nextClause[0]))) first.range = [first.range[0], nextClause[1]]
      // "This is such a hassle, but I'll reissue it": once the complaint is gone the "but" has nothing to turn from.
      const but = clauseRewrite(hit) ? context.text.slice(first.range[1]).match(/^\s*,\s*but\b/i) : null
      if (but) {
        first.range = [first.range[0], first.range[1] + but[0].length]
        first.text += ', so'
      }
      if (clauseRewrite(hit) && hit.sentence.language === 'en' && !but) rewrites[0] = {...first, ...endsItsSentence(context.text, first)}
      const kept = restatement(context, hit)
      if (kept) rewrites.unshift(kept)
      context.reportHit(hit, {suggestions: fitSplices(context.text, rewrites, context)})
    })
  },
})
