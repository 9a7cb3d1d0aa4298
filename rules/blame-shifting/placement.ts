// Where a blame-shifting rewrite goes. The blame sits in a clause, but the
// clauses around it often only carry it further: ", not ours", "they do that
// a lot", "so please contact them directly", "that's why it failed". Replacing
// the blaming clause alone would leave those dangling ("We're sorry about the
// mix-up, and we'll put it right for you, not ours"), so the rewrite's range
// is widened over them; an effect ("that's why it failed") is kept and
// apologised for, since it tells the customer what went wrong.
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

export interface Placement {
  /** The text the rewrite replaces. */
  range: Range
  /** What the blame caused, as said in the reply ("the payment failed", 没有减免), if a clause says so. */
  consequence?: string
  /** Goes before the rewrite: ". " when it follows a clause of our own ("We checked the logs. It looks like…"). */
  prefix: string
}

const EN_BREAK = /[,;:—–]/
const ZH_BREAK = /[,;:—–，；：、]/

// Clauses that only deny our part or soften the blame: ", not ours",
// ", that wasn't me", ", and that's not on us", ", I'm afraid", ", really".
const EN_TAG = new RegExp(
  [
    String.raw`^(?:and\s+|but\s+)?(?:(?:it|that|this)(?:'s|\s+is|\s+was)\s+)?(?:not|never)\s+(?:really\s+)?(?:us|ours|me|mine|on\s+us|on\s+me|down\s+to\s+us|because\s+of\s+(?:us|me)|(?:our|my)\s+(?:fault|problem|doing|mistake|error|responsibility))$`,
    String.raw`^(?:and\s+|but\s+)?(?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:us|me|on\s+us|on\s+me|our\s+\w+|my\s+\w+)$`,
    String.raw`^(?:I'm|I\s+am)\s+afraid$|^(?:really|honestly|unfortunately|sadly|as\s+usual|as\s+always|again|to\s+be\s+honest|frankly|sorry)$`,
  ].join('|'),
  'i',
)

// Clauses that send the customer off to the other party; the rewrite says we
// will follow it up, so they go with the blame.
const EN_PUSH_AWAY =
  /^(?:so\s+|and\s+)?(?:please\s+|just\s+|you(?:'ll|\s+will)?\s+(?:need|have)\s+to\s+|you\s+(?:should|can|could|must)\s+)?(?:contact|call|ring|phone|e-?mail|ask|talk\s+to|speak\s+to|get\s+in\s+touch\s+with|complain\s+to|chase|take\s+it\s+up\s+with|go\s+(?:back\s+)?to|blame)\s+(?:them|him|her|the\s+[\p{L}-]+|your\s+[\p{L}-]+)\b/iu

// "…, they left it at the wrong house": the party blamed again, as "they".
const EN_PARTY_AGAIN =
  /^(?:and\s+)?they(?:'ve|\s+have)?\s+(?:\w+\s+){0,2}?(?:lost|left|sent|delivered|damaged|broke|dropped|mixed|messed|screwed|got|put|gave|missed|forgot|didn't|never|must\s+have|always|keep)\b/i

// "…, that's why it failed", "…, so of course you never got the receipt".
// "so" alone only counts when a subject follows ("so please contact them" is
// not an effect).
const EN_CONSEQUENCE =
  /^(?:and\s+)?(?:so\s+(?:that's|that\s+is)\s+why|(?:that's|that\s+is|which\s+is|this\s+is)\s+why|hence|so(?=\s+(?:of\s+course|obviously|naturally|clearly|the|your|my|our|it|its|it's|you|you've|you're|we|they|this|that|there|nothing|no|I)\b))\s+(?:of\s+course\s+|obviously\s+|naturally\s+|clearly\s+)?(?<effect>\S.*)$/iu

// Leading words that only set up the blame: "Well, that's the driver's fault".
const EN_LEAD_FILLER = /^(?:well|honestly|frankly|look|listen|to\s+be\s+honest|unfortunately|sadly|I'm\s+afraid|as\s+usual|again|so)$/i

// A conjunction joining a clause of our own to the blame: "We checked the
// logs and you entered the wrong key": the first part stays.
// …when that part is a clause (a subject and a verb), not a party listed
// before another ("the courier and the warehouse mixed it up").
const EN_CLAUSE =
  /^(?:I|we|you|they|he|she|it)\b|\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|can|could|will|would|should|must|may|might|arrived|came|went|got)\b|'(?:s|re|ve|ll|d|m)\b|\w{3,}ed\b/i
const EN_JOIN = /(?<=\S)\s+(?<conjunction>and|but|so|because|since)\s+(?=\S|$)/gi

const ZH_TAG = /^(?:真的|唉|哎|说实话|没办法)$/
const ZH_PUSH_AWAY =
  /^(?:请|麻烦)?(?:您|你)(?:可以|得|要|只能)?(?:直接|自己)?(?:去)?(?:找|联系|问|打|拨打|致电|咨询|跟)|^(?:请|麻烦)(?:您|你)?(?:直接|自己)?(?:去)?(?:找|联系|问|打|拨打|致电|咨询)/
const ZH_CONSEQUENCE = /^(?:所以|因此|因而|难怪|这才|才)(?:才)?(?:会|导致)?(?<effect>\S.*)$/u

interface Segment {
  /** Sentence-relative offsets of the clause, its separator included. */
  start: number
  end: number
  /** The clause without its separator and without the sentence's final punctuation, normalized. */
  body: string
}

/** The clause that starts at `from` (at a clause break or just after one). */
function nextSegment(sentence: Sentence, from: number): Segment | undefined {
  const text = sentence.normalized
  const breaks = sentence.language === 'en' ? EN_BREAK : ZH_BREAK
  const lead = text.slice(from).match(sentence.language === 'en' ? /^\s*[,;:—–]\s*/ : /^\s*[,;:—–，；：、]\s*/)
  if (!lead) return undefined
  let end = from + lead[0].length
  while (end < text.length && !breaks.test(text[end]!)) end++
  let bodyEnd = end
  const tail = text.slice(from + lead[0].length, end).match(/[.!?。！？…\s]+$/u)
  if (tail) bodyEnd -= tail[0].length
  return {start: from, end: bodyEnd, body: text.slice(from + lead[0].length, bodyEnd).trim()}
}

/**
 * The range a clause rewrite of `hit` replaces, and the effect it should
 * apologise for. `otherHits` are the rule's other findings in the reply: a
 * neighbouring clause that blames too is folded into this one.
 */
export function placeRewrite(sentence: Sentence, hitRange: Range, otherHits: readonly Range[], next?: Sentence): Placement {
  const en = sentence.language === 'en'
  const [clauseStart, clauseEnd] = clauseAround(sentence, hitRange[0], hitRange[1])
  let start = clauseStart - sentence.start
  let end = clauseEnd - sentence.start
  let prefix = ''
  const text = sentence.normalized

  if (en) {
    // Keep a clause of our own joined to the blame by a conjunction ("We
    // checked the logs and you entered the wrong key"): it ends there, and
    // the rewrite follows as a sentence of its own.
    const before = text.slice(start, hitRange[0] - sentence.start)
    let join: RegExpExecArray | undefined
    for (const m of before.matchAll(EN_JOIN)) join = m as RegExpExecArray
    const ownClause = join ? before.slice(0, join.index).trim() : ''
    if (join && EN_CLAUSE.test(ownClause)) {
      start += join.index!
      prefix = '. '
    } else {
      // "Well, that's the driver's fault": "Well" goes with it.
      const opening = text.slice(0, start).match(/^\s*([\p{L}' ]+?)\s*,\s*$/u)
      if (opening && EN_LEAD_FILLER.test(opening[1]!)) start = opening.index! + opening[0].length - opening[0].trimStart().length
    }
  }

  let consequence: string | undefined
  for (;;) {
    const segment = nextSegment(sentence, end)
    if (!segment || !segment.body) break
    const absStart = sentence.start + segment.start
    const absEnd = sentence.start + segment.end
    const blamesToo = otherHits.some(([s]) => s >= absStart && s < absEnd)
    const effect = (en ? EN_CONSEQUENCE : ZH_CONSEQUENCE).exec(segment.body)?.groups?.effect
    if (effect && !consequence) consequence = sentence.text.slice(segment.end - effect.length, segment.end)
    else if (!(blamesToo || (en ? EN_TAG.test(segment.body) || EN_PUSH_AWAY.test(segment.body) || EN_PARTY_AGAIN.test(segment.body) : ZH_TAG.test(segment.body) || ZH_PUSH_AWAY.test(segment.body)))) break
    end = segment.end
  }
  // "It's the courier's fault. Please contact them directly." The next
  // sentence only sends the customer away, so the rewrite covers it too.
  const rest = text.slice(end).trim()
  if (next && /^[.!?。！？…]*$/u.test(rest) && (en ? next.language === 'en' : next.language !== 'en')) {
    const body = next.normalized.trim().replace(/[.!?。！？…\s]+$/u, '')
    const blamesToo = otherHits.some(([s]) => s >= next.start && s < next.end)
    if (body && (blamesToo || (en ? EN_PUSH_AWAY : ZH_PUSH_AWAY).test(body))) {
      return {range: [sentence.start + start, next.start + next.normalized.indexOf(body) + body.length], consequence, prefix}
    }
  }
  return {range: [sentence.start + start, sentence.start + end], consequence, prefix}
}
