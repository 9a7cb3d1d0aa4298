// Impatient asides that carry nothing the customer needs: the rewrite drops
// them instead of putting a stock line in their place.
//   "Can't help with that, and I really need to move on to the next customer." -> "Can't help with that."
//   "What's the email? I have a shift change in 2 mins."                       -> "What's the email?"
//   "*sigh* This is the fourth time today someone has asked me this. It should show by Friday." -> "It should show by Friday."
//   "You want a refund. Fine. Anything else before I go?"                       -> "You want a refund. Anything else?"
//   优惠码在结账页输入，我真的很无语。                                            -> 优惠码在结账页输入。
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

export interface Dropped {
  text: string
  range: Range
  message: string
}

// Wordings that are an aside: the agent's exit, weariness at the question, a
// sigh, a lone "Fine.", 我真的很无语, 没事我先结束对话了.
function isAside(hit: PhraseHit): boolean {
  switch (hit.entry.id) {
    case 'leaving':
    case 'asked-again':
    case 'push-already':
      return true
    case 'grudging':
      return /^fine\s*[.!]+$/i.test(hit.actual.trim())
    case 'exasperated':
      return /^\*[^*]+\*$/.test(hit.actual.trim())
    case 'annoyed':
      return /无语|无言|無語|無言/.test(hit.actual)
    case 'wrap-up':
      return hit.sentence.language !== 'en'
    default:
      return false
  }
}
// An aside said in the middle of a clause: "… before I go?", "*sigh*".
const EN_INLINE = /^(?:before\s+(?:I|we)\s+\S.*|\*[^*]+\*|already)$/i
// The joint before a trailing aside: ", and", "，".
const JOINT_BEFORE = /(?:\s*[,;，；]\s*(?:and\s+|but\s+|so\s+)?|\s+(?:and|but|so)\s+)$/i

/** The sentence without the hit's words, if only the aside goes. */
function dropInline(context: RuleContext, hit: PhraseHit): Dropped | undefined {
  if (hit.sentence.language !== 'en' || !EN_INLINE.test(hit.actual.trim())) return undefined
  const [start, end] = hit.range
  const text = context.text
  const before = text.slice(hit.sentence.start, start)
  if (/^\s*$/.test(before)) {
    // "*sigh* This is…": the sigh opens the sentence; the next word takes its place.
    const space = text.slice(end).match(/^\s+/)?.[0].length ?? 0
    return {text: '', range: [start, end + space], message: 'Drop the sigh'}
  }
  const space = before.match(/\s+$/)?.[0].length ?? 0
  return {text: '', range: [start - space, end], message: 'Drop the aside'}
}

function isWholeSentence(sentence: Sentence, clause: Range): boolean {
  const text = sentence.normalized
  const head = text.slice(0, clause[0] - sentence.start)
  const tail = text.slice(clause[1] - sentence.start)
  return /^[\s"'“‘(（]*$/.test(head) && /^[\s.!?。！？…~～]*$/u.test(tail)
}

/** Drops an aside that is its own sentence, or the last clause of one. */
export function dropAside(context: RuleContext, hit: PhraseHit): Dropped | undefined {
  if (!isAside(hit)) return undefined
  const inline = dropInline(context, hit)
  if (inline) return inline
  const {sentence} = hit
  const clause = clauseAround(sentence, hit.range[0], hit.range[1])
  const {sentences, text} = context
  if (isWholeSentence(sentence, clause)) {
    const next = sentences[sentence.index + 1]
    const previous = sentences[sentence.index - 1]
    if (next) return {text: '', range: [sentence.start, next.start], message: 'Drop the aside'}
    if (previous) return {text: '', range: [previous.end, sentence.end], message: 'Drop the aside'}
    return undefined
  }
  // "…, and I really need to move on to the next customer.": the last clause goes with its joint.
  const rest = text.slice(clause[1], sentence.end)
  if (!/^[\s.!?。！？…~～]*$/u.test(rest)) return undefined
  const head = text.slice(sentence.start, clause[0])
  const joint = head.match(JOINT_BEFORE)
  if (!joint || head.length === joint[0].length) return undefined
  return {text: '', range: [clause[0] - joint[0].length, clause[1]], message: 'Drop the aside'}
}
