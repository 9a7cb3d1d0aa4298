// condescension: belittling or lecturing the customer ("do you even know…",
// "as I already said", "calm down", "obviously"; 你懂不懂, 我不是说过了吗).
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import {clauseBefore, isConditional, isHedged} from '../../src/text/clauses.js'
import type {Rewrite} from '../../src/phrases/format.js'
import {dropFrame, frameAround, placeClause} from './placement.js'
import {knowComplement, misunderstoodObject, sourcedFact, toldComplement, type ContentRewrite} from './complements.js'

const phrases = loadRulePhrases(import.meta.url)

// What follows 你知道吗 tells a quiz from a tip: "你知道吗，这个就在设置里，
// 自己找一下" scolds; "您知道吗？现在下单还能领券" shares news.
const REPROACH_AFTER = /就在|都(?:写|有|说|在)|自己|早就|明明|写着|清清楚楚|不是|根本|到底/
// Shop news: 会员日满200减30哦, 全馆九折喔.
const TIP_AFTER = /可以|推出|新|优惠|活动|福利|技巧|窍门|只需|只要|免费|享受|还能|其实|小贴士|满\d+减|\d+折|[九八七六五]折|包邮|赠品|特价|秒杀|会员日|周年庆|红包|积分/

function followingText(context: RuleContext, hit: PhraseHit, length: number): string {
  const next: Sentence | undefined = context.sentences[hit.sentence.index + 1]
  const rest = hit.sentence.normalized.slice(hit.range[1] - hit.sentence.start) + (next?.normalized ?? '')
  return rest.slice(0, length)
}

function isFriendlyTip(context: RuleContext, hit: PhraseHit): boolean {
  const after = followingText(context, hit, 40)
  return !REPROACH_AFTER.test(after) && TIP_AFTER.test(after)
}

/**
 * "Obviously you need to charge it" reads the same without "obviously", so the
 * best rewrite drops the word (and the comma or space that goes with it).
 */
function withoutObviously(context: RuleContext, hit: PhraseHit): {range: [number, number]; text: string} | undefined {
  if (!/^obviously$/i.test(hit.actual)) return undefined
  const text = context.text
  const [start, end] = hit.range
  if (start === hit.sentence.start) {
    const next = text.slice(end).match(/^,?\s+(\p{L})/u)
    if (!next) return undefined
    const letterAt = end + next[0].length - next[1]!.length
    return {range: [start, letterAt + 1], text: next[1]!.toUpperCase()}
  }
  const before = text.slice(hit.sentence.start, start).match(/,?\s+$/)
  if (!before) return undefined
  const comma = before[0].startsWith(',') && text[end] === ','
  if (!comma && before[0].startsWith(',')) {
    // "As I said, obviously the refund…" keeps its comma: "As I said, the refund…"
    const space = text.slice(end).match(/^\s+(?=\S)/)
    if (space) return {range: [start, end + space[0].length], text: ''}
  }
  return {range: [start - before[0].length, comma ? end + 1 : end], text: comma ? ',' : ''}
}

// Frames that lead into the point the agent is making (我都跟你说了不能退), as
// opposed to question frames (你懂不懂怎么退款啊) that stand alone.
const LEADS_INTO_STATEMENT = new Set(['as-i-said', 'its-written', 'you-got-it-wrong', 'dont-you-know'])

// A gentle check names what may have been misread or ends softly: 看错了订单号呢.
const ZH_GENTLE_CHECK = /^(?:了)?(?:[\p{Script=Han}\w]{2,}|[^，。！？?]*呢)/u

function checksGently(sentence: Sentence, end: number): boolean {
  const rest = sentence.normalized.slice(end - sentence.start)
  return ZH_GENTLE_CHECK.test(rest)
}

const ZH_SYMPATHY = /抱歉|不好意思|对不起|辛苦|(?:都|还)(?:没|未)(?:解决|处理|好)/

const SAID_TO_SOMEONE_ELSE = /(?:跟|和|对|给|向|让|叫)(?![你您])[^你您，。！？,.!?]{1,6}$/

type Suggestion = {text: string; range: [number, number]; message?: string}

/** The last sentence dropped when it is all frame and another sentence comes before it. */
function dropLastSentence(context: RuleContext, sentence: Sentence, range: [number, number]): {range: [number, number]; before: string; after: string} | undefined {
  const frame = frameAround(sentence, range)
  const previous = context.sentences[sentence.index - 1]
  if (frame.before.length || frame.after.length || !previous || context.sentences[sentence.index + 1]) return undefined
  return {range: [previous.end, sentence.end], before: '', after: ''}
}

// "read … more carefully (in future)": advice on reading, aimed at the customer.
const READ_BETTER = /\b(?:more\s+(?:carefully|closely|thoroughly|attentively)|(?:carefully|properly|closely|thoroughly)\s+(?:in\s+(?:the\s+)?future|next\s+time|from\s+now\s+on|going\s+forward)|this\s+time)$/i

// A clause that only greets or addresses: 亲, 您好, "Hi Sam".
const ADDRESS_ONLY = /^(?:亲|亲爱的|亲亲|您好|你好|哈喽|嗨|hi|hello|hey|dear)(?:\s*\p{L}+)?$/iu
// 这很简单的 / 这是很基本的: a judgement on the question, not a question back (这都不会吗).
const JUDGEMENT_ONLY = /^(?!.*(?:不会|不懂|不知道|搞不定|弄不好|看不懂|不明白|要问|[吗么]))[^，。！？]*(?:简单|基础|基本)/u

/** Rewrites that keep what the agent meant and drop only the frame (see complements.ts). */
function contentRewrites(context: RuleContext, hit: PhraseHit): Suggestion[] {
  const {sentence, range, entry} = hit
  const next = context.sentences[sentence.index + 1]
  const found: Array<ContentRewrite | undefined> = []
  if (entry.id === 'obviously' && !/^(?:obviously)$/i.test(hit.actual) && !/^显然$/.test(hit.actual)) {
    // "It's obvious from the manual that…", "As anyone can see, …", 这不是很明显吗？
    if (sentence.language === 'en') found.push(sourcedFact(sentence, range, context.text))
    const dropped = dropFrame(sentence, range, context.text, next)
    if (dropped) found.push({range: dropped.range, text: dropped.before + dropped.after, message: 'Drop the frame'})
  }
  if ((entry.id === 'as-i-said' || entry.id === 'told-you-already') && frameAround(sentence, range).after.length === 0) {
    // "You have to restart it, as I already said." -> "You have to restart it."
    // A last sentence that only reminds ("我说了三次了。") goes too.
    const frame = frameAround(sentence, range)
    const previous = context.sentences[sentence.index - 1]
    const lastAndAlone = !frame.before.length && !next && previous !== undefined
    // 亲，我刚才不是说过了吗？ keeps its greeting: dropping the frame would leave "亲？".
    const dropped = frame.before.length && !frame.before.every(c => ADDRESS_ONLY.test(c.body))
      ? dropFrame(sentence, range, context.text)
      : lastAndAlone
        ? {range: [previous.end, sentence.end] as [number, number], before: '', after: ''}
        : undefined
    if (dropped) found.push({range: dropped.range, text: dropped.before + dropped.after, message: 'Drop the reminder'})
  }
  if (entry.id === 'cant-even' && JUDGEMENT_ONLY.test(sentence.normalized.slice(range[0] - sentence.start, range[1] - sentence.start))) {
    // 优惠码要在结账页面输入，这是很基本的。 -> 优惠码要在结账页面输入。: the judgement says nothing of its own.
    const dropped = dropFrame(sentence, range, context.text, next) ?? dropLastSentence(context, sentence, range)
    if (dropped) found.push({range: dropped.range, text: dropped.before + dropped.after, message: 'Drop the judgement'})
  }
  if (sentence.language === 'en' && entry.id === 'did-you-not-read' && READ_BETTER.test(hit.actual)) {
    // "I'd suggest reading emails more carefully in future." carries nothing the customer needs.
    const dropped = dropFrame(sentence, range, context.text, next) ?? dropLastSentence(context, sentence, range)
    if (dropped) found.push({range: dropped.range, text: dropped.before + dropped.after, message: 'Drop the lecture'})
  }
  if (sentence.language === 'en' && entry.id === 'did-you-not-read') {
    // "Once again, please read the policy." -> "Please read the policy.": the reproach is the "again".
    const again = hit.actual.match(/^(?:once\s+)?again\s*,?\s+(?=\p{L})/iu)
    if (again) {
      const letterAt = range[0] + again[0].length
      found.push({range: [range[0], letterAt + 1], text: context.text[letterAt]!.toUpperCase(), message: 'Drop the reproach'})
    }
  }
  if (sentence.language === 'en') {
    if (entry.id === 'do-you-even-know' || entry.id === 'surely-you-know') found.push(knowComplement(sentence, range, context.text))
    if (entry.id === 'told-you-already' || entry.id === 'as-i-said') found.push(toldComplement(sentence, range, context.text))
    if (entry.id === 'you-misunderstood') found.push(misunderstoodObject(sentence, range, context.text))
    if (entry.id === 'did-you-not-read') found.push(sourcedFact(sentence, range, context.text))
  }
  return found.filter((r): r is ContentRewrite => r !== undefined)
}

// "Seriously? Did you not read the email?": an interjection sentence before
// the frame goes with it.
const EN_INTERJECTION = /^(?:seriously|really|come\s+on|ugh|sigh|wow|geez|jeez|omg|honestly|look|listen)[?!.…\s]*$/i
const ZH_INTERJECTION = /^(?:唉|哎|拜托|真是的|服了)[?!.…？！。\s]*$/

/** Where the rewrite may start: before an interjection sentence that only sets up the frame. */
function withInterjection(context: RuleContext, sentence: Sentence, suggestion: Suggestion): Suggestion {
  const previous = context.sentences[sentence.index - 1]
  if (!previous || suggestion.range[0] !== sentence.start) return suggestion
  const pattern = sentence.language === 'en' ? EN_INTERJECTION : ZH_INTERJECTION
  if (!pattern.test(previous.normalized.trim())) return suggestion
  return {...suggestion, range: [previous.start, suggestion.range[1]]}
}

/**
 * The entry's own rewrites, each placed to fit the sentence (see
 * placement.ts). `span` covers every wording of the entry in the sentence,
 * as they are one finding and one rewrite must remove them all.
 */
function placedRewrites(context: RuleContext, hit: PhraseHit, span: [number, number]): Suggestion[] {
  const {sentence, entry} = hit
  const range = span
  const next = context.sentences[sentence.index + 1]
  const frame = frameAround(sentence, range)
  const framesAll = !frame.before.length && !frame.after.length
  const wordOnly = (r: Rewrite) => typeof r === 'string'
  // "Actually" can stand in for the word "obviously", not for "It's obvious".
  const usable = entry.rewrites.filter(r => !(wordOnly(r) && entry.id === 'obviously' && /\s/.test(hit.actual)))
  // A sentence rewrite fits a sentence that is all frame; otherwise the clause
  // rewrite keeps the rest ("I've told you twice, the sale ended" -> "Just to confirm, the sale ended").
  const scope = (r: Rewrite) => (typeof r === 'string' ? 1 : 'sentence' in r ? (framesAll ? 0 : 2) : framesAll ? 1 : 0)
  const ordered = [...usable].sort((a, b) => scope(a) - scope(b))
  // A loop and push rather than map, and no closure per hit: optimised
  // code's map makes holey arrays where the interpreter's makes packed ones,
  // and the engine's code reading suggestions is thrown away when the other
  // kind turns up.
  const suggestions: Suggestion[] = []
  for (const r of ordered) {
    if (typeof r !== 'string' && 'sentence' in r) {
      suggestions.push(withInterjection(context, sentence, context.resolveRewrite(r, hit)))
      continue
    }
    const words = typeof r === 'string' ? r : r.clause
    if (typeof r === 'string') {
      // 你知道吗？这个要先注册。 -> 温馨提示一下：这个要先注册。
      const rest = sentence.normalized.slice(range[1] - sentence.start)
      const mark = rest.match(/^\s*[?？]+/u)
      const text = context.rewrite(words, range, hit.groups)
      if (!mark || sentence.language === 'en') {
        suggestions.push({text, range})
        continue
      }
      const followed = next !== undefined || rest.length > mark[0].length
      suggestions.push({text: text + (followed && /一下$/.test(words) ? '：' : '。'), range: [range[0], range[1] + mark[0].length] as [number, number]})
      continue
    }
    const placement = placeClause(sentence, range, words, context.text, next, LEADS_INTO_STATEMENT.has(entry.id))
    const placed = {text: placement.before + context.rewrite(words, placement.range, hit.groups) + placement.after, range: placement.range, message: r.message}
    suggestions.push(withInterjection(context, sentence, placed))
  }
  return suggestions
}

export default defineRule({
  id: 'condescension',
  meta: {
    description: 'Belittling or lecturing the customer',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'rules/condescension/README.md',
  },
  check(context) {
    // One finding per wording per sentence: "Let me explain this again,
    // slowly this time" is one jab, with one rewrite.
    const hits = context.match(phrases)
    if (!hits.length) return
    const reported = new Set<string>()
    for (const hit of hits) {
      const {sentence, range, entry} = hit
      const key = `${sentence.index}:${entry.id}`
      if (reported.has(key)) continue
      // "If you misunderstood the terms, …", 如果您不知道怎么操作: a case, not a jab.
      // "If you'd bothered to read…" is the jab itself, so that entry keeps it.
      if (entry.id !== 'did-you-not-read' && isConditional(sentence, range[0], range[1])) continue
      if (entry.id === 'did-you-know' && isFriendlyTip(context, hit)) continue
      // 您是不是看错了订单号呢 checks gently; 你搞错了吧 tells the customer off, and so
      // does a bare 您是不是理解错了？ that only questions their understanding.
      if (entry.id === 'you-got-it-wrong' && (isHedged(sentence, range[0]) || /是不是|是否/.test(hit.actual)) && checksGently(sentence, range[1])) continue
      // 您问了好几次都没解决，真抱歉: the asking is the customer's trouble, said with sympathy.
      if (entry.id === 'asked-again' && (ZH_SYMPATHY.test(sentence.normalized) || ZH_SYMPATHY.test(context.sentences[sentence.index + 1]?.normalized ?? ''))) continue
      // 我们跟快递说了好几次: the count is about a third party, not the customer.
      if (entry.id === 'as-i-said' && sentence.language !== 'en' && SAID_TO_SOMEONE_ELSE.test(clauseBefore(sentence, range[0], range[1]))) continue
      reported.add(key)
      const removal = entry.id === 'obviously' ? withoutObviously(context, hit) : undefined
      const sameWording = hits.filter(h => h.entry.id === entry.id && h.sentence.index === sentence.index)
      const span: [number, number] = [sameWording[0]!.range[0], sameWording[sameWording.length - 1]!.range[1]]
      // Keeping the content around one wording would leave the other in place.
      const content = sameWording.length > 1 ? [] : contentRewrites(context, hit)
      const suggestions = [...content, ...placedRewrites(context, hit, span)]
      context.report({
        range,
        message: entry.message,
        suggestions: removal ? [{...removal, message: 'Drop “obviously”'}, ...suggestions] : suggestions,
        fix: removal,
      })
    }
  },
})
