// What the engine learns about one reply before any rule runs: sentences and
// their languages, the normalized text used for matching, protected spans.
// Everything past the normalized text is computed on first use: most replies
// are clean, their phrase rules find no anchor (see phrases/compile.ts), and
// then nothing ever asks for their sentences.
import type {Language, LanguageFamily, Sentence} from './types.js'
import {splitSentences} from './text/sentences.js'
import {assignLanguages} from './text/language.js'
import {hasHan, toSimplified} from './text/chinese.js'
import {findProtectedSpans, ProtectedIndex, type ProtectedSpan} from './text/protected.js'
import {chineseSegments, chineseTokenAt, chineseTokens, englishTokens, type Token} from './text/tokens.js'

export interface AnalysedReply {
  text: string
  /** Same length as `text`: apostrophes straightened, Chinese in Simplified. */
  normalized: string
  readonly sentences: Sentence[]
  readonly protectedSpans: ProtectedSpan[]
  readonly protectedIndex: ProtectedIndex
  /** The languages of the sentences, in order of first use; shared between replies, never changed. */
  readonly languages: ReadonlySet<Language>
  /**
   * The language families of the sentences. One shared set per combination,
   * never changed: callers may key caches by it.
   */
  readonly families: ReadonlySet<LanguageFamily>
  speaker?: string
  tokens(sentence: Sentence): Token[]
  /** The token of tokens(sentence) that holds `offset`, found without building the others where possible. */
  tokenAt(sentence: Sentence, offset: number): Token | undefined
  sentenceAt(offset: number): Sentence | undefined
}

// Constants rather than properties of one object: a property read needs
// type feedback, and mixed-language replies are rare enough that code
// optimised before the first one met it without any, and was thrown away.
const NO_FAMILY = new Set<LanguageFamily>()
const ENGLISH_FAMILY = new Set<LanguageFamily>(['en'])
const CHINESE_FAMILY = new Set<LanguageFamily>(['zh'])
const BOTH_FAMILIES = new Set<LanguageFamily>(['en', 'zh'])

/**
 * One shared set per combination of languages in order of first use
 * (context.report takes the first): replies are many, combinations few.
 */
const LANGUAGE_CODES: Record<Language, number> = {en: 1, 'zh-Hans': 2, 'zh-Hant': 3}
const languageSets = new Map<number, ReadonlySet<Language>>()

function languageSetOf(languages: readonly Language[]): ReadonlySet<Language> {
  let key = 0
  let seen = 0
  for (const language of languages) {
    const code = LANGUAGE_CODES[language]
    if (seen & (1 << code)) continue
    seen |= 1 << code
    key = key * 4 + code
  }
  let set = languageSets.get(key)
  if (!set) languageSets.set(key, (set = new Set(languages)))
  return set
}

const CURLY_APOSTROPHES = /[’‘´]/g
const NOT_SPACE = /\S/

class Analysis implements AnalysedReply {
  readonly normalized: string
  private sentenceList?: Sentence[]
  private languageSet?: ReadonlySet<Language>
  private familySet?: ReadonlySet<LanguageFamily>
  private spans?: ProtectedSpan[]
  private index?: ProtectedIndex
  // Made on first use: most replies are never asked for tokens.
  private tokenCache?: Map<number, Token[]>
  /** Chinese sentences' segmentations, kept for tokenAt (the segmenter caches its word boundaries in them). */
  private segmentsCache?: Map<number, Intl.Segments>

  constructor(
    readonly text: string,
    private readonly hint: Language | undefined,
    readonly speaker: string | undefined,
    /** Whether the text holds Han characters (the caller knows already). */
    private readonly han: boolean,
  ) {
    CURLY_APOSTROPHES.lastIndex = 0
    const straight = CURLY_APOSTROPHES.test(text) ? text.replace(CURLY_APOSTROPHES, "'") : text
    this.normalized = han ? toSimplified(straight) : straight
  }

  get sentences(): Sentence[] {
    if (this.sentenceList) return this.sentenceList
    const {text, normalized} = this
    // Each sentence's text is sliced once: languages are assigned on the
    // sentences themselves. When normalizing changed nothing (most replies),
    // a sentence's normalized text is its text, the same string: no second
    // slice, and telling the script compares them at once.
    const unchanged = normalized === text
    // A loop and push, not map: optimised code's map makes holey arrays, the
    // interpreter's packed ones, and every reader of the sentences that had
    // met only one kind would be thrown away and compiled again.
    const sentences: Sentence[] = []
    for (const s of splitSentences(text)) {
      const own = text.slice(s.start, s.end)
      sentences.push({index: sentences.length, text: own, start: s.start, end: s.end, language: 'en', normalized: unchanged ? own : normalized.slice(s.start, s.end)})
    }
    const languages = assignLanguages(sentences, this.hint)
    for (const s of sentences) s.language = languages[s.index]!
    this.languageSet = languageSetOf(languages)
    return (this.sentenceList = sentences)
  }

  /**
   * The languages of the sentences. Text without Han characters and without
   * a Chinese hint is English throughout (every sentence either has Latin
   * letters or follows the reply, which is English), so it is known without
   * splitting sentences.
   */
  get languages(): ReadonlySet<Language> {
    if (this.languageSet) return this.languageSet
    if (!this.han && (this.hint === undefined || this.hint === 'en')) return (this.languageSet = languageSetOf(NOT_SPACE.test(this.text) ? ['en'] : []))
    void this.sentences
    return this.languageSet!
  }

  get families(): ReadonlySet<LanguageFamily> {
    if (this.familySet) return this.familySet
    let en = false
    let zh = false
    for (const language of this.languages) {
      if (language === 'en') en = true
      else zh = true
    }
    return (this.familySet = en ? (zh ? BOTH_FAMILIES : ENGLISH_FAMILY) : zh ? CHINESE_FAMILY : NO_FAMILY)
  }

  get protectedSpans(): ProtectedSpan[] {
    return (this.spans ??= findProtectedSpans(this.text))
  }

  get protectedIndex(): ProtectedIndex {
    return (this.index ??= new ProtectedIndex(this.protectedSpans))
  }

  sentenceAt(offset: number): Sentence | undefined {
    const sentences = this.sentences
    // Half-open bounds, and the step right worked out before the tests:
    // every search then runs all the arithmetic, so code optimised before an
    // offset first sent the search left or right (few replies do, early on)
    // has type feedback for it and is not thrown away.
    let lo = 0
    let hi = sentences.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const right = mid + 1
      const s = sentences[mid]!
      if (offset < s.start) hi = mid
      else if (offset >= s.end) lo = right
      else return s
    }
    return undefined
  }

  tokens(sentence: Sentence): Token[] {
    this.tokenCache ??= new Map()
    let cached = this.tokenCache.get(sentence.index)
    if (!cached) {
      cached = sentence.language === 'en' ? englishTokens(sentence) : chineseTokens(sentence, this.segmentsCache?.get(sentence.index))
      this.tokenCache.set(sentence.index, cached)
    }
    return cached
  }

  tokenAt(sentence: Sentence, offset: number): Token | undefined {
    if (offset < sentence.start || offset >= sentence.end) return undefined
    const all = this.tokenCache?.get(sentence.index)
    if (all || sentence.language === 'en') return (all ?? this.tokens(sentence)).find(t => t.start <= offset && offset < t.end)
    this.segmentsCache ??= new Map()
    let segments = this.segmentsCache.get(sentence.index)
    if (!segments) this.segmentsCache.set(sentence.index, (segments = chineseSegments(sentence)))
    return chineseTokenAt(sentence, offset, segments)
  }
}

/**
 * Needs the Simplified converter loaded when the text holds Han characters.
 * `han` saves a second scan when the caller has already looked.
 */
export function analyseReply(text: string, options: {speaker?: string; language?: Language} = {}, han = hasHan(text)): AnalysedReply {
  return new Analysis(text, options.language, options.speaker, han)
}
