// An English rewrite that keeps what the customer asked about:
// "we can't unlock a phone that's still under contract" ->
// "let's look at the options for unlocking a phone that's still under contract".
// The generic "let's see what we can do for you" loses the subject of the
// conversation; this keeps it and turns the refusal into the next step.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

/** Verbs whose object is the thing on offer: "offer a refund" -> "a refund". */
const OBJECT_VERBS = /^(?:offer|give|provide|issue|accept|do|process|make|arrange|allow|support|sell|have|honou?r)$/i
/** "assist with travel inquiries" -> "travel inquiries". */
const HELP_VERBS = /^(?:help|assist)$/i
/** Words between the refusal and its verb that the rewrite does without. */
const FILLER = /^(?:(?:really|just|simply|currently|still|even|be\s+able\s+to|to)\s+)+/i
/** A softener that only introduces the refusal goes with it ("Unfortunately, we can't…"). */
const SOFTENER = /\b(?:unfortunately|sadly|regrettably|I'm\s+afraid(?:\s+that)?|I\s+am\s+afraid(?:\s+that)?|we're\s+afraid(?:\s+that)?)\s*,?\s*$/i

/** The -ing form of a regular English verb: change -> changing, ship -> shipping. */
export function gerund(verb: string): string {
  const v = verb.toLowerCase()
  if (v === 'be' || v === 'see' || /ee$/.test(v)) return `${v}ing`
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`
  if (/(?:[^aeiouy]|u)e$/.test(v)) return `${v.slice(0, -1)}ing`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${v}${v.slice(-1)}ing`
  return `${v}ing`
}

/** What the refusal is about, as a phrase that fits after "the options for". */
function topic(verb: string, object: string): string | undefined {
  if (OBJECT_VERBS.test(verb)) return object.replace(/^any\s+/i, '') || undefined
  if (HELP_VERBS.test(verb)) {
    const about = object.replace(/^(?:you\s+)?(?:with\s+)?/i, '')
    return about || undefined
  }
  return `${gerund(verb)}${object ? ` ${object}` : ''}`
}

/**
 * The rewrite for an English refusal whose action can be read off the clause,
 * or undefined (the rule then offers its general rewrites).
 */
export function optionsRewrite(context: RuleContext, hit: PhraseHit): {text: string; range: Range; message: string} | undefined {
  const {sentence, entry} = hit
  if (sentence.language !== 'en') return undefined
  const [clauseStart, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  const text = context.text
  const after = text.slice(hit.range[1], clauseEnd).replace(FILLER, ' ').trim().replace(FILLER, '')
  let verb: string
  let object: string
  let start = hit.range[0]
  if (entry.id === 'cannot') {
    const m = after.match(/^([a-z]+)\b\s*(.*)$/i)
    if (!m) return undefined
    ;[verb, object] = [m[1]!, m[2]!.trim()]
  } else if (entry.id === 'do-not-do' || (entry.id === 'not-offered' && /support$/i.test(hit.actual))) {
    verb = hit.actual.match(/([a-z]+)$/i)![1]!
    object = after
    if (entry.id === 'not-offered') start = clauseStart
  } else if (entry.id === 'impossible' || (entry.id === 'not-offered' && /(?:possible|allowed)$/i.test(hit.actual))) {
    // "It's impossible to recover chats…": the subject is a dummy "it".
    const m = text.slice(hit.range[1], clauseEnd).match(/^\s+to\s+([a-z]+)\b\s*(.*)$/i)
    if (!m || !/^(?:it(?:'s|’s|\s+is)?|currently\s+it(?:'s|’s|\s+is)?|this|that)\s*$/i.test(text.slice(clauseStart, hit.range[0]).replace(/\b(?:is|isn't|isn’t|was)\s*$/i, '').trim()))
      return undefined
    ;[verb, object] = [m[1]!, m[2]!.trim()]
    start = clauseStart
  } else return undefined
  if (!/^[a-z]+$/i.test(verb)) return undefined
  const about = topic(verb, object)
  if (!about) return undefined
  const softener = text.slice(sentence.start, start).match(SOFTENER)
  if (softener) start -= softener[0].length
  const range: Range = [start, clauseEnd]
  return {
    text: context.rewrite(`let's look at the options for ${about}`, range),
    range,
    message: 'Keep what the customer asked about and turn to what can be done',
  }
}
