// The event a blame names, said without the blame: "the driver messed up
// again" -> "the driver made a mistake", "the supplier shipped the wrong batch
// again" -> "the supplier shipped the wrong batch". A rewrite that apologises
// for it keeps what happened (the item, the date, the order) instead of
// dropping it for a stock apology; the apology and the next step are what
// make it ownership rather than an excuse.
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

// Words that only add blame: emphasis, habit, certainty about someone else's slip.
const EN_BLAME_WORDS = /\s+(?:again|as\s+usual|as\s+always|always|every\s+time|all\s+the\s+time|obviously|clearly|evidently|really|totally|completely|somehow|honestly|just)\b/gi
// Judging verbs, said plainly.
const EN_JUDGING = /\b(?:messed|screwed|mucked)\s+(?:it\s+|this\s+|that\s+|things\s+|everything\s+)?up\b|\b(?:botched|bungled)\b|\bdropped\s+the\s+ball\b/gi
// A habit can't be said as one event: "keeps mixing up" is left to the stock apology.
const EN_HABITUAL = /\b(?:keeps?|keeping|often|constantly|usually|regularly|frequently|always|every\s+time|all\s+the\s+time|do\s+(?:this|that|it))\b/i
const EN_NEGATED = /\b(?:not|never|n't)\b/i

/**
 * The event the blame at `hit` names, from `from` (where the rewrite starts)
 * to the end of the hit's clause, with the blame taken out; undefined when it
 * can't be said as one plain event.
 */
export function englishEvent(sentence: Sentence, from: number, hit: Range): string | undefined {
  const [, clauseEnd] = clauseAround(sentence, hit[0], hit[1])
  let event = sentence.text.slice(from - sentence.start, clauseEnd - sentence.start).trim()
  // "your branch never sent the form back" -> "the form wasn't sent back": the duty undone, said of the thing.
  const undone = EN_UNDONE.exec(event)
  const undoneSaid = undone ? undoneEvent(undone.groups!) : undefined
  if (undoneSaid) return undoneSaid
  // "The technician, they botched it": the subject said first stands for "they".
  event = event.replace(/^([^,]+?),\s+(?:they|it|he|she)\b/i, '$1')
  // "Because the driver…" / "and the driver…": the joining word stays with the old sentence.
  event = event.replace(/^(?:and|but|so|because|since|as)\s+/i, '')
  if (!event || EN_HABITUAL.test(event) || EN_NEGATED.test(event) || /\b(?:fault|problem|responsib\w*|blame)\b|['’]s\s+(?:error|mistake|doing|mess|screw-?up|cock-?up)\b/i.test(event)) return undefined
  // A guess ("must have lost it") is not said as a fact.
  if (/\b(?:must\s+have|probably|likely)\b/i.test(event)) return undefined
  event = event.replace(EN_BLAME_WORDS, '')
  event = event.replace(EN_JUDGING, (m, offset: number, whole: string) => {
    const after = whole.slice(offset + m.length)
    return /^\s+(?:the|your|our|my|this|that|a|an)\b/i.test(after) ? 'made a mistake with' : 'made a mistake'
  })
  event = event.replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '')
  // "The courier…" opens a sentence no more.
  if (/^(?:The|Your|Their|Our|That|Those|This|They|My)\b/.test(event)) event = event[0]!.toLowerCase() + event.slice(1)
  return event
}

// A party's duty left undone: subject, "never/didn't/failed to", the verb and what it was done to.
const EN_UNDONE =
  /^(?:and\s+|but\s+|because\s+|since\s+)?(?<subject>(?:the|your|their|that|whoever|another|a)\b[^,;]*?)\s+(?:(?:clearly|obviously|evidently|just|probably|simply)\s+)?(?:never|didn't|did\s+not|failed\s+to|forgot\s+to|neglected\s+to)\s+(?:even\s+)?(?<verb>[a-z]+)(?<rest>(?:\s+[^\s,;]+){0,5})\s*$/i
// Participles of the duty verbs (the phrase data's duty-verb class, in base or past form).
const PARTICIPLE: Record<string, string> = {
  log: 'logged', record: 'recorded', note: 'noted', scan: 'scanned', update: 'updated', process: 'processed', send: 'sent',
  pass: 'passed', forward: 'forwarded', file: 'filed', submit: 'submitted', tell: 'told', inform: 'informed', notify: 'notified',
  register: 'registered', sign: 'signed', check: 'checked', enter: 'entered', follow: 'followed', return: 'returned',
}
const PARTICLE = /\s+(back|on|along|in|through|up|over|off)$/i

function undoneEvent(g: Record<string, string | undefined>): string | undefined {
  const verb = g.verb!.toLowerCase()
  const participle = PARTICIPLE[verb] ?? (Object.values(PARTICIPLE).includes(verb) ? verb : undefined)
  if (!participle) return undefined
  let object = (g.rest ?? '').trim()
  let particle = ''
  const p = PARTICLE.exec(' ' + object)
  if (p) {
    particle = ' ' + p[1]!.toLowerCase()
    object = object.slice(0, object.length - p[0].length + 1).trim()
  }
  // "Whoever took your call didn't log it": "it" is what the subject handled.
  if (/^(?:it|that|this)$/i.test(object) || !object) object = g.subject!.match(/\b((?:your|the)\s+[\p{L}-]+)$/iu)?.[1] ?? ''
  if (!/^(?:the|your|a|an|our|this|that|these|those)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}$/iu.test(object)) return undefined
  if (/\b(?:us|me|you|him|her|them)\b/i.test(object)) return undefined
  const plural = /s$/i.test(object) && !/(?:ss|us|is)$/i.test(object)
  return `${object.replace(/^(?:The|Your|This|That|A|An)\b/, m => m.toLowerCase())} ${plural ? "weren't" : "wasn't"} ${participle}${particle}`
}

// 又, 常常, 老是…: a habit or a complaint about the party, not part of the event.
const ZH_BLAME_WORDS = /又|常常|经常|老是|总是|每次都|天天|肯定|一定|明显/g

// A slip said as a verb with its result: 弄丢, 送错, 摔坏.
// Both scripts: the event is cut from the reply as written.
const ZH_SLIP_VERB = /(?:[发發送寄拿贴貼写寫填打装裝配派投放弄搞说說报報算扣录錄出][错錯丢丟坏壞乱亂]|丢件|丟件|丢了|丟了|摔坏|摔壞|压坏|壓壞|搞砸|漏发|漏發|漏送)/u
// A topic that is itself what went wrong: 退款延迟, 重复扣款 -> 退款延迟了.
const ZH_EVENT_TOPIC = /(?:延迟|延误|耽误|慢|扣款|扣费|取消|退回|丢失|损坏|破损|冷掉|晚到|迟到|缺货|少发|漏发|错发|了|[错丢坏乱])$/u
// Words that only point at who did it: a demonstrative topic names nothing.
const ZH_BARE_TOPIC = /^(?:这|那)(?:个|次|批|件|单)?$|^(?:上次|这次|那次)?$/u

/** 了 after the slip's result, unless one is there: 说错价格 -> 说错了价格, 弄丢 -> 弄丢了. */
function withLe(text: string): string {
  const verb = ZH_SLIP_VERB.exec(text)
  if (!verb || /^了/.test(text.slice(verb.index + verb[0].length)) || /了$/.test(verb[0])) return /了$/.test(text) ? text : text + '了'
  const at = verb.index + verb[0].length
  return text.slice(0, at) + '了' + text.slice(at)
}

/**
 * What happened, said of the thing it happened to, when the reply names it
 * before the culprit: 您的包裹是快递那边弄丢的 -> 您的包裹弄丢了, 订单…的退款延迟是银行那边处理慢
 * -> 订单…的退款延迟了, 上次说错价格的是我同事 -> 上次说错了价格. The culprit goes; the
 * facts before it stay, in the reply's own script.
 */
function chineseTopicEvent(sentence: Sentence, from: number, hit: Range): string | undefined {
  const [, clauseEnd] = clauseAround(sentence, hit[0], hit[1])
  const at = (offset: number) => offset - sentence.start
  const normalized = sentence.normalized.slice(at(from), at(clauseEnd))
  const original = sentence.text.slice(at(from), at(clauseEnd))
  // 上次说错价格的是我同事 / 上次给您发错颜色是我同事弄的: the slip is said before the colleague.
  const colleague = /^(?<slip>.+?)(?:的(?:人)?)?是(?:我们?|咱们)?的?(?:\p{Script=Han}{0,3}?同事|\p{Script=Han}{0,4}?客服)/u.exec(normalized)
  if (colleague && ZH_SLIP_VERB.test(colleague.groups!.slip!)) {
    const slip = original.slice(0, colleague.groups!.slip!.length).replace(/^(?:亲|您好)[，,]?/u, '')
    return withLe(slip)
  }
  // The topic: what the clause says before 是 and the culprit.
  const before = normalized.slice(0, at(hit[0]) - at(from))
  const starts = normalized.slice(at(hit[0]) - at(from))
  // 您的快递迟迟不到是驿站那边处理慢: a party the data doesn't list may sit between 是 and the hit.
  const is = before.lastIndexOf('是')
  const topicLength = /^都?是/.test(starts) ? before.length : is > 0 && before.length - is - 1 <= 4 ? is : -1
  if (topicLength <= 0) return undefined
  // 外卖凉了那是骑手的责任: the demonstrative that takes the topic up goes.
  let topicNormalized = before.slice(0, topicLength).replace(/[，,\s]+$/u, '').replace(/(?:那|这)(?:个|些)?$/u, '')
  if (ZH_BARE_TOPIC.test(topicNormalized) || /[我]/.test(topicNormalized)) return undefined
  // 这个延误 -> 延误: a demonstrative before the thing adds nothing to the apology.
  const lead = /^(?:这个|那个)(?=\p{Script=Han}{2})/u.exec(topicNormalized)?.[0].length ?? 0
  topicNormalized = topicNormalized.slice(lead)
  const topic = original.slice(lead, lead + topicNormalized.length)
  const rest = normalized.slice(topicLength).replace(/^都?是/, '')
  // 包裹…弄丢的 -> 包裹弄丢了: the slip's verb after the thing; a delay or a cause (处理慢, 造成的) -> the thing 了.
  const verb = ZH_SLIP_VERB.exec(rest)
  if (verb && !/[不没]/.test(rest.slice(0, verb.index))) {
    const tail = original.slice(original.length - rest.length + verb.index).replace(/[的呢哦啦哈呀吧啊嘛。！？!?.…～~\s]+$/u, '')
    return withLe(topic + tail)
  }
  if (/(?:不|没有?)\p{Script=Han}{1,2}$/u.test(topicNormalized)) return topic
  if (ZH_EVENT_TOPIC.test(topicNormalized)) return /了$/.test(topic) ? topic : topic + '了'
  // 这批货质量问题是厂家的锅 -> 这批货出现了质量问题; 这批商品瑕疵 -> 这批商品出现了瑕疵.
  const problem = /^(?<thing>\p{Script=Han}{2,}?)(?<what>\p{Script=Han}{0,2}问题|\p{Script=Han}{2})$/u.exec(topicNormalized)
  if (!problem) return undefined
  const traditional = sentence.text !== sentence.normalized
  // 质量问题 -> 出现了质量问题: a short thing is part of the noun, not its subject.
  const split = problem.groups!.thing!.length <= 2 ? 0 : problem.groups!.thing!.length
  return topic.slice(0, split) + (traditional ? '出現了' : '出现了') + topic.slice(split)
}

/** The event in Chinese: 外送员常常送错楼 -> 外送员送错楼; undefined when negated or said as 搞的. */
export function chineseEvent(sentence: Sentence, hit: Range, from = hit[0]): string | undefined {
  if (from < hit[0]) {
    const topical = chineseTopicEvent(sentence, from, hit)
    if (topical) return topical
  }
  const [, clauseEnd] = clauseAround(sentence, hit[0], hit[1])
  const normalized = sentence.normalized.slice(hit[0] - sentence.start, clauseEnd - sentence.start)
  // 上个客服把价格说错了 -> 把价格说错了: a colleague's slip is said as ours, without the colleague.
  const colleague = /^(?:是)?(?:上一位|上一个|上个|之前的|之前那个|前面的|刚才的|其他|我的?|我们的?)?(?:同事|客服)(?=把)/u.exec(normalized)
  if (colleague && !/[不没怪]/.test(normalized) && ZH_SLIP_VERB.test(normalized)) {
    const said = sentence.text.slice(hit[0] - sentence.start + colleague[0].length, clauseEnd - sentence.start).replace(/[的呢哦啦哈呀吧啊嘛。！？!?.…～~\s]+$/u, '')
    return withLe(said)
  }
  if (/[不没怪]|搞的|弄的|害的|的锅|造成的|导致的|的事|问题|同事|客服/.test(normalized)) return undefined
  // Dropped by position in the normalized text, so a Traditional sentence keeps its own characters.
  const original = sentence.text.slice(hit[0] - sentence.start, clauseEnd - sentence.start)
  let event = ''
  let last = 0
  for (const m of normalized.matchAll(ZH_BLAME_WORDS)) {
    event += original.slice(last, m.index)
    last = m.index! + m[0].length
  }
  event += original.slice(last)
  event = event.replace(/^是/, '').replace(/[。！？!?.…～~\s]+$/u, '').replace(/[呢哦啦哈呀吧啊嘛]+$/u, '')
  // 快递弄丢的 -> 快递弄丢了: no 的 left dangling after the apology.
  if (/的$/.test(event) && ZH_SLIP_VERB.test(event)) event = withLe(event.slice(0, -1))
  return event || undefined
}
