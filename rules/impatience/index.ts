// impatience: showing annoyance or hurrying the customer.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {clauseAround, clauseBefore, isConditional} from '../../src/text/clauses.js'
import {fitSplices} from '../../src/text/splice.js'
import type {PhraseHit} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import type {RuleContext} from '../../src/context.js'
import {endsItsSentence, restatement} from './restate.js'
import {dropAside} from './drop.js'
import {aboutTheCustomer, agentTakesItOn, agentTakesItOnEn, customerRepeats, saidToSomeoneElse, hurriesSomeoneElse, inApologyFrame, isBareOpening, isEmpathy, isPressureAside, refusesTheEffort, sentenceAfter} from './frames.js'

const phrases = loadRulePhrases(import.meta.url)

/** Entries the seeds allow when the agent apologises and asks for understanding. */
const EXCUSED_BY_APOLOGY = new Set(['busy', 'no-time', 'exasperated', 'grudging'])

const ZH_COURTEOUS_CLOSE = /祝|感谢|谢谢|如您|如果您|请问/

/** Whether a hit's first rewrite replaces its whole clause. */
function clauseRewrite(hit: PhraseHit): boolean {
  const first = hit.entry.rewrites[0]
  return typeof first === 'object' && 'clause' in first
}

function isFine(hit: PhraseHit, sentences: readonly Sentence[]): boolean {
  const {sentence, range, entry} = hit
  // "If it's a hassle for you, we can collect it" offers help.
  if (isConditional(sentence, range[0], range[1])) return true
  if (EXCUSED_BY_APOLOGY.has(entry.id) && inApologyFrame(sentences, sentence) && !(entry.id === 'no-time' && refusesTheEffort(sentence, range[1]))) return true
  const before = clauseBefore(sentence, range[0], range[1])
  const chinese = sentence.language !== 'en'
  switch (entry.id) {
    case 'hassle':
      return isEmpathy(sentence, before) || (chinese ? aboutTheCustomer(before) || agentTakesItOn(sentenceAfter(sentence, range[1])) : agentTakesItOnEn(sentenceAfter(sentence, range[1])))
    case 'annoyed':
      return chinese && isEmpathy(sentence, before)
    case 'hurry':
    case 'hurry-to-act':
    case 'hurry-to-decide':
      return hurriesSomeoneElse(before)
    case 'wrap-up':
      // 如您没有其他问题，祝您生活愉快: a courteous close, not a push.
      return chinese && ZH_COURTEOUS_CLOSE.test(sentence.normalized)
    case 'hurry-up':
    case 'hurry-up-and':
      return !chinese && hurriesSomeoneElse(before, true)
    case 'repeated':
      return chinese && (customerRepeats(before, sentenceAfter(sentence, range[1])) || saidToSomeoneElse(before) || isEmpathy(sentence, before) || inApologyFrame(sentences, sentence))
    default:
      return false
  }
}

type Placed = {text: string; range: [number, number]; message?: string}

const CLAUSE_JOINT = /[,;:，；：]/

/**
 * The first rewrite widened over what only presses the customer beside it:
 * "Please make this quick, there's a queue." -> "Take your time, there's no
 * rush."; "I only have a couple of minutes, so make it quick" -> "Take your
 * time, there's no rush"; "Ugh, how many times…" loses its "Ugh" too.
 */
function withAsides(context: RuleContext, sentence: Sentence, placed: Placed): Placed {
  const {text} = context
  const language = sentence.language
  let {range, text: words} = placed
  // After: ", there's a queue", ", please", or a next sentence that is only "I've got a queue here."
  // A rewrite inside its clause (快点 -> 方便的时候) keeps the rest of the clause.
  const clauseEnd = (() => {
    if (range[1] >= sentence.end) return range[1]
    const after = text.slice(range[1], sentence.end).search(CLAUSE_JOINT)
    return after < 0 ? range[1] : range[1] + after
  })()
  const tail = text.slice(range[1], clauseEnd)
  const unwidened = range[1]
  range = [range[0], clauseEnd]
  for (;;) {
    const rest = text.slice(range[1], sentence.end)
    const joint = rest.match(/^\s*[,;:，；：]\s*/)
    if (!joint) break
    const from = range[1] + joint[0].length
    const next = text.slice(from, sentence.end).search(CLAUSE_JOINT)
    const end = next < 0 ? from + text.slice(from, sentence.end).replace(/[\s.!?。！？…~～]+$/u, '').length : from + next
    if (!isPressureAside(language, text.slice(from, end))) break
    range = [range[0], end]
  }
  if (range[1] === clauseEnd) range = [range[0], unwidened]
  else words += tail
  const next = context.sentences[sentence.index + 1]
  if (next && range[1] <= sentence.end && isPressureAside(language, next.normalized.replace(/[\s.!?。！？…~～]+$/u, '').replace(/\s+here$/i, ''))) {
    const keep = text.slice(range[1], sentence.end)
    words += keep
    range = [range[0], next.end]
  }
  // Before: "I only have a couple of minutes, so …", "后面还有很多人排队，…", "Ugh, …".
  const head = text.slice(sentence.start, range[0])
  if (/[,;:，；：]\s*$/.test(head)) {
    let end = head.replace(/[,;:，；：]\s*$/, '').length
    let from: number | undefined
    for (;;) {
      let joint = -1
      for (let i = end - 1; i >= 0; i--) if (CLAUSE_JOINT.test(head[i]!)) { joint = i; break }
      const clauseStart = joint + 1
      const clause = head.slice(clauseStart, end)
      if (!isPressureAside(language, clause) && !(clauseStart === 0 && isBareOpening(language, `${clause},`))) break
      from = clauseStart
      if (joint < 0) break
      end = joint
    }
    if (from !== undefined) {
      const lead = head.slice(from).match(/^\s*/)![0].length
      range = [sentence.start + from + lead, range[1]]
      if (from === 0 && language === 'en') words = words[0]!.toUpperCase() + words.slice(1)
    }
  }
  return {...placed, text: words, range}
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
      // "Sorry, don't have time to…" -> "Sorry for the wait, …", not "Sorry, sorry for the wait".
      const opening = context.text.slice(hit.sentence.start, first.range[0])
      if (/^\s*(?:sorry|apologies|I'm\s+sorry)\s*,?\s*$/i.test(opening) && /^sorry\b/i.test(first.text)) {
        first.range = [hit.sentence.start, first.range[1]]
        first.text = first.text[0]!.toUpperCase() + first.text.slice(1)
      }
      Object.assign(first, withAsides(context, hit.sentence, first))
      if (clauseRewrite(hit) && hit.sentence.language === 'en' && !but) rewrites[0] = {...first, ...endsItsSentence(context.text, first)}
      const kept = restatement(context, hit)
      if (kept) rewrites.unshift(withAsides(context, hit.sentence, kept))
      const dropped = dropAside(context, hit)
      if (dropped) rewrites.unshift(withAsides(context, hit.sentence, dropped))
      context.reportHit(hit, {suggestions: fitSplices(context.text, rewrites, context)})
    })
  },
})
