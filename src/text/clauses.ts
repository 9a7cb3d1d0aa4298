// Clause-level facts rules share: where a clause starts and ends, whether it
// is a condition ("if we can't…", 如果…不行的话) and who its subject is.
import type {Range, Sentence} from '../types.js'
import {codeUnitSet, isWhiteSpaceCode} from './code-units.js'

// A wave dash ends a chat greeting ("您好～这个…"), so it closes a clause too.
const CLAUSE_BREAKS = codeUnitSet(',;:—–，；：～~')
/** What ends a sentence: stops and white space. */
const SENTENCE_END_MARKS = codeUnitSet('.!?。！？…')

/**
 * The clause of `sentence` that holds [start, end), in reply offsets. Read by
 * code unit (every mark above is one): this runs for most phrase hits, and
 * indexing a string for a Han character makes a new one-character string.
 */
export function clauseAround(sentence: Sentence, start: number, end: number): Range {
  const text = sentence.text
  let s = start - sentence.start
  while (s > 0 && !CLAUSE_BREAKS.has(text.charCodeAt(s - 1))) s--
  while (s < text.length && isWhiteSpaceCode(text.charCodeAt(s))) s++
  let e = end - sentence.start
  while (e < text.length && !CLAUSE_BREAKS.has(text.charCodeAt(e))) e++
  // Stops and white space that end the sentence stay out of the clause, unless they are in the hit.
  let tail = e
  while (tail > 0 && (SENTENCE_END_MARKS.has(text.charCodeAt(tail - 1)) || isWhiteSpaceCode(text.charCodeAt(tail - 1)))) tail--
  if (tail < e && tail >= end - sentence.start) e = tail
  return [sentence.start + s, sentence.start + e]
}

/** The text of the hit's clause before the hit, normalized. */
export function clauseBefore(sentence: Sentence, start: number, end: number): string {
  const [clauseStart] = clauseAround(sentence, start, end)
  return sentence.normalized.slice(clauseStart - sentence.start, start - sentence.start)
}

const EN_CONDITION = /\b(?:if|unless|in case|whether|even if|should you)\b/i
const ZH_CONDITION = /如果|如若|假如|要是|若是|万一|倘若|若|即使|就算/
const ZH_CONDITION_AFTER = /^[^，。！？；]*?的话/

/**
 * Whether the text before a match, in its clause, makes it a condition
 * ("If you can't find the email…", 如果这个尺码不行的话) rather than a statement.
 */
export function isConditional(sentence: Sentence, start: number, end: number): boolean {
  const before = clauseBefore(sentence, start, end)
  if (sentence.language === 'en') return EN_CONDITION.test(before)
  if (ZH_CONDITION.test(before)) return true
  return ZH_CONDITION_AFTER.test(sentence.normalized.slice(end - sentence.start))
}

const EN_HEDGE = /\b(?:it\s+(?:looks|seems|appears)|looks\s+like|seems|appears|may|might|perhaps|possibly|maybe|probably\s+just|I\s+think|I\s+wonder|not\s+sure|any\s+chance|is\s+it\s+possible)\b/i
const ZH_HEDGE = /可能|也许|或许|是不是|是否|会不会|有没有|好像|似乎|大概|不知道/

/**
 * Whether the clause before `start` softens what follows into a guess
 * ("it looks like you may have…", 您是不是记错了): a gentle check, not a
 * verdict on the customer.
 */
export function isHedged(sentence: Sentence, start: number): boolean {
  return (sentence.language === 'en' ? EN_HEDGE : ZH_HEDGE).test(clauseBefore(sentence, start, start))
}

/**
 * Whether the text from `end` to the end of its clause closes as a question
 * ("…you forgot to confirm?", 您忘记密码了吗).
 */
export function isInQuestion(sentence: Sentence, end: number): boolean {
  const rest = sentence.normalized.slice(end - sentence.start)
  const close = rest.search(/[,;:.!，；：。！\n]|[?？]/)
  if (close >= 0 && /[?？]/.test(rest[close]!)) return true
  if (sentence.language === 'en') return false
  const clause = close >= 0 ? rest.slice(0, close) : rest
  return /[吗么][呢呀啊哦]?\s*$/.test(clause)
}
