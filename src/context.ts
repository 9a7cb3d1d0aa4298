// The rule context: what a rule sees of a reply and how it reports.
import type {Language, LanguageFamily, Range, ReportDescriptor, Rule, Sentence, Severity} from './types.js'
import type {AnalysedReply} from './analysis.js'
import {phraseMatches, type CompiledEntry, type CompiledPhrases, type EntryMatch} from './phrases/compile.js'
import type {PhraseSet} from './phrases/load.js'
import type {ProtectedKind} from './text/protected.js'
import type {Token} from './text/tokens.js'
import {toTraditional} from './text/chinese.js'
import {getSpeller, type Speller} from './spelling.js'
import {adaptCase} from './text/case.js'
import {clauseAround} from './text/clauses.js'
import {someMatch} from './text/matches.js'
import type {Rewrite} from './phrases/format.js'

export interface PhraseHit {
  entry: CompiledEntry
  range: Range
  actual: string
  sentence: Sentence
  /** Named groups of the entry's pattern. */
  groups: Record<string, string>
}

/** A report as the engine receives it, before positions and severity. */
export interface RawReport {
  ruleId: string
  severity: Severity
  range: Range
  /** The language of the sentence where the finding starts. */
  language: Language
  message: string
  suggestions: Array<{text: string; range: Range; message: string; placeholder: boolean}>
  fix?: {text: string; range: Range}
}

export interface MatchOptions {
  /** Also return matches inside these protected kinds (quotes, URLs, ...). */
  include?: ProtectedKind[]
  /** Only match in these sentences. */
  sentences?: Sentence[]
}

const PROTECTED_KINDS: ProtectedKind[] = ['url', 'email', 'code', 'quote', 'identifier', 'handle']

export function familyOf(language: Language): LanguageFamily {
  return language === 'en' ? 'en' : 'zh'
}

export class RuleContext {
  constructor(
    private reply: AnalysedReply,
    private readonly rule: Rule,
    readonly severity: Severity,
    readonly options: Record<string, unknown>,
    private readonly sink: (report: RawReport) => void,
  ) {}

  /**
   * @internal The engine keeps one context per rule and points it at each
   * reply in turn, before the rule's check; a rule must not keep its context
   * past the check.
   */
  moveTo(reply: AnalysedReply): void {
    this.reply = reply
  }

  get id(): string {
    return this.rule.id
  }

  /** The reply as written. */
  get text(): string {
    return this.reply.text
  }

  /** The reply with Traditional Chinese written as Simplified, offset for offset: what phrase data is matched against. */
  get normalized(): string {
    return this.reply.normalized
  }

  get sentences(): readonly Sentence[] {
    return this.reply.sentences
  }

  /** The speaker of the reply, when the source knows it. */
  get speaker(): string | undefined {
    return this.reply.speaker
  }

  /**
   * The language families of the reply's sentences ('en', 'zh'): a rule
   * skips a reply in none it speaks without reading it.
   */
  get families(): ReadonlySet<LanguageFamily> {
    return this.reply.families
  }

  sentenceAt(offset: number): Sentence | undefined {
    return this.reply.sentenceAt(offset)
  }

  /** Words, punctuation and spaces of a sentence (NLCST for English, Intl.Segmenter for Chinese). */
  tokens(sentence: Sentence): Token[] {
    return this.reply.tokens(sentence)
  }

  /**
   * The token of tokens(sentence) that holds reply offset `offset`, or
   * undefined outside the sentence. For Chinese only the words around the
   * offset are segmented, which is much cheaper than the whole sentence.
   */
  tokenAt(sentence: Sentence, offset: number): Token | undefined {
    return this.reply.tokenAt(sentence, offset)
  }

  /** The Hunspell speller, or undefined when it is not available (declare needs: ['spelling']). */
  get speller(): Speller | undefined {
    return getSpeller()
  }

  isProtected(start: number, end: number, kinds?: readonly ProtectedKind[]): boolean {
    return this.reply.protectedIndex.overlaps(start, end, kinds)
  }

  /**
   * Matches phrase data against the reply, sentence by sentence in the
   * data's language, leaving out exceptions and protected text.
   */
  match(phrases: PhraseSet | CompiledPhrases, options: MatchOptions = {}): PhraseHit[] {
    // The whole reply's hits of a set are the same for every rule and call
    // (several rules read the refusal and reason phrases, some once per
    // finding): found once per reply, each caller gets its own array.
    const whole = options.sentences === undefined && options.include === undefined
    if (whole) {
      const known = wholeReplyHits.get(this.reply)?.get(phrases)
      if (known) return known.slice()
    }
    const hits: PhraseHit[] = []
    // Called by most rules for every reply: no array of the sets, no spread of their matches.
    if ('entries' in phrases) this.matchSet(phrases as CompiledPhrases, options, hits)
    else for (const family in phrases) this.matchSet(phrases[family as LanguageFamily]!, options, hits)
    if (hits.length > 1) hits.sort((a, b) => a.range[0] - b.range[0])
    if (whole) {
      let memo = wholeReplyHits.get(this.reply)
      if (!memo) wholeReplyHits.set(this.reply, (memo = new Map()))
      memo.set(phrases, hits.slice())
    }
    return hits
  }

  private matchSet(set: CompiledPhrases, options: MatchOptions, hits: PhraseHit[]): void {
    // Only sentences in the set's language can match (and an English-only
    // reply knows that without splitting sentences).
    if (!this.reply.families.has(set.language)) return
    // The anchor scan first: in most replies it finds nothing, and then the
    // reply's sentences are never needed (the analysis is lazy).
    const caseInsensitive = phraseMatches(set, false, this.reply.normalized)
    const caseSensitive = phraseMatches(set, true, this.reply.normalized)
    if (caseInsensitive.length) this.collect(set, caseInsensitive, options, hits)
    if (caseSensitive.length) this.collect(set, caseSensitive, options, hits)
  }

  private collect(set: CompiledPhrases, found: readonly EntryMatch[], options: MatchOptions, hits: PhraseHit[]): void {
    const {text} = this.reply
    const wanted = options.sentences ? new Set(options.sentences.map(s => s.index)) : undefined
    const allowedKinds = options.include
    const kinds = allowedKinds?.length ? PROTECTED_KINDS.filter(k => !allowedKinds.includes(k)) : PROTECTED_KINDS
    // Asked for some sentences only (a rule that matches sentence by
    // sentence), only the matches inside them are read: reading all of a
    // long reply's matches for each of its sentences made it quadratic.
    let from = 0
    let to = found.length
    if (options.sentences) {
      if (!options.sentences.length) return
      found = byStart(found)
      let lo = Infinity
      let hi = -Infinity
      for (const s of options.sentences) {
        if (s.start < lo) lo = s.start
        if (s.end > hi) hi = s.end
      }
      from = firstAtOrAfter(found, lo)
      to = firstAtOrAfter(found, hi)
    }
    for (let i = from; i < to; i++) {
      const m = found[i]!
      const start = m.index
      const end = start + m.text.length
      if (end === start) continue
      const sentence = this.reply.sentenceAt(start)
      if (!sentence || end > sentence.end || familyOf(sentence.language) !== set.language) continue
      if (wanted && !wanted.has(sentence.index)) continue
      if (this.isProtected(start, end, kinds)) continue
      const entry = set.entries[m.entry]
      if (!entry || this.isException(entry, sentence, start, end)) continue
      const own: Record<string, string> = {}
      // for-in rather than Object.entries: no array of pairs per hit (match
      // groups are plain objects with no inherited enumerable keys).
      const groups = m.groups
      if (groups) for (const k in groups) if (groups[k] !== undefined) own[k] = groups[k]!
      hits.push({entry, range: [start, end], actual: text.slice(start, end), sentence, groups: own})
    }
  }

  private isException(entry: CompiledEntry, sentence: Sentence, start: number, end: number): boolean {
    if (!entry.exception) return false
    return someMatch(entry.exception, sentence.normalized, m => {
      const s = sentence.start + m.index
      return s < end && s + m[0].length > start
    })
  }

  /**
   * Makes a rewrite fit where it goes: named groups filled in, letter case
   * following the replaced text, Traditional script in a Traditional sentence.
   */
  rewrite(text: string, range: Range, groups: Record<string, string> = {}): string {
    // Most rewrites name no group: no regex replace for them.
    let out = text.includes('$<') ? text.replace(/\$<(\w+)>/g, (_, name: string) => groups[name] ?? '') : text
    const sentence = this.reply.sentenceAt(range[0])
    const language = sentence?.language ?? 'en'
    if (language === 'en') out = adaptCase(out, this.text.slice(range[0], range[1]), sentence ? range[0] === sentence.start : false)
    else if (language === 'zh-Hant') out = toTraditional(out)
    return out
  }

  report(descriptor: ReportDescriptor): void {
    const [start, end] = descriptor.range
    if (!(start >= 0 && end <= this.text.length && start < end))
      throw new Error(`Rule ${this.rule.id} reported an invalid range [${start}, ${end}] in a text of ${this.text.length} characters`)
    if (!descriptor.suggestions.length) throw new Error(`Rule ${this.rule.id} reported a finding without a rewrite`)
    if (descriptor.fix !== undefined && !this.rule.meta.fixable)
      throw new Error(`Rule ${this.rule.id} offered a fix but its meta does not declare fixable: true`)
    // A loop and push rather than map, and a fix built here whatever shape
    // the rule gave it: the engine reads every report at the same places,
    // and arrays of two element kinds (optimised code's map makes holey ones)
    // or objects of several shapes there get its code thrown away and
    // compiled again.
    const suggestions: RawReport['suggestions'] = []
    for (const s of descriptor.suggestions) {
      const range = typeof s === 'string' ? descriptor.range : (s.range ?? descriptor.range)
      const text = typeof s === 'string' ? s : s.text
      suggestions.push({
        range,
        text,
        message: (typeof s === 'string' ? undefined : s.message) ?? `Replace with “${text}”`,
        placeholder: typeof s !== 'string' && s.placeholder === true,
      })
    }
    const given = descriptor.fix
    const fix = given === undefined ? undefined : typeof given === 'string' ? {text: given, range: descriptor.range} : {text: given.text, range: given.range}
    const language = this.reply.sentenceAt(start)?.language ?? [...this.reply.languages][0] ?? 'en'
    // Messages are written once, in Simplified; a Traditional reader gets Traditional.
    const message = language === 'zh-Hant' ? toTraditional(descriptor.message) : descriptor.message
    this.sink({ruleId: this.rule.id, severity: this.severity, range: [start, end], language, message, suggestions, fix})
  }

  /** Resolves a phrase entry's rewrite into replacement text and range. */
  resolveRewrite(rewrite: Rewrite, hit: PhraseHit): {text: string; range: Range; message?: string} {
    if (typeof rewrite === 'string') return {text: this.rewrite(rewrite, hit.range, hit.groups), range: hit.range, message: undefined}
    const range: Range =
      'clause' in rewrite ? clauseAround(hit.sentence, hit.range[0], hit.range[1]) : [hit.sentence.start, hit.sentence.end]
    const text = 'clause' in rewrite ? rewrite.clause : rewrite.sentence
    return {text: this.rewrite(text, range, hit.groups), range, message: rewrite.message}
  }

  /** Reports a phrase hit with its entry's message and rewrites. */
  reportHit(hit: PhraseHit, overrides: Partial<ReportDescriptor> = {}): void {
    // A loop and push rather than map: see report.
    const rewrites: Array<{text: string; range: Range; message?: string}> = []
    for (const r of hit.entry.rewrites) rewrites.push(this.resolveRewrite(r, hit))
    const first = rewrites[0]!
    this.report({
      range: hit.range,
      message: hit.entry.message,
      suggestions: rewrites,
      fix: hit.entry.fix && this.rule.meta.fixable ? {text: first.text, range: first.range} : undefined,
      ...overrides,
    })
  }
}

/** The matches in order of where they start, sorted once per array (a scan's matches usually already are). */
const sortedMatches = new WeakMap<readonly EntryMatch[], readonly EntryMatch[]>()
function byStart(found: readonly EntryMatch[]): readonly EntryMatch[] {
  let sorted = sortedMatches.get(found)
  if (!sorted) {
    let inOrder = true
    for (let i = 1; i < found.length && inOrder; i++) inOrder = found[i - 1]!.index <= found[i]!.index
    sorted = inOrder ? found : [...found].sort((a, b) => a.index - b.index)
    sortedMatches.set(found, sorted)
  }
  return sorted
}

/** The index of the first match starting at or after `offset`. */
function firstAtOrAfter(found: readonly EntryMatch[], offset: number): number {
  let lo = 0
  let hi = found.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (found[mid]!.index < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Each reply's hits of whole-reply matches, by phrase set (see RuleContext.match). */
const wholeReplyHits = new WeakMap<object, Map<PhraseSet | CompiledPhrases, PhraseHit[]>>()
