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
  // "The technician, they botched it": the subject said first stands for "they".
  event = event.replace(/^([^,]+?),\s+(?:they|it|he|she)\b/i, '$1')
  // "Because the driver…" / "and the driver…": the joining word stays with the old sentence.
  event = event.replace(/^(?:and|but|so|because|since|as)\s+/i, '')
  if (!event || EN_HABITUAL.test(event) || EN_NEGATED.test(event) || /\b(?:fault|problem|responsib\w*|blame)\b|['’]s\s+(?:error|mistake|doing)\b/i.test(event)) return undefined
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

// 又, 常常, 老是…: a habit or a complaint about the party, not part of the event.
const ZH_BLAME_WORDS = /又|常常|经常|老是|总是|每次都|天天|肯定|一定|明显/g

/** The event in Chinese: 外送员常常送错楼 -> 外送员送错楼; undefined when negated or said as 搞的. */
export function chineseEvent(sentence: Sentence, hit: Range): string | undefined {
  const [, clauseEnd] = clauseAround(sentence, hit[0], hit[1])
  const normalized = sentence.normalized.slice(hit[0] - sentence.start, clauseEnd - sentence.start)
  if (/[不没怪]|搞的|弄的|害的|的锅|造成的|导致的|的事|问题/.test(normalized)) return undefined
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
  return event || undefined
}
