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
const ZH_STATE_BEFORE = /(?:没有|没|不是|不在|不属于|不符合|不满足|未|尚未|正在|超过|超出|已经|已(?=\p{Script=Han})|过了|只要|一旦|如果|由于|因为)\p{Script=Han}+?[都就也]?是?$/u

/**
 * A step or condition the refusal follows from, said just before it: 被删除后就,
 * 拆封之后是, 过7天是, 下单成功是, 不可以的话就是. 然后 / 最后 / 稍后 are no step.
 */
const ZH_STEP_BEFORE = /(?:(?![然最稍随今往此背落先前之以])\p{Script=Han}(?:之|以)?后|的话|(?<!不)过了?[^，,。！？\s]{1,8}?(?:天|小时|周|个月|年)|(?:成功|生成|完成)了?|不一致|不一样|不相同|不符|\p{Script=Han}{2}了(?=[，,]?就))[，,]?[都就也再]?是?$/u

/** A condition the refusal follows from: 如果有差价的话, 要是超过七天. */
const ZH_CONDITION = /^(?:如果|要是|假如|若)\p{Script=Han}+|(?:不一样|不同|不符|不对)$/u

/** "Final sale means no refunds", "it has shipped, so we can't…": the refusal follows from what was said before it. */
const EN_FOLLOWS_FROM = /\b(?:means|meant|so|therefore|hence|which\s+(?:is|was)\s+why|that(?:'s|\s+is)\s+why)\b\s*,?\s*(?:[\p{L}'’-]+\s+){0,6}$/iu

/** A reason said in the clause after a Chinese refusal: 已经拆封了, 因为是定制款, 现在统一开电子发票. */
const ZH_REASON_AFTER = /已经|因为|由于|超过|超出|过了|属于|拆封|签收|发货|出库|规定|政策|没有|不是|统一|一律|才(?:可以|能|有|行)/
/** The same said straight on from the refusal, without a break (发不了我们家没有圆通): states only, not the refused action's own words. */
const ZH_STATE_AFTER = /已经|因为|由于|没有|不是|统一|一律|规定|政策/
/** Another refusal, which the reason may belong to instead. */
export const ZH_ANOTHER_REFUSAL = /不了|不到|无法|不能|没办法|没法|不行|不可以|不支持|不接受/

/** Whether the reply says why a refusal is made: anywhere in it, or just before or after the refusal. */
export function explainsRefusal(context: RuleContext, hit: PhraseHit): boolean {
  return reasonBefore(hit) || reasonAfter(hit) || givesReason(context)
}

/**
 * The Chinese clause that opens `text`, its break included (，已经拆封了 or, in
 * chat, after a space), when it says why and refuses nothing itself; '' otherwise.
 */
export function reasonClauseAt(text: string): string {
  const clause = text.match(/^[，,\s]+[^，,。！？!?\s]+/u)?.[0] ?? ''
  return clause.length <= 30 && ZH_REASON_AFTER.test(clause) && !ZH_ANOTHER_REFUSAL.test(clause) ? clause : ''
}

/** Whether the words run on from a Chinese refusal, or its next clause, say why. */
function reasonAfter(hit: PhraseHit): boolean {
  const {sentence} = hit
  if (sentence.language === 'en') return false
  const after = sentence.normalized.slice(hit.range[1] - sentence.start)
  const own = after.match(/^[^，,。！？!?\s~～]*/u)![0]
  if (ZH_STATE_AFTER.test(own) && !ZH_ANOTHER_REFUSAL.test(own)) return true
  return reasonClauseAt(after.slice(own.length)) !== ''
}

/** A state, step or condition said just before a refusal, which is why it is refused. */
const statesWhy = (text: string) => ZH_STATE_BEFORE.test(text) || ZH_STEP_BEFORE.test(text)

/** Whether the refusal's own clause (in English, its sentence) says why before it. */
function reasonBefore(hit: PhraseHit): boolean {
  const {sentence} = hit
  if (sentence.language === 'en') return EN_FOLLOWS_FROM.test(sentence.text.slice(0, hit.range[0] - sentence.start))
  const [clauseStart] = clauseAround(sentence, hit.range[0], hit.range[1])
  const before = sentence.normalized.slice(0, hit.range[0] - sentence.start)
  // Chat messages run together with spaces for breaks (京东logo的使用 没有授权 是不可以…):
  // the words just before the refusal are those since the last break.
  const own = before.slice(clauseStart - sentence.start).split(/\s+/u).pop() ?? ''
  if (statesWhy(own)) return true
  // The clause just before, in a chat message's run (如果有差价的话~是换不了的, 商品不一样，这边也无法确认).
  // An apology said in between (…没开始，非常抱歉，无法查询) stands apart from it.
  const clauses = before
    .slice(0, before.length - own.length)
    .split(/[，,。！？!?~～.…\s]+/u)
    .filter(c => c && !/^(?:非常|很|十分|实在|真的)?(?:抱歉|不好意思|对不起)\p{Script=Han}{0,2}$/u.test(c))
  const previous = clauses.pop() ?? ''
  return ZH_CONDITION.test(previous) || statesWhy(previous)
}
