// Finds the person references of a reply: first-person-singular words
// ("I", "my", 我) and words for the customer or the team ("you", "we", 您, 我们).
// English is counted on word tokens, so "iPhone" holds no "I" and "I'm"
// counts once; quotes of the customer, code and links are not the agent speaking.
import type {RuleContext} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import type {Token} from '../../src/text/tokens.js'
import {EN_OTHER, EN_SINGULAR, ZH_OTHER, ZH_SINGULAR, isPageName} from './pronouns.js'

export interface Reference {
  person: 'singular' | 'other'
  start: number
  end: number
  /** The word as written. */
  text: string
  sentence: Sentence
}

const NOT_THE_AGENT = ['quote', 'code', 'url', 'email'] as const

function englishWord(token: Token): string {
  return token.text.replace(/[’‘]/g, "'").toLowerCase()
}

/** Whether an English first-person token is really the pronoun. */
function isPronoun(token: Token, index: number, tokens: Token[], sentence: Sentence): boolean {
  const word = englishWord(token)
  const next = tokens[index + 1]
  const previous = tokens[index - 1]
  if (word === 'i') {
    // "i" in chat is the pronoun, but "(i)" numbers a list and "i.e." abbreviates.
    if (token.text === 'i' && (previous?.text === '(' || next?.text === ')' || (next?.text === '.' && tokens[index + 2]?.text.startsWith('e')))) return false
    return true
  }
  // "Go to My Orders": a capitalised "My" inside a sentence names a page or button.
  if ((word === 'my' || word === 'me') && token.text[0] === token.text[0]!.toUpperCase() && token.start > sentence.start) {
    const following = tokens.slice(index + 1).find(t => t.kind === 'word')
    if (following && /^\p{Lu}/u.test(following.text)) return false
  }
  return true
}

function englishReferences(context: RuleContext, sentence: Sentence): Reference[] {
  const refs: Reference[] = []
  const tokens = context.tokens(sentence)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const word = englishWord(token)
    // "US" in capitals is the country, not "us".
    if (word === 'us' && token.text === 'US') continue
    // Most words are no person reference: only a reference is looked up among the protected spans.
    const singular = Object.hasOwn(EN_SINGULAR, word)
    if (!singular && !EN_OTHER.has(word)) continue
    if (context.isProtected(token.start, token.end, NOT_THE_AGENT)) continue
    if (singular && isPronoun(token, index, tokens, sentence))
      refs.push({person: 'singular', start: token.start, end: token.end, text: token.text, sentence})
    else if (EN_OTHER.has(word)) refs.push({person: 'other', start: token.start, end: token.end, text: token.text, sentence})
  }
  return refs
}

function chineseReferences(context: RuleContext, sentence: Sentence): Reference[] {
  const refs: Reference[] = []
  for (const [person, pattern] of [['singular', ZH_SINGULAR], ['other', ZH_OTHER]] as const) {
    pattern.lastIndex = 0
    for (const m of sentence.normalized.matchAll(pattern)) {
      const start = sentence.start + m.index!
      const end = start + m[0].length
      if (context.isProtected(start, end, NOT_THE_AGENT)) continue
      if (person === 'singular' && isPageName(sentence.normalized, m.index!)) continue
      refs.push({person, start, end, text: context.text.slice(start, end), sentence})
    }
  }
  return refs.sort((a, b) => a.start - b.start)
}

/** Every person reference of the reply, in order. */
export function personReferences(context: RuleContext): Reference[] {
  return context.sentences.flatMap(s => (s.language === 'en' ? englishReferences(context, s) : chineseReferences(context, s)))
}
