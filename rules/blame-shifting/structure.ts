// Blame found by structure rather than by a listed wording: a third party or
// the customer as the subject of a fault predicate in one clause ("the courier
// messed up again", 外送员常常送错, 您下单时没看清楚规格), and the deflection
// markers around it ("not us", "again", 跟我们没关系) that turn an explanation
// of the cause into an excuse. The words are the `classes` of the phrase data.
import type {CompiledPhrases} from '../../src/phrases/compile.js'
import {escapeRegExp} from '../../src/phrases/compile.js'
import type {Range, Sentence} from '../../src/types.js'
import {someMatch} from '../../src/text/matches.js'

export interface StructuralBlame {
  range: Range
  /** Who is made the culprit. */
  who: 'party' | 'customer'
  /** Which kind of wording it is, as the phrase data's entry ids name them. */
  kind: 'habit' | 'fault' | 'slip' | 'end' | 'entered' | 'didnt-read' | 'misremember'
  /** The sentence also distances us from the fault or calls it a habit. */
  deflected: boolean
}

interface Compiled {
  /**
   * An English predicate of some class somewhere in the reply as written:
   * without one no English structure can match, and an English reply's
   * sentences are never split for it.
   */
  trigger: RegExp | undefined
  en?: {party: RegExp; ourParty: RegExp; onParty: RegExp; causeParty: RegExp; customer: RegExp; deflection: RegExp; habit: RegExp}
  zh?: {party: RegExp; partyDelay: RegExp; partyEnd: RegExp; customer: RegExp; deflection: RegExp; habit: RegExp}
}

const words = (list: readonly string[] | undefined) =>
  [...(list ?? [])].sort((a, b) => b.length - a.length).map(w => escapeRegExp(w.trim()).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"))

// A subject owned by us ("our warehouse") owns the slip; a word of negation or
// a guess between subject and predicate denies or softens it.
const EN_GAP = String.raw`(?:\s+(?!(?:and|but|so|or|we|I|you|not|never|didn't|did\s+not|don't|doesn't|won't|wasn't|isn't|may|might|could|possibly|perhaps|maybe|if)\b)[\p{L}'’-]+){0,3}?`
// What follows the verb can undo the slip: "lost no time", "broke the payment into two parts".
const EN_NOT_A_SLIP = /^\s+(?:no|none|nothing|track|interest|touch|sight)\b|^[^,;.!?]*\binto\b/i
const EN_HABIT = /\b(?:again|as\s+usual|as\s+always|always|every\s+time|all\s+the\s+time|keeps?|constantly|often|typical)\b/i
const ZH_HABIT = /又|常常|经常|老是|总是|每次都|天天/

function compile(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}): Compiled {
  const out: Compiled = {trigger: undefined}
  const predicates: string[] = []
  // A predicate word counts only after a space (the structures below put
  // \s+ before it), so at a word's start: the leading \b lets the search
  // pass every other position at once.
  const predicateWords = ['fault-predicate', 'customer-predicate'].flatMap(name => words(phrases.en?.classes[name]))
  if (predicateWords.length) predicates.push(String.raw`\b(?:${predicateWords.join('|')})`)
  // "That's on the courier": the verdict shape has no predicate word of its own.
  predicates.push(String.raw`\b(?:because\s+of|due\s+to|thanks\s+to|caused\s+by|down\s+to)\s`)
  predicates.push(String.raw`\bon\s+(?:the\s+|your\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:[,;.!?—–]|$)`)
  if (predicates.length) out.trigger = new RegExp(predicates.join('|'), 'iu')
  const en = phrases.en?.classes
  if (en?.['third-party']) {
    const party = words(en['third-party']).join('|')
    const fault = words(en['fault-predicate']).join('|')
    out.en = {
      party: new RegExp(
        // \b before the look-behind, which is costly to try at every position.
        String.raw`\b(?<!\b(?:our|my|we|us)\s+(?:[\p{L}-]+\s+)?)(?:(?:the|your|their|that|those|this)\s+(?:[\p{L}-]+\s+)?)?(?:${party})${EN_GAP}\s+(?:(?:really|totally|completely|just|must\s+have|obviously|clearly|somehow)\s+)?(?:${fault})\b`,
        'giu',
      ),
      // "Our payment provider made an error. It's out of our hands.": a partner
      // we call ours is still pushed away when the reply disowns the slip.
      ourParty: new RegExp(
        String.raw`\b(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:${party})${EN_GAP}\s+(?:(?:really|totally|completely|just|must\s+have|obviously|clearly|somehow)\s+)?(?:${fault})\b`,
        'giu',
      ),
      // "It's down to the courier, not us": a cause named to disown the problem.
      causeParty: new RegExp(
        String.raw`\b(?:because\s+of|due\s+to|thanks\s+to|caused\s+by|down\s+to)\s+(?:the\s+|your\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:${party})\b`,
        'giu',
      ),
      onParty: new RegExp(
        String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+one's|this\s+one's|the\s+(?:delay|problem|issue|mistake|error|mix-?up)\s+(?:is|was))\s+(?:all\s+|entirely\s+|squarely\s+|totally\s+)?on\s+(?:(?:the\s+|your\s+)?(?!they\b|system\b)(?:${party})|him|her)(?=\s*(?:[,;.!?—–]|$|,?\s+not\b))`,
        'giu',
      ),
      customer: new RegExp(
        String.raw`\b(?:you|u)(?:'ve|\s+have)?\s+(?:(?:must\s+have|obviously|clearly|evidently|simply|just)\s+)*(?:${words(en['customer-predicate']).join('|')})\b(?!\s+(?:out|in|up|back)\b|\s+(?:anything|it)\s+wrong\b)`,
        'giu',
      ),
      deflection: new RegExp(String.raw`\b(?:${words(en.deflection).join('|')})\b`, 'iu'),
      habit: EN_HABIT,
    }
  }
  const zh = phrases.zh?.classes
  if (zh?.['third-party']) {
    const party = words(zh['third-party']).join('|')
    // Between subject and predicate: a few characters of the same clause, none of them ours or the customer's.
    // Nor a reporting verb: in 快递员说地址写错了 the courier reports the slip, it is not its subject.
    const gap = '(?:[把给][您你]的?|(?![我您你们不没别说称]|显示|反馈|表示|告知|通知)\\p{Script=Han}){0,6}?'
    out.zh = {
      party: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['fault-predicate']).join('|')})`, 'gu'),
      partyDelay: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['delay-predicate']).join('|')})`, 'gu'),
      partyEnd: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['fault-end']).join('|')})(?=[啊吧呀啦哦呢]*(?:[，。！？,.!?；;～~\\s]|$))`, 'gu'),
      customer: new RegExp(`(?<![让使令给怕免止])(?:您|你)(?![的们好])(?:(?![我您你们不别勿])\\p{Script=Han}){0,8}?(?:${words(zh['customer-predicate']).join('|')})(?![^，。！？,.!?]{0,3}?(?:没关系|不要紧|没事|不碍事))`, 'gu'),
      deflection: new RegExp(words(zh.deflection).join('|'), 'u'),
      habit: ZH_HABIT,
    }
  }
  return out
}

const cache = new WeakMap<object, Compiled>()

function compiledFor(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}): Compiled {
  let compiled = cache.get(phrases)
  if (!compiled) cache.set(phrases, (compiled = compile(phrases)))
  return compiled
}

/** Whether an English reply, as written, holds any predicate a structure needs. */
export function mayHoldEnglishBlame(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, text: string): boolean {
  const {trigger} = compiledFor(phrases)
  return trigger !== undefined && trigger.test(text)
}

/** Whether a sentence distances us from a fault or calls it a habit ("not us", "again", 又, 跟我们没关系). */
export function isDeflected(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, sentence: Sentence): boolean {
  const c = compiledFor(phrases)[sentence.language === 'en' ? 'en' : 'zh']
  return c ? c.deflection.test(sentence.normalized) : false
}

/**
 * The blames in a sentence that a structure, not a listed phrase, finds.
 * someMatch rather than matchAll: this runs on every sentence of a reply
 * that may hold blame, and matchAll copies each pattern on every call.
 */
export function structuralBlames(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, sentence: Sentence, next?: Sentence): StructuralBlame[] {
  const compiled = compiledFor(phrases)
  const text = sentence.normalized
  const found: StructuralBlame[] = []
  const at = (m: RegExpMatchArray): Range => [sentence.start + m.index!, sentence.start + m.index! + m[0].length]
  if (sentence.language === 'en') {
    const c = compiled.en
    if (!c) return found
    const deflected = c.deflection.test(text)
    const habit = c.habit.test(text)
    someMatch(c.party, text, m => {
      if (!EN_NOT_A_SLIP.test(text.slice(m.index + m[0].length))) found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected})
    })
    if (deflected || (next && c.deflection.test(next.normalized)))
      someMatch(c.ourParty, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected: true}))
    if (deflected) someMatch(c.causeParty, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected}))
    someMatch(c.onParty, text, m => void found.push({range: at(m), who: 'party', kind: 'end', deflected: true}))
    someMatch(c.customer, text, m => void found.push({range: at(m), who: 'customer', kind: /read|check|look|misread|overlooked|ignored/i.test(m[0]) ? 'didnt-read' : 'entered', deflected}))
    return found
  }
  const c = compiled.zh
  if (!c) return found
  const deflected = c.deflection.test(text)
  const habit = c.habit.test(text)
  someMatch(c.party, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected}))
  if (deflected) someMatch(c.partyDelay, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected}))
  someMatch(c.partyEnd, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected: true}))
  someMatch(c.customer, text, m => void found.push({range: at(m), who: 'customer', kind: /记错/.test(m[0]) ? 'misremember' : /看/.test(m[0]) ? 'didnt-read' : 'entered', deflected}))
  return found
}
