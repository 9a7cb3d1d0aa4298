// but-negation: "You're right, but…": a positive clause taken back by the "but"
// that follows it. Only a positive clause right before the connective counts:
// "Sorry for the wait, but it's on its way" gives the bad news first and ends
// on the good, which is the order the seeds recommend.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {familyOf, type PhraseHit, type RuleContext} from '../../src/context.js'
import type {LanguageFamily, Range} from '../../src/types.js'

const phrases = loadRulePhrases(import.meta.url)

interface Connective {
  /** What may sit before the opener in its clause: greetings, "and", 亲. */
  lead: RegExp
  /** From the opener's end: the rest of its clause, then the connective (group `but`). */
  follows: RegExp
  /** Text after the connective that makes it no contrast ("but also"). */
  notContrast?: RegExp
}

const CONNECTIVES: Record<LanguageFamily, Connective> = {
  en: {
    lead: /(?:^|[,;:.!?—–]\s*)(?:(?:and|so|oh|well|ok|okay|hi|hey|hello|yes|again|first\s+of\s+all)\b[,!]?\s*)*$/i,
    follows: /^[^,;:.!?]{0,60}?(?<but>,?\s*\bbut\b)/i,
    notContrast: /^\s*(?:also|of\s+course|not\s+least|rather|then\s+again)\b/i,
  },
  zh: {
    lead: /(?:^|[，,；;：:。！？!?、\s])(?:亲爱的|亲亲|亲|您好|你好|嗯嗯|嗯|好的|哈|呢|哦)*[，,\s]*$/,
    follows: /^[^，,；;：:。！？!?\s]{0,20}?(?<but>[，,]\s*(?:但是|但|不过|可是|只是))/,
  },
}

const SENTENCE_END = /[.!?。！？…~～\s]*$/u

/** The connective ("but" with its comma) that takes back the opener, if any. */
function connectiveAfter(context: RuleContext, hit: PhraseHit): Range | undefined {
  const {sentence, range} = hit
  const rules = CONNECTIVES[familyOf(sentence.language)]
  const offset = (at: number) => at - sentence.start
  if (!rules.lead.test(sentence.normalized.slice(0, offset(range[0])))) return undefined
  const rest = sentence.normalized.slice(offset(range[1]))
  const m = rest.match(rules.follows)
  if (!m?.groups?.but) return undefined
  const end = range[1] + m.index! + m[0].length
  const start = end - m.groups.but.length
  if (rules.notContrast?.test(sentence.normalized.slice(offset(end)))) return undefined
  if (context.isProtected(start, end)) return undefined
  return [start, end]
}

/** "We can't refund it, but you're right": the difficult part first, the positive last. */
function reordered(context: RuleContext, hit: PhraseHit, connective: Range): {text: string; range: Range} | undefined {
  const {sentence} = hit
  if (sentence.language !== 'en') return undefined
  const text = context.text
  const clauseStart = hit.range[0]
  const positive = text.slice(clauseStart, connective[0]).trim()
  const tail = text.slice(connective[1], sentence.end)
  const end = tail.match(SENTENCE_END)![0]
  const after = tail.slice(0, tail.length - end.length).trim()
  if (!after || !positive) return undefined
  const lowerFirst = /^I\b/.test(positive) ? positive : positive[0]!.toLowerCase() + positive.slice(1)
  const upperFirst = after[0]!.toUpperCase() + after.slice(1)
  const atStart = clauseStart === sentence.start
  const lead = atStart ? upperFirst : after
  return {text: `${lead}, but ${lowerFirst}${end.trim() || '.'}`, range: [clauseStart, sentence.end]}
}

/** Words that open a clause that can stand as a sentence of its own: a subject. */
const EN_SUBJECT_START =
  /^(?:I|I'm|I've|I'll|we|we're|we've|we'll|you|you're|you'll|they|they're|he|she|it|it's|this|that|that's|these|those|there|there's|the|a|an|our|your|their|my|his|her|its|some|all|no|each|every|unfortunately|sadly)\b/i

/**
 * "You're right, but we can only refund…" -> "You're right. We can only
 * refund…": the positive part stands as its own sentence and the news follows
 * it, with nothing taking it back. Only when what follows has a subject of its
 * own, so that it reads as a sentence ("…, but only on Mondays" does not).
 */
function standAlone(context: RuleContext, hit: PhraseHit, connective: Range): {text: string; range: Range; message: string} | undefined {
  if (hit.sentence.language !== 'en') return undefined
  const rest = context.text.slice(connective[1], hit.sentence.end)
  const lead = rest.match(/^\s*/)![0]
  const next = rest.slice(lead.length)
  if (!EN_SUBJECT_START.test(next)) return undefined
  const first = next[0]!
  // "I" stays as it is; any other first word takes the capital of a sentence start.
  const word = next.match(/^[\p{L}']+/u)![0]
  const capital = /^I(?:'|$)/.test(word) ? first : first.toUpperCase()
  return {
    text: `. ${capital}`,
    range: [connective[0], connective[1] + lead.length + 1],
    message: 'End the positive part with a full stop, so no “but” takes it back',
  }
}

export default defineRule({
  id: 'but-negation',
  meta: {
    description: 'A positive clause taken back by the "but" that follows it',
    languages: ['en', 'zh'],
    defaultSeverity: 'info',
    docs: 'rules/but-negation/README.md',
  },
  check(context) {
    let last = -1
    for (const hit of context.match(phrases)) {
      const connective = connectiveAfter(context, hit)
      // Two openers in one clause ("I understand, thank you, but…") share one "but".
      if (!connective || connective[0] <= last) continue
      last = connective[0]
      const replacement = context.rewrite(hit.entry.rewrites[0] as string, connective)
      const swap = reordered(context, hit, connective)
      const split = standAlone(context, hit, connective)
      const joined = {text: replacement, range: connective, message: `Replace “${context.text.slice(...connective).trim()}” with “${replacement.trim() || '，'}” so the positive part stands`}
      context.report({
        range: connective,
        message: hit.entry.message,
        suggestions: [
          ...(split ? [split, joined] : [joined]),
          ...(swap ? [{...swap, message: 'Give the difficult part first and end on the positive'}] : []),
        ],
      })
    }
  },
})
