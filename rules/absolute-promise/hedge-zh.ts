// Chinese rewrites that leave room (seed 001 F.2; 000: 多用“尽量、争取”):
// the wording depends on who the promise is about. For the team's own actions
// the seeds' voice is 我们会尽力…; for a parcel, a product or a result it is
// a hedge (应该能到, 一般不会掉色); a negated promise stays negated
// (肯定不会 -> 一般不会, never 会尽力让它…).
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

/** Words that say "certainly"; the match of every certainty entry starts with one. */
const CERTAINTY = /^(?:一定|肯定|绝对|铁定|必定|百分之?百|100\s?%|保准|准保)/
/** The team speaking, right before the hit (我们也一定会, 小妹跟您保证). */
const AGENT_SUBJECT = /(?<subject>我们|我|这边|小妹|妹子|咱们|咱|本店|小店|我司|客服)(?<adverbs>(?:都|也|还|就|是|可以|能|敢)*)$/
/** The customer right before the hit (您一定会喜欢的). */
const CUSTOMER_SUBJECT = /(?<![跟向给和对为想让])[您你](?:都|也|就)*$/
/** Who the team calls itself in a rewrite: a lone 我 or 小妹 becomes 我们. */
const TEAM = (subject: string) => (/^(?:我|小妹|妹子|咱)$/.test(subject) ? '我们' : subject)

/** Efforts that are already hedged: 一定会尽快 only needs the 一定 dropped. */
const EFFORT = /^会(?=尽快|尽量|尽力|努力|第一时间|及时|马上|立即|立刻)/

interface Hedge {
  /** Characters after the certainty word that the hedge replaces. */
  consumed: number
  text: string
}

/** What a promise about a thing (a parcel, a product, a result) becomes. */
const THING_HEDGES: Array<[RegExp, string]> = [
  [/^不会/, '一般不会'],
  [/^(?:不|没)/, '一般$&'],
  [/^会/, '应该会'],
  [/^(?:能|可以)/, '应该$&'],
  [/^没问题/, '应该没问题'],
  [/^有效/, '一般都有效'],
  [/^(?:见效|有效果|管用)/, '一般都能$&'],
  [/^(?:通过|发出|发货|寄出)/, '应该能$&'],
  [/^(?:送到|寄到|送达|到货|到账|到|解决|成功)/, '应该能$&'],
  // 一定准时到 -> 应该能准时到: the manner of an arrival keeps its verb.
  [/^(?:准时|按时|如期|按期|顺利)/, '应该能$&'],
  // 绝对是正品: the plain statement of a fact needs no certainty word.
  [/^是/, '$&'],
  [/^(?:正品|原装|真品|行货)/, '是$&'],
]

/** What the team promising its own action becomes. */
const AGENT_HEDGES: Array<[RegExp, string]> = [
  [/^(?:不会|不)/, '会尽力不'],
  [/^(?:会|能|可以)/, '会尽力'],
  [/^没问题/, '会尽力处理好'],
  [/^(?:发出|发货|寄出|帮您|给您|为您)/, '会尽力$&'],
  [/^是/, '$&'],
]

/** What a thing is, not what happens to it: the praise 很 can carry (很好用, 很安全). */
const QUALITY = /^(?:好|安全|靠谱|可靠|划算|舒服|舒适|合适|耐用|结实|稳定|方便|清楚|新鲜|干净|正宗|实惠|满意|放心|保真|值|漂亮|好看|耐|牢固|快|准|真|纯|正|香|甜|软|轻|便宜|省|清晰|流畅|精准|准确|专业|齐全|完整|放心)/

function hedgeFor(table: Array<[RegExp, string]>, after: string): Hedge | undefined {
  for (const [pattern, text] of table) {
    const m = after.match(pattern)
    if (m) return {consumed: m[0].length, text: text.replace('$&', m[0])}
  }
  return undefined
}

/**
 * The hedge for a certainty word (一定, 绝对, 百分之百…) followed by `after`,
 * said by the team, to the customer or about a thing.
 */
function hedgeCertainty(who: 'agent' | 'customer' | 'thing', after: string): Hedge {
  if (who === 'agent') {
    if (EFFORT.test(after)) return {consumed: 1, text: '会'}
    // 我们必定尽快答复: the effort stays, the certainty goes.
    if (/^(?:尽快|尽量|尽力|努力|第一时间|及时|马上|立即|立刻)/.test(after)) return {consumed: 0, text: '会'}
    return hedgeFor(AGENT_HEDGES, after) ?? {consumed: 0, text: '会尽力'}
  }
  if (who === 'customer') {
    // 您一定会喜欢的 -> 您应该会喜欢的.
    const m = after.match(/^(?:不会|会|能|可以)/)
    if (m) return {consumed: m[0].length, text: `应该${m[0]}`}
    return {consumed: 0, text: '应该会'}
  }
  // 绝对好用 -> 很好用: an adjective keeps its praise without the absolute;
  // a verb (海关百分百放行) takes 应该会 rather than a broken 很放行.
  return hedgeFor(THING_HEDGES, after) ?? {consumed: 0, text: QUALITY.test(after) ? '很' : '应该会'}
}

function whoBefore(before: string): 'agent' | 'customer' | 'thing' {
  if (AGENT_SUBJECT.test(before)) return 'agent'
  if (CUSTOMER_SUBJECT.test(before)) return 'customer'
  return 'thing'
}

/** Certainty words that a guarantee makes redundant: 保证明天一定会到 -> 确保明天会到. */
const CERTAINTY_ANYWHERE = /一定|肯定|绝对|百分之?百|100\s?%/

export interface ChineseRewrite {
  text: string
  range: Range
}

/**
 * The first rewrite for a Chinese absolute promise, in Simplified (the caller
 * converts it for a Traditional sentence), or undefined when the phrase data's
 * own rewrites fit as they are.
 */
export function chineseRewrite(context: RuleContext, hit: PhraseHit): ChineseRewrite | undefined {
  const {sentence} = hit
  const n = sentence.normalized
  const at = (offset: number) => offset - sentence.start
  const [clauseStart, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  const before = n.slice(at(clauseStart), at(hit.range[0]))
  const matched = n.slice(at(hit.range[0]), at(hit.range[1]))
  const rest = n.slice(at(hit.range[0]))
  const original = (from: number, to: number) => context.text.slice(from, to)

  if (matched === '万无一失') return {text: '比较稳妥', range: hit.range}

  const certainty = rest.match(CERTAINTY)
  if (certainty) {
    const who = whoBefore(before)
    const hedge = hedgeCertainty(who, rest.slice(certainty[0].length))
    return {text: hedge.text, range: [hit.range[0], hit.range[0] + certainty[0].length + hedge.consumed]}
  }

  if (hit.entry.id === 'certainty-idiom') return idiomRewrite(matched, before, hit.range)

  if (hit.entry.id === 'package-deal') {
    if (/^包[您你]满意/.test(matched)) return {text: '争取让您满意', range: hit.range}
    // 包在我身上 -> 交给我们: the task is taken on, its outcome not pledged.
    if (/^包在/.test(matched)) return {text: '交给我们，我们会尽力办好', range: hit.range}
    // 包修好 -> 一般都能修好 / 我们会尽力帮您修好: the verb stays.
    const verb = matched.match(/^包([修治搞弄换用教学])得?([好会])/)
    if (verb) return {text: before.trim() ? `一般都能${verb[1]}${verb[2]}` : `我们会尽力帮您${verb[1]}${verb[2]}`, range: hit.range}
    if (matched.endsWith('过')) return {text: '通过率很高', range: hit.range}
    // 换了新主板，包好 stands as its own promise; 吃了包好 is about the result.
    return {text: before.trim() ? '一般都能好' : '我们会尽力帮您处理好', range: hit.range}
  }

  if (hit.entry.id !== 'guarantee') return undefined
  return guaranteeRewrite(context, hit, {before, clauseStart, clauseEnd, original})
}

/** 稳了, 妥妥的, 必到, 放一百个心: the saying becomes what we expect. */
function idiomRewrite(matched: string, before: string, range: Range): ChineseRewrite {
  if (matched.startsWith('放')) return {text: '放心', range}
  if (/^准(?:能|会)?(?:到|送到|送达)/.test(matched)) return {text: matched.replace(/^准(?:能|会)?/, '应该能'), range}
  if (/^必(?:到|达)/.test(matched)) return {text: matched === '必达' ? '应该能送达' : '应该能到', range}
  // 必定能, 妥妥地能通过: said before a verb, the saying is an adverb.
  if (matched === '必定' || matched.endsWith('地')) return {text: '应该', range}
  // 这次稳了 / 妥妥的: the whole verdict softens; after a subject (问题妥妥的) it stands as its predicate.
  return {text: before.trim() ? '应该没问题' : '应该没问题了', range}
}

interface ClauseParts {
  before: string
  clauseStart: number
  clauseEnd: number
  original: (from: number, to: number) => string
}

/** 保证 / 打包票: who guarantees, and what. */
function guaranteeRewrite(context: RuleContext, hit: PhraseHit, parts: ClauseParts): ChineseRewrite {
  const {sentence} = hit
  const n = sentence.normalized
  const at = (offset: number) => offset - sentence.start
  const {clauseEnd, original} = parts
  // 挂保证 (Taiwanese: to vouch): 挂 goes with the guarantee.
  const hang = /挂$/.test(parts.before) ? 1 : 0
  const before = hang ? parts.before.slice(0, -1) : parts.before
  const hitStart = hit.range[0] - hang
  const after = n.slice(at(hit.range[1]))
  // 小妹跟您保证 / 我们向您保证: the frame before the guarantee.
  const toYou = before.match(/(?:跟|向|给|和|对|为|想)(?:您|你)$/)?.[0] ?? ''
  const subjectPart = before.slice(0, before.length - toYou.length)
  const subject = subjectPart.match(AGENT_SUBJECT)
  const frameStart = hitStart - toYou.length - (subject ? subject[0].length : 0)

  // 小妹跟您保证我们会尽快处理: what follows already says what the team will do.
  const comma = after.match(/^[，,]\s*/)?.[0] ?? ''
  if (/^(?:我们|我|这边|小妹|咱们|本店)/.test(after.slice(comma.length)))
    return {text: '', range: [frameStart, hit.range[1] + comma.length]}

  // 质量保证的哦 / 正品保证: a guarantee named after what it covers.
  if (!subject && !toYou && before.trim() && /^(?:的|哦|哈|呢|呀|啦|[，。！？!?,.~～\s]|$)/.test(after))
    return {text: '有保障', range: [hitStart, hit.range[1]]}

  // 退款保证明天到账: a date for something that is not ours to hold to: what we expect.
  if (!subject && !toYou && before.trim() && /^(?:今天|明天|后天|今晚|本周|下周|周|星期|\d|[一二三四五六七八九十两]+(?:天|小时|个工作日))/.test(after))
    return {text: '预计', range: [hitStart, hit.range[1]]}

  // 这台我挂保证耐用: a quality vouched for stays as praise (这台很耐用), with no one's effort in it.
  if (QUALITY.test(after) && /^[^，。！？!?,.~～\s]{1,3}[的哦喔啦呢]*(?:[，。！？!?,.~～\s]|$)/.test(after)) return {text: '很', range: [frameStart, hit.range[1]]}
  // 保证有效 / 这款面霜保证有效: a promise about a result, hedged like 一定.
  if (!subject && !toYou && /^(?:一定|肯定)?(?:有效|没问题|不会|能|可以|会|好用|管用|满意|成功)/.test(after)) {
    const certainty = after.match(/^(?:一定|肯定)/)?.[0] ?? ''
    const hedge = hedgeCertainty('thing', after.slice(certainty.length))
    return {text: hedge.text, range: [hitStart, hit.range[1] + certainty.length + hedge.consumed]}
  }

  // What is guaranteed, with a certainty word inside it dropped: 保证明天一定会到 -> 确保明天会到.
  let end = hit.range[1] + comma.length
  let object = ''
  // 我跟您保证，明天一定会到: the guarantee covers the clause after the comma.
  const objectEnd = comma ? clauseAround(sentence, end, end)[1] : clauseEnd
  const inClause = n.slice(at(end), at(objectEnd))
  const inner = inClause.match(CERTAINTY_ANYWHERE)
  if (inner && inner.index !== undefined) {
    object = original(end, end + inner.index)
    end += inner.index + inner[0].length
  }
  const lead = subject ? `${TEAM(subject.groups!.subject!)}会尽力确保` : toYou ? '我们会尽力确保' : before.trim() ? '尽力确保' : '我们会尽力确保'
  return {text: lead + object, range: [frameStart, end]}
}
