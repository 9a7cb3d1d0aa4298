// What tells the customer why (phrases.<lang>.yaml beside this file). Shared:
// unexplained-refusal reports a refusal when the reply says no such thing, and
// negative-language accepts an apologised refusal that gives a reason and an
// alternative, so both read the same list.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import {clauseAround} from '../../src/text/clauses.js'
import {loadRulePhrases} from '../../src/phrases/load.js'

export const reasonPhrases = loadRulePhrases(import.meta.url)

/** Whether the reply says why anywhere (a quote of the customer does not count: match() leaves quotes out). */
function givesReason(context: RuleContext): boolean {
  return context.match(reasonPhrases).length > 0
}

/**
 * A state said just before a Chinese refusal, in its clause, is its reason:
 * 不是同区无法修改, 活动没有开始都是无法查询的, 快递已发改不了地址. The
 * state needs words of its own (这个已经无法解除 says no why).
 */
const ZH_STATE_BEFORE = /(?:没有|没|不是|未|尚未|超过|超出|已经|已(?=\p{Script=Han})|过了|只要|一旦|如果|由于|因为)\p{Script=Han}+?[都就也]?是?$/u

/** A condition the refusal follows from: 如果有差价的话, 要是超过七天. */
const ZH_CONDITION = /^(?:如果|要是|假如|若)\p{Script=Han}+|(?:不一样|不同|不符|不对)$/u

/** "Final sale means no refunds", "it has shipped, so we can't…": the refusal follows from what was said before it. */
const EN_FOLLOWS_FROM = /\b(?:means|meant|so|therefore|hence|which\s+(?:is|was)\s+why|that(?:'s|\s+is)\s+why)\b\s*,?\s*(?:[\p{L}'’-]+\s+){0,6}$/iu

/** Whether the reply says why a refusal is made: anywhere in it, or just before the refusal. */
export function explainsRefusal(context: RuleContext, hit: PhraseHit): boolean {
  return reasonBefore(hit) || givesReason(context)
}

/** Whether the refusal's own clause (in English, its sentence) says why before it. */
function reasonBefore(hit: PhraseHit): boolean {
  const {sentence} = hit
  if (sentence.language === 'en') return EN_FOLLOWS_FROM.test(sentence.text.slice(0, hit.range[0] - sentence.start))
  const [clauseStart] = clauseAround(sentence, hit.range[0], hit.range[1])
  const before = sentence.normalized.slice(0, hit.range[0] - sentence.start)
  if (ZH_STATE_BEFORE.test(before.slice(clauseStart - sentence.start))) return true
  // The clause just before, in a chat message's run (如果有差价的话~是换不了的, 商品不一样，这边也无法确认).
  // An apology said in between (…没开始，非常抱歉，无法查询) stands apart from it.
  const clauses = before.slice(0, clauseStart - sentence.start).split(/[，,。！？!?~～\s]+/u).filter(c => c && !/^(?:非常|很|十分|实在|真的)?(?:抱歉|不好意思|对不起)\p{Script=Han}{0,2}$/u.test(c))
  const previous = clauses.pop() ?? ''
  return ZH_CONDITION.test(previous) || ZH_STATE_BEFORE.test(previous)
}
