// Refusal detection: where a reply tells the customer that something cannot or
// will not be done. The phrase data (phrases.<lang>.yaml beside this file) finds
// candidates; the judgements here drop the ones that refuse nothing: conditions,
// the customer's own difficulty, questions, consequences being warned about and
// words that only contain the phrase. negative-language reports what is left;
// unexplained-refusal reuses the same judgement, so both agree on what a refusal is.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range, Sentence} from '../../src/types.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {clauseAround, isConditional} from '../../src/text/clauses.js'
import {hanWordEndsAt} from '../../src/text/tokens.js'
import {explainsRefusal} from '../unexplained-refusal/reasons.js'

const refusalPhrases = loadRulePhrases(import.meta.url)

export interface Refusal {
  hit: PhraseHit
  /**
   * The refusal sits in a concessive clause whose main clause offers an
   * alternative ("While we can't help here, you can reach us at…", 虽然…但是可以…):
   * the reply leads the customer to what can be done.
   */
  softened: boolean
  /**
   * The refusal is said the way the seed guidance teaches: apologised for,
   * explained, and followed by what can be done (or, in English, stated as a
   * plain impersonal limit: "I'm sorry, a refund isn't possible because…").
   */
  considerate: boolean
}

/** The conjunction right before the refusing subject: "While we can't…". */
const EN_CONCESSIVE = /\b(?:while|whilst|although|though)\s+$/i
const EN_ALTERNATIVE =
  /\b(?:you\s+(?:can|could|may|are\s+welcome|'re\s+welcome)|we\s+(?:can|could|do|will|would|'d|'ll)|we'(?:ll|d)|I\s+(?:can|will)|I'(?:ll|d)|please|feel\s+free|happy\s+to|glad\s+to|reach\s+(?:us|out)|let\s+us\s+know)\b/i
const ZH_CONCESSIVE = /虽然|虽说|尽管|虽/
const ZH_ALTERNATIVE = /^[，,]?\s*(?:但是?|不过|可是|然而)[^。！？]*?(?:可以|能|帮您|为您|给您|建议|欢迎|会)/

/** An apology or regret before the refusal. */
export const EN_APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|afraid|regret(?:fully)?)\b/i
export const ZH_APOLOGY = /抱歉|不好意思|对不起|遗憾|见谅/
/**
 * What can be done, offered after the refusal: "…, but you can exchange it",
 * "what I can do is…", 不过可以为您…. A negated modal ("we can't") offers nothing.
 */
export const EN_OFFER =
  /\b(?:you(?:\s+are|'re)\s+welcome|you\s+(?:can(?!'t|not)|could(?!n't)|may|might\s+(?:like|want))|(?:we|I)\s+(?:can(?!'t|not)|could(?!n't)|will(?!\s+not)|would(?!n't|\s+not))|(?:we|I)'(?:ll|d)|what\s+(?:I|we)\s+can\s+do|instead|feel\s+free|happy\s+to|glad\s+to|let\s+us\s+know|please\s+(?:contact|call|email|reach|visit|see|get\s+in\s+touch)|you(?:'ll|\s+will)\s+(?:need|have)\s+to)\b/i
export const ZH_OFFER =
  /(?<!无法|办法|没法|不|不可|不能|不会)(?:可以|能够|建议|欢迎|为您|帮您|给您|只能)|(?:您|你)(?:可以)?(?:去|联系|找|打|拨打|咨询|致电|前往)|(?<![不未])支持[^，。！？\s]{0,10}?(?:退货|换货|退款|维修|保修|无理由)|(?:会|将)(?:再|尽快|第一时间)?(?:联系|通知|回复|告知)(?:您|你)|仅支持|只支持|仅限|(?:请|麻烦|辛苦)(?:您|你)?(?:重新|再次?|联系|提供|申请|前往|通过|下单|购买|提交|选择)/
/** A limit stated as a fact rather than as our unwillingness: "…isn't possible", "…won't be an option". */
const EN_IMPERSONAL = /(?:possible|an\s+option|doable)$/i

/**
 * The customer is who cannot do it: 您无法登录, 您这边查不到 ("on your side");
 * 给您补差价是没办法… is done for the customer, who is not its subject.
 * Looked for in the clause only, with greetings (您好) left out.
 */
const ZH_CUSTOMER_SUBJECT = /(?<![给为帮替跟向对和让])[您你](?:这边|那边|这里|那里)?[^我们咱这那]{0,4}$/
/**
 * Someone else's words reported (外送员回报找不到门牌, 快递员说送不了): what
 * they could not do is news to pass on, not our refusal. 一般来说 and
 * 也就是说 only frame our own words.
 */
const ZH_REPORTED = /(?:^|[，,\s])(?![我您你咱这])\p{Script=Han}{1,8}?(?:回报|反馈|表示|告知|回复|(?<![来话再是所])说|称)[^，,。！？!?\s我]{0,10}$/u
const ZH_REPORTER_IS_US = /^(?:[，,\s])?(?:我们|我|咱们|这边|小妹|客服)/
/** A reassurance before the hit: 放心, 别担心. */
const ZH_REASSURANCE = /放心|担心|别怕|不用怕/
/** A consequence being warned about (以免…无法购买), not a refusal. */
const ZH_CONSEQUENCE = /(?:导致|造成|以免|避免|防止|免得|以防)[^，。！？；,]{0,8}$/
/** The clause asks (…没办法收件了吗, 无法绑定有什么提示呢) rather than states. */
const ZH_QUESTION = /什么|啥|怎么|哪|(?:吗|么|是不是)[呢呀啊哦哈]?$/
/** A why-question around the refusal: 为什么不给您退, 因为什么无法发货. */
const ZH_WHY = /为什么|为啥|为何|(?:因为|因|未|为)什么|怎么会/
/** Entries whose wording refuses bluntly however it is apologised for and explained. */
const HARSH_ENTRIES = new Set(['refuse-word'])
/** Phrases that also begin longer words: 不|行李箱, 没法子. */
const ZH_OPEN_ENDED = new Set(['不行', '没法', '无法'])

function clauseText(sentence: Sentence, start: number, end: number): {before: string; after: string; rest: string} {
  const [cs, ce] = clauseAround(sentence, start, end)
  const n = sentence.normalized
  const at = (offset: number) => offset - sentence.start
  return {before: n.slice(at(cs), at(start)), after: n.slice(at(end), at(ce)), rest: n.slice(at(ce))}
}

/**
 * Whether a Chinese hit only straddles words: 毫无|法律 holds 无法 but means
 * "no legal…", 不|行李箱 holds 不行. The segmenter also glues function words
 * (是不|支持, 也没|办法), so a broken start alone proves nothing.
 */
function straddlesWords(context: RuleContext, hit: PhraseHit): boolean {
  const [start, end] = hit.range
  // Tokens cover the sentence without overlapping: a word breaks at an offset
  // when the token holding the offset is a word that starts before it. Where
  // a Han character meets white space or punctuation no word goes on, and
  // the segmenter is not asked.
  const brokenAt = (offset: number) => {
    if (hanWordEndsAt(hit.sentence, offset)) return false
    const token = context.tokenAt(hit.sentence, offset)
    return token !== undefined && token.kind === 'word' && token.start < offset
  }
  if (!brokenAt(end)) return false
  const openEnded = ZH_OPEN_ENDED.has(hit.sentence.normalized.slice(start - hit.sentence.start, end - hit.sentence.start))
  return openEnded || brokenAt(start)
}

function isSoftened(hit: PhraseHit): boolean {
  const {sentence, range} = hit
  const {before, rest} = clauseText(sentence, range[0], range[1])
  if (sentence.language === 'en') return EN_CONCESSIVE.test(before) && EN_ALTERNATIVE.test(rest)
  // The refusal must be the conceded part: 虽然暂时不支持…，但是可以…, not 虽然…，但是无法….
  return ZH_CONCESSIVE.test(before) && ZH_ALTERNATIVE.test(rest)
}

/** Whether a candidate hit tells the customer something will not be done. */
function refusesSomething(context: RuleContext, hit: PhraseHit): boolean {
  const {sentence, range} = hit
  // "If we can't fix it, we'll replace it" offers a plan; it refuses nothing.
  if (isConditional(sentence, range[0], range[1])) return false
  if (sentence.language === 'en') return true
  const {before, after} = clauseText(sentence, range[0], range[1])
  if (ZH_CUSTOMER_SUBJECT.test(before.replace(/[您你]好/g, '')) || ZH_CONSEQUENCE.test(before)) return false
  // 放心，…不会退的: "won't" after a reassurance rules a worry out; it refuses nothing.
  if (/^不会/.test(hit.actual) && ZH_REASSURANCE.test(sentence.normalized.slice(0, range[0] - sentence.start))) return false
  const reported = before.match(ZH_REPORTED)
  if (reported && !ZH_REPORTER_IS_US.test(reported[0])) return false
  // 如您尝试后不行: a condition put with 如 + the customer, in the same chat message.
  const [messageStart] = messageAround(context.text, clauseAround(sentence, range[0], range[1]), range)
  if (/如(?:您|你)/.test(sentence.normalized.slice(messageStart - sentence.start, range[0] - sentence.start))) return false
  // Chat replies run several messages together with spaces; the question, if
  // any, is the one the hit is in.
  const message = after.split(/\s/)[0]!.replace(/[。！？!?.…~～]+$/, '')
  const asks = /^[^\s，,；;。]*[？?]/.test(sentence.normalized.slice(range[1] - sentence.start))
  // 商家为什么不给您退货呢: asking why someone refuses is no refusal of ours.
  if (ZH_QUESTION.test(message) || asks || ZH_WHY.test(before)) return false
  return !straddlesWords(context, hit)
}

/**
 * Chat replies often run several short messages together with spaces
 * (这个是您资质的地址呢 不可以更换的哦): the reason goes with the message that
 * refuses, so a Chinese clause is cut at the spaces around the hit.
 */
export function messageAround(text: string, clause: Range, hit: Range): Range {
  const inClause = text.slice(clause[0], clause[1])
  if (!/[\u3400-\u9fff]/.test(inClause)) return clause
  const before = text.slice(clause[0], hit[0])
  const after = text.slice(hit[1], clause[1])
  const start = clause[0] + (before.search(/\s\S*$/) + 1 || 0)
  const gap = after.search(/\s/)
  return [start, gap < 0 ? clause[1] : hit[1] + gap]
}

/**
 * Apology and offer, read around the hit; the reason may be anywhere in the
 * reply (asked for only when the rest holds, since it matches more phrases).
 */
function isConsiderate(context: RuleContext, hit: PhraseHit): boolean {
  const {sentence, range} = hit
  // "We refuse" (我们拒绝…) is a closed door however it is wrapped.
  if (HARSH_ENTRIES.has(hit.entry.id)) return false
  const before = sentence.normalized.slice(0, range[0] - sentence.start)
  const [, clauseEnd] = messageAround(context.text, clauseAround(sentence, range[0], range[1]), range)
  const later = context.normalized.slice(clauseEnd)
  if (sentence.language === 'en') {
    if (!EN_APOLOGY.test(before)) return false
    if (!EN_IMPERSONAL.test(hit.actual) && !EN_OFFER.test(later)) return false
  } else {
    if (!ZH_APOLOGY.test(before)) return false
    // The offer may follow in the same run of words (…无法发出…到货后第一时间给您发出).
    if (!ZH_OFFER.test(later) && !ZH_OFFER.test(sentence.normalized.slice(range[0] - sentence.start, clauseEnd - sentence.start))) return false
  }
  return explainsRefusal(context, hit)
}

/** The refusals of a reply, in text order. */
export function findRefusals(context: RuleContext): Refusal[] {
  // A loop and push rather than filter and map: optimised code's map makes
  // holey arrays where the interpreter's makes packed ones, and the code
  // reading the refusals would be thrown away when the other kind turned up.
  const refusals: Refusal[] = []
  for (const found of context.match(refusalPhrases)) {
    if (!refusesSomething(context, found)) continue
    const hit = withWholeVerb(context, found)
    refusals.push({hit, softened: isSoftened(hit), considerate: isConsiderate(context, hit)})
  }
  return refusals
}

/**
 * A resultative's pattern sees one verb character (改不了); the verb may be a
 * longer word (修改不了, 操作不了), which the finding and its rewrite take whole.
 */
function withWholeVerb(context: RuleContext, hit: PhraseHit): PhraseHit {
  const {sentence, range} = hit
  if (sentence.language === 'en' || !/^[\u4e00-\u9fff]不[了到来定上]$/.test(hit.actual)) return hit
  const token = context.tokenAt(sentence, range[0])
  if (!token || token.kind !== 'word' || token.start >= range[0] || token.start < sentence.start) return hit
  return {...hit, range: [token.start, range[1]], actual: context.text.slice(token.start, range[1])}
}
