// What the engine learns about one reply before any rule runs: sentences and
// their languages, the normalized text used for matching, protected spans.
import type {Language, Sentence} from './types.js'
import {splitSentences} from './text/sentences.js'
import {assignLanguages} from './text/language.js'
import {hasHan, toSimplified} from './text/chinese.js'
import {findProtectedSpans, ProtectedIndex, type ProtectedSpan} from './text/protected.js'
import {chineseTokens, englishTokens, type Token} from './text/tokens.js'

export interface AnalysedReply {
  text: string
  /** Same length as `text`: apostrophes straightened, Chinese in Simplified. */
  normalized: string
  sentences: Sentence[]
  protectedSpans: ProtectedSpan[]
  protectedIndex: ProtectedIndex
  languages: Set<Language>
  speaker?: string
  tokens(sentence: Sentence): Token[]
  sentenceAt(offset: number): Sentence | undefined
}

/** Needs the Simplified converter loaded when the text holds Han characters. */
export function analyseReply(text: string, options: {speaker?: string; language?: Language} = {}): AnalysedReply {
  let normalized = text.replace(/[’‘´]/g, "'")
  if (hasHan(normalized)) normalized = toSimplified(normalized)
  const spans = splitSentences(text)
  const languages = assignLanguages(
    spans.map(s => ({text: text.slice(s.start, s.end), normalized: normalized.slice(s.start, s.end)})),
    options.language,
  )
  const sentences: Sentence[] = spans.map((s, index) => ({
    index,
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    language: languages[index]!,
    normalized: normalized.slice(s.start, s.end),
  }))
  const protectedSpans = findProtectedSpans(text)
  const tokenCache = new Map<number, Token[]>()
  const sentenceAt = (offset: number): Sentence | undefined => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = sentences[mid]!
      if (offset < s.start) hi = mid - 1
      else if (offset >= s.end) lo = mid + 1
      else return s
    }
    return undefined
  }
  return {
    text,
    normalized,
    sentences,
    protectedSpans,
    protectedIndex: new ProtectedIndex(protectedSpans),
    languages: new Set(languages),
    speaker: options.speaker,
    sentenceAt,
    tokens(sentence) {
      let cached = tokenCache.get(sentence.index)
      if (!cached) {
        cached = sentence.language === 'en' ? englishTokens(sentence) : chineseTokens(sentence)
        tokenCache.set(sentence.index, cached)
      }
      return cached
    },
  }
}
