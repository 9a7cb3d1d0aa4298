// What tells the customer why (phrases.<lang>.yaml beside this file). Shared:
// unexplained-refusal reports a refusal when the reply says no such thing, and
// negative-language accepts an apologised refusal that gives a reason and an
// alternative, so both read the same list.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import {clauseAround} from '../../src/text/clauses.js'
import {loadRulePhrases} from '../../src/phrases/load.js'

export const reasonPhrases = loadRulePhrases(import.meta.url)

/** Whether the reply says why anywhere (a quote of the customer does not count: match() leaves quotes out). */
export function givesReason(context: RuleContext): boolean {
  return context.match(reasonPhrases).length > 0
}

/**
 * A state said just before a Chinese refusal, in its clause, is its reason:
 * 不是同区无法修改, 活动没有开始都是无法查询的, 快递已发改不了地址. The
 * state needs words of its own (这个已经无法解除 says no why).
 */
const ZH_STATE_BEFORE = /(?:没有|没|不是|未|尚未|超过|超出|已经|已(?=\p{Script=Han})|过了|只要|一旦|如果|由于|因为)\p{Script=Han}+?[都就也]?是?$/u

/** "Final sale means no refunds", "it has shipped, so we can't…": the refusal follows from what was said before it. */
const EN_FOLLOWS_FROM = /\b(?:means|meant|so|therefore|hence|which\s+(?:is|was)\s+why|that(?:'s|\s+is)\s+why)\b\s*,?\s*(?:[\p{L}'’-]+\s+){0,6}$/iu

/** Whether the refusal's own clause (in English, its sentence) says why before it. */
export function reasonBefore(hit: PhraseHit): boolean {
  const {sentence} = hit
  if (sentence.language === 'en') return EN_FOLLOWS_FROM.test(sentence.text.slice(0, hit.range[0] - sentence.start))
  const [clauseStart] = clauseAround(sentence, hit.range[0], hit.range[1])
  return ZH_STATE_BEFORE.test(sentence.normalized.slice(clauseStart - sentence.start, hit.range[0] - sentence.start))
}
