// English frames that wrap what the agent means to say; the rewrite keeps
// that content and drops the frame:
//   "Don't you know the shop closes at five?"      -> "Just so you know, the shop closes at five."
//   "Surely you know the difference between …?"     -> "Happy to explain the difference between …."
//   "I already told you that the voucher expired."  -> "Just to confirm, the voucher expired."
//   "You misunderstood the offer"                   -> "Sorry if the offer wasn't clear"
//   "It's obvious from the manual that you need…"   -> "According to the manual, you need…"
//   "That should be obvious from the photos."        -> "You can see this from the photos."
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

export interface ContentRewrite {
  range: Range
  text: string
  message: string
}

// Something the customer is said to have to know: a clause ("the shop closes
// at five", "we close on Sundays") has a subject and a verb.
const CLAUSE_LIKE =
  /^(?:I|we|you|they|he|she|it|there)\b|\b(?:is|are|was|were|has|have|had|can|can't|cannot|will|won't|would|must|should|does|doesn't|do|don't|did|didn't|may|might|need|needs)\b|^(?:the|our|this|that|these|those|a|an|every|all|no)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:s|ed)\s+(?!of\b|between\b|and\b|or\b|for\b)/iu
const WH_START = /^(?:how|what|where|when|why|which|who|whether)\b/i
const NOUN_PHRASE_START = /^(?:the|our|this|that|these|those|a|an)\b/i

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text
}

/** Capital letter at the sentence start, as written elsewhere. */
function fit(sentence: Sentence, range: Range, text: string, reply: string): string {
  const atStart = reply.slice(sentence.start, range[0]).trim() === ''
  return atStart ? capitalise(text) : text
}

/** The rest of the hit's clause, as written, from the hit's end (question mark left out). */
function restOfClause(sentence: Sentence, hit: Range, reply: string): {text: string; end: number; question: boolean} {
  const [, ce] = clauseAround(sentence, hit[0], hit[1])
  const text = reply.slice(hit[1], ce)
  const after = reply.slice(ce, sentence.end)
  return {text, end: ce, question: /^[?]/.test(after.trimStart())}
}

// ", right?", ", don't you?": a tag that only presses the question home.
const TAG_QUESTION = /^\s*,\s*(?:right|yeah|yes|no|ok(?:ay)?|don't\s+you|didn't\s+you|do\s+you|haven't\s+you|isn't\s+it)\s*(?=\?)/i

/** The clause taken up to a closing tag question, which goes with the frame. */
function withTag(rest: {text: string; end: number; question: boolean}, reply: string, sentence: Sentence): {text: string; end: number; question: boolean} {
  const tag = reply.slice(rest.end, sentence.end).match(TAG_QUESTION)
  return tag ? {text: rest.text, end: rest.end + tag[0].length, question: true} : rest
}

/** The clause's end with its question mark, which becomes a full stop. */
function closing(rest: {end: number; question: boolean}, reply: string): {end: number; stop: string} {
  if (!rest.question) return {end: rest.end, stop: ''}
  const m = reply.slice(rest.end).match(/^\s*\?+/)!
  return {end: rest.end + m[0].length, stop: '.'}
}

/** "Don't you know X?" / "Surely you know X" / "You should know by now that X". */
export function knowComplement(sentence: Sentence, hit: Range, reply: string): ContentRewrite | undefined {
  // "You do know the button is…": the hit ends on the complement's first word, which belongs to it.
  const opener = reply.slice(hit[0], hit[1]).match(/\s+(?:that|how|what|the)$/i)
  if (opener) hit = [hit[0], hit[1] - opener[0].length]
  const said = reply.slice(hit[0], hit[1])
  const rest = withTag(restOfClause(sentence, hit, reply), reply, sentence)
  // "Surely you can see that X" knows the same way.
  const seeing = /\b(?:can|must)$/i.test(said) ? rest.text.match(/^\s+(?:see|tell|understand|appreciate)(?=\s+that\b)/i) : null
  // "Everyone knows you need a receipt" knows the same way as "surely you know".
  // "Anyone could tell the price includes VAT" knows it too.
  if (!seeing && !/\b(?:knows?|understand|realise|realize|by\s+now|aware|(?:can|could)\s+(?:see|tell))$/i.test(said)) return undefined
  const complement = rest.text.slice(seeing ? seeing[0].length : 0).replace(/^\s+(?:by\s+now\s+)?/i, '').trim()
  // "your own address" is not ours to explain; "what I'm saying" is the frame again.
  if (!complement || /^(?:yourself|it|this|that)$/i.test(complement) || /^your\b/i.test(complement)) return undefined
  if (/^what\s+(?:I|we)(?:'m|\s+am|'re|\s+are)?\s+(?:saying|said|mean|meant|wrote|told\s+you)\b/i.test(complement)) return undefined
  const [clauseStart] = clauseAround(sentence, hit[0], hit[1])
  const {end, stop} = closing(rest, reply)
  const range: Range = [clauseStart, end]
  const that = complement.match(/^that\s+(.+)$/is)
  if (that || (!WH_START.test(complement) && CLAUSE_LIKE.test(complement))) {
    return {range, text: fit(sentence, range, `just so you know, ${that ? that[1] : complement}${stop}`, reply), message: 'Share the fact as information'}
  }
  if (WH_START.test(complement) || NOUN_PHRASE_START.test(complement)) {
    return {range, text: fit(sentence, range, `happy to explain ${complement}${stop}`, reply), message: 'Offer to explain'}
  }
  return undefined
}

/** "I already told you that X", "As I said before that X": the fact, confirmed. */
export function toldComplement(sentence: Sentence, hit: Range, reply: string): ContentRewrite | undefined {
  const rest = restOfClause(sentence, hit, reply)
  // The hit may end on the conjunction itself: "I've already explained that the warranty…".
  const that = /\bthat$/i.test(reply.slice(hit[0], hit[1]))
    ? rest.text.match(/^\s+(?=(?:the|a|an|your|our|this|we|you|it|they|there|I)\b)/i)
    : rest.text.match(/^\s+(?:(?:already|before|earlier|twice|this)\s+)*that\s+(?=\S)/i)
  if (!that) return undefined
  const [clauseStart] = clauseAround(sentence, hit[0], hit[1])
  const range: Range = [clauseStart, hit[1] + that[0].length]
  return {range, text: fit(sentence, range, 'just to confirm, ', reply), message: 'Confirm the fact without the reproach'}
}

/**
 * "You misunderstood the offer" -> "Sorry if the offer wasn't clear";
 * "You clearly don't understand how X works" -> "Happy to explain how X works".
 */
export function misunderstoodObject(sentence: Sentence, hit: Range, reply: string): ContentRewrite | undefined {
  const said = reply.slice(hit[0], hit[1])
  const rest = restOfClause(sentence, hit, reply)
  if (/\b(?:understand|get|follow)$/i.test(said)) {
    const wh = rest.text.trim()
    if (!WH_START.test(wh) || /^what\s+(?:I|we)\b/i.test(wh)) return undefined
    const [clauseStart] = clauseAround(sentence, hit[0], hit[1])
    const {end, stop} = closing(rest, reply)
    const range: Range = [clauseStart, end]
    return {range, text: fit(sentence, range, `happy to explain ${wh}${stop}`, reply), message: 'Offer to explain'}
  }
  if (!/\b(?:misunderstood|misread|misheard|misinterpreted)$/i.test(said)) return undefined
  const object = rest.text.match(/^\s+(me|us|(?:what\s+(?:I|we)\s+(?:said|wrote|meant|explained))|(?:the|our|my|this|that|these|those)(?:\s+[\p{L}'-]+){1,4})\s*$/iu)
  if (!object) return undefined
  const what = object[1]!
  const [clauseStart] = clauseAround(sentence, hit[0], hit[1])
  const range: Range = [clauseStart, rest.end]
  const lastWord = what.split(/\s+/).pop()!.toLowerCase()
  const plural = /^(?:these|those)\b/i.test(what) || (/[^su]s$/.test(lastWord) && !/^(?:this|that|what)\b/i.test(what))
  const subject = /^me$/i.test(what) ? 'I' : /^us$/i.test(what) ? 'we' : what
  const verb = subject === 'I' ? "wasn't" : subject === 'we' || plural ? "weren't" : "wasn't"
  return {range, text: fit(sentence, range, `sorry if ${subject} ${verb} clear`, reply), message: 'Take the blame for being unclear'}
}

/**
 * "It's obvious from the manual that X", "It's clearly stated in the terms
 * that X" -> "According to the manual, X"; "It's pretty obvious that X" -> "X";
 * "That should be obvious from the photos" -> "You can see this from the photos".
 */
export function sourcedFact(sentence: Sentence, hit: Range, reply: string): ContentRewrite | undefined {
  const [clauseStart, clauseEnd] = clauseAround(sentence, hit[0], hit[1])
  if (hit[0] !== clauseStart) return undefined
  const clause = reply.slice(hit[0], clauseEnd)
  const sourced = clause.match(/^.*?\b(?<preposition>in|on|at|from)\s+(?<source>(?:the|our|your|this|that)\s+[^,;:]+?)(?:\s+that\s+(?<fact>\S.*))?$/is)
  const bare = clause.match(/^[^,;:]*?\bobvious\s+that\s+(?<fact>\S.*)$/is)
  if (sourced?.groups?.fact) {
    const range: Range = [clauseStart, clauseEnd]
    return {range, text: fit(sentence, range, `according to ${sourced.groups.source}, ${sourced.groups.fact}`, reply), message: 'Point to the source kindly'}
  }
  if (bare?.groups?.fact) {
    const range: Range = [clauseStart, clauseEnd]
    return {range, text: fit(sentence, range, bare.groups.fact, reply), message: 'State the fact plainly'}
  }
  if (sourced && /\bobvious\b/i.test(clause)) {
    const range: Range = [clauseStart, clauseEnd]
    return {range, text: fit(sentence, range, `you can see this ${sourced.groups!.preposition!.toLowerCase()} ${sourced.groups!.source}`, reply), message: 'Point to the source kindly'}
  }
  return undefined
}
