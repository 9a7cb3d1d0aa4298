// Turns phrase data into regular expressions: literal phrases become
// word-bounded, whitespace-tolerant patterns; /regex/ sources are used as written.
import type {LanguageFamily} from '../types.js'
import type {PatternSource, PhraseEntry, PhraseFile} from './format.js'
import {PhraseFormatError} from './format.js'
import {lookbehindLast, requiredClauses, topLevelAlternatives} from './anchors.js'
import {metAlternatives, newOwner, registerAlternative} from './literals.js'

export interface CompiledEntry extends PhraseEntry {
  language: LanguageFamily
  /** Source of the entry's own pattern, without its group wrapper. */
  source: string
  exception: RegExp | undefined
}

export interface CompiledPhrases {
  language: LanguageFamily
  entries: CompiledEntry[]
  /** The file's word classes, as written (see PhraseFile.classes). */
  classes: Record<string, string[]>
  /**
   * The anchor analysis of the set's two alternations (case-insensitive
   * entries, case-sensitive ones): shipped by the build for the built-in
   * rules, made on first use for others. `null`: the alternation has no
   * usable anchors and always runs in full.
   */
  plans: {all: AnchorPlan | null; caseSensitive: AnchorPlan | null} | undefined
  /** Built from the plans when a text is first matched (see phraseMatches). */
  anchors: {all?: AnchorIndex; caseSensitive?: AnchorIndex} | undefined
  /** The full alternations, built only for a set without anchors. */
  full: {all?: RegExp; caseSensitive?: RegExp} | undefined
}

/**
 * An alternation cut into its alternatives (each pattern of each entry, in
 * order), with what every match of each needs: one literal of each of its
 * clauses (none: always tried). Plain data, so the build can ship it.
 */
export interface AnchorPlan {
  alternatives: Array<{entry: number; source: string; clauses: string[][]}>
}

/**
 * A plan with its literals registered in the literal table (literals.ts):
 * the literals are found in the reply first, in one pass for all sets; an
 * alternative they rule out is never run.
 */
interface AnchorIndex {
  /** This alternation's number in the literal table (literals.ts). */
  owner: number
  alternatives: Alternative[]
  /** Alternatives without a known literal: always tried. */
  always: number[]
  flags: string
  /**
   * The last text matched and what was found: rules that share a phrase
   * set (negative-language and unexplained-refusal share the refusals)
   * ask about the same reply one after the other.
   */
  lastText: string
  /** Undefined until a text is matched. */
  lastMatches: readonly EntryMatch[] | undefined
}

interface Alternative {
  entry: number
  source: string
  /** Compiled on first use, with the alternation's flags. */
  regex: RegExp | undefined
}

/** One match of a phrase set's alternation. */
export interface EntryMatch {
  /** The entry's number in the set. */
  entry: number
  index: number
  text: string
  /** The named groups of the entry's own pattern. */
  groups: Record<string, string | undefined> | undefined
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u024f]/
const HAN = /[\u3400-\u9fff]/

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function isRegexLiteral(s: string): boolean {
  return s.length > 2 && s.startsWith('/') && s.endsWith('/')
}

/**
 * A literal phrase as a pattern. English words get boundaries so "no" does not
 * match "know"; Chinese has no spaces, so only Latin letters or digits at the
 * edges of a Chinese phrase get them ("666" must not match inside "16666").
 */
function literalSource(phrase: string, language: LanguageFamily): string {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map(word => escapeRegExp(word).replace(/'/g, "['’]"))
    .join('\\s+')
  const first = phrase.trim()[0] ?? ''
  const last = phrase.trim().slice(-1)
  const bounded = (ch: string) => (language === 'en' ? LETTER_OR_DIGIT.test(ch) && !HAN.test(ch) : LATIN_OR_DIGIT.test(ch))
  // Spelled out rather than \p{L}: a pattern without the u flag runs an order
  // of magnitude faster in V8, and these ranges cover the Latin, Greek and
  // Cyrillic letters English replies meet.
  const boundary = language === 'en' ? '[A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]' : '[A-Za-z0-9_]'
  const pre = bounded(first) ? `(?<!${boundary})` : ''
  const post = bounded(last) ? `(?!${boundary})` : ''
  return `${pre}${body}${post}`
}

function patternSources(src: PatternSource, language: LanguageFamily): string[] {
  const list = typeof src === 'string' ? [src] : src
  const literals = list.filter(s => !isRegexLiteral(s)).sort((a, b) => b.length - a.length)
  const regexes = list.filter(isRegexLiteral).map(s => s.slice(1, -1))
  return [...regexes, ...literals.map(l => literalSource(l, language))]
}

function compileSource(src: PatternSource, language: LanguageFamily, where: string, path: string): string {
  const source = withoutUnicodeClasses(patternSources(src, language).map(s => `(?:${s})`).join('|'))
  try {
    new RegExp(source, flagsFor(source))
  } catch (error) {
    throw new PhraseFormatError(where, path, `invalid pattern: ${(error as Error).message}`)
  }
  return source
}

/** Whether a source uses what only Unicode mode understands (\p{…}, \u{…}). */
function needsUnicode(source: string): boolean {
  return /\\[pP]\{|\\u\{/.test(source)
}

/**
 * Unicode mode only for patterns that need it: V8 matches case-insensitive
 * non-Unicode patterns about ten times faster.
 */
function flagsFor(source: string, caseSensitive = false): string {
  return `g${caseSensitive ? '' : 'i'}${needsUnicode(source) ? 'u' : ''}`
}

// The Unicode classes phrase patterns use, spelled as BMP ranges, so that a
// pattern written with \p{L} still compiles without the slow u flag.
const CLASS_RANGES: Record<string, string> = {
  L: 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF',
  Letter: '',
  N: '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\u0660-\\u0669\\uFF10-\\uFF19',
  Number: '',
  'Script=Han': '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF',
  Han: '',
}
CLASS_RANGES.Letter = CLASS_RANGES.L!
CLASS_RANGES.Number = CLASS_RANGES.N!
CLASS_RANGES.Han = CLASS_RANGES['Script=Han']!

/**
 * Replaces \p{L}, \p{N} and \p{Han} with explicit ranges (inside or outside
 * a character class). Returns the source unchanged when it uses anything
 * else that needs Unicode mode.
 */
function withoutUnicodeClasses(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (ch === '\\') {
      const m = /^\\p\{([^}]+)\}/.exec(source.slice(i))
      const ranges = m ? CLASS_RANGES[m[1]!] : undefined
      if (m && ranges) {
        out += inClass ? ranges : `[${ranges}]`
        i += m[0].length - 1
        continue
      }
      out += source.slice(i, i + 2)
      i++
      continue
    }
    if (ch === '[' && !inClass) inClass = true
    else if (ch === ']' && inClass) inClass = false
    out += ch
  }
  return needsUnicode(out) ? source : out
}

/** The entries of one alternation: the case-insensitive ones, or the case-sensitive ones. */
function inAlternation(entry: CompiledEntry, caseSensitive: boolean): boolean {
  return Boolean(entry.caseSensitive) === caseSensitive
}

function alternationSource(entries: readonly CompiledEntry[], caseSensitive: boolean): string | undefined {
  const parts = entries.flatMap((e, i) => (inAlternation(e, caseSensitive) ? [`(?<__e${i}>${e.source})`] : []))
  return parts.length ? parts.join('|') : undefined
}

/** A set's alternation as one regex (group `__eN` tells the entry), built on first need. */
function fullAlternation(set: CompiledPhrases, caseSensitive: boolean): RegExp | undefined {
  const key = caseSensitive ? 'caseSensitive' : 'all'
  set.full ??= {}
  if (!(key in set.full)) {
    const source = alternationSource(set.entries, caseSensitive)
    set.full[key] = source === undefined ? undefined : new RegExp(source, flagsFor(source, caseSensitive))
  }
  return set.full[key]
}

/** The anchor analysis of one alternation; null when it cannot be cut into alternatives run on their own. */
export function anchorPlan(entries: readonly CompiledEntry[], caseSensitive: boolean): AnchorPlan | null {
  const own = entries.filter(e => inAlternation(e, caseSensitive))
  if (!own.length) return null
  // Unicode-mode alternations compare by code point and fold case by other
  // rules; such a set is simply always matched in full.
  if (own.some(e => needsUnicode(e.source))) return null
  // A numbered back-reference means another group inside the alternation than on its own.
  if (own.some(e => /\\[1-9]/.test(e.source))) return null
  const alternatives: AnchorPlan['alternatives'] = []
  for (const [i, entry] of entries.entries()) {
    if (!inAlternation(entry, caseSensitive)) continue
    for (const alternative of topLevelAlternatives(entry.source)) alternatives.push({entry: i, source: lookbehindLast(alternative), clauses: requiredClauses(alternative, caseSensitive)})
  }
  return {alternatives}
}

function anchorIndex(plan: AnchorPlan, caseSensitive: boolean): AnchorIndex {
  const owner = newOwner()
  const always: number[] = []
  plan.alternatives.forEach(({clauses}, n) => {
    if (clauses.length) registerAlternative(owner, n, clauses, !caseSensitive)
    else always.push(n)
  })
  // Every field from the start (regex, lastText, lastMatches come later):
  // objects that gain properties change shape under the code reading them.
  const alternatives: Alternative[] = []
  for (const {entry, source} of plan.alternatives) alternatives.push({entry, source, regex: undefined})
  // lastText starts as a string too: comparing it with the text then always compares strings.
  return {owner, alternatives, always, flags: flagsFor('', caseSensitive), lastText: '', lastMatches: undefined}
}

/** The alternatives whose clauses are all met in `text` (or that have none), in order. */
function candidates(index: AnchorIndex, text: string): readonly number[] {
  const met = metAlternatives(index.owner, text)
  if (!index.always.length) return met
  return [...index.always, ...met].sort((a, b) => a - b)
}

/** Matches of the full alternation; the `__eN` group tells the entry. */
function alternationMatches(set: CompiledPhrases, regex: RegExp, text: string): EntryMatch[] {
  const out: EntryMatch[] = []
  regex.lastIndex = 0
  for (const m of text.matchAll(regex)) {
    const groups = m.groups ?? {}
    const entry = set.entries.findIndex((_, i) => groups[`__e${i}`] !== undefined)
    let own: Record<string, string | undefined> | undefined
    for (const k in groups) if (!k.startsWith('__e')) (own ??= {})[k] = groups[k]
    out.push({entry, index: m.index!, text: m[0], groups: own})
  }
  return out
}

/**
 * Matches of some alternatives, each run on its own, merged the way their
 * alternation would find them: from the current position, the leftmost
 * match wins, the earlier alternative on a tie; the next search starts where
 * that match ends (one character on after an empty match). A pending match
 * stays valid while it starts at or after the current position.
 */
function mergedMatches(index: AnchorIndex, chosen: readonly number[], text: string): EntryMatch[] {
  // Loops and push rather than map: optimised code's map makes holey arrays
  // where the interpreter's makes packed ones, and code that met one kind
  // is thrown away when the other turns up.
  const alternatives: Alternative[] = []
  const regexes: RegExp[] = []
  const pending: Array<RegExpExecArray | null> = []
  for (const n of chosen) {
    const a = index.alternatives[n]!
    const r = (a.regex ??= new RegExp(a.source, index.flags))
    r.lastIndex = 0
    alternatives.push(a)
    regexes.push(r)
    pending.push(r.exec(text))
  }
  const out: EntryMatch[] = []
  for (;;) {
    let best = -1
    for (let k = 0; k < pending.length; k++) {
      const m = pending[k]
      if (m && (best < 0 || m.index < pending[best]!.index)) best = k
    }
    if (best < 0) return out
    const m = pending[best]!
    out.push({entry: alternatives[best]!.entry, index: m.index, text: m[0], groups: m.groups})
    const position = m.index + (m[0].length || 1)
    for (let k = 0; k < pending.length; k++) {
      if (!pending[k] || pending[k]!.index >= position) continue
      regexes[k]!.lastIndex = position
      pending[k] = position > text.length ? null : regexes[k]!.exec(text)
    }
  }
}

/**
 * The matches of a set's alternation (its case-insensitive entries, or its
 * case-sensitive ones) in `text`, in order, exactly as running the
 * alternation would find them, but cheaper: entries whose anchors do not
 * occur cannot match and are left out, and in most replies that is every entry.
 */
export function phraseMatches(set: CompiledPhrases, caseSensitive: boolean, text: string): readonly EntryMatch[] {
  const key = caseSensitive ? 'caseSensitive' : 'all'
  if (unregistered.length) registerLoaded()
  // Analysed on first need: a run over English text never analyses the Chinese sets.
  set.plans ??= {all: anchorPlan(set.entries, false), caseSensitive: anchorPlan(set.entries, true)}
  const plan = set.plans[key]
  if (!plan) {
    const full = fullAlternation(set, caseSensitive)
    return full ? alternationMatches(set, full, text) : []
  }
  set.anchors ??= {}
  const index = (set.anchors[key] ??= anchorIndex(plan, caseSensitive))
  if (index.lastText === text && index.lastMatches) return index.lastMatches
  const chosen = candidates(index, text)
  const matches = chosen.length ? mergedMatches(index, chosen, text) : NONE
  index.lastText = text
  index.lastMatches = matches
  return matches
}

const NONE: readonly EntryMatch[] = Object.freeze([])

export function compilePhrases(file: PhraseFile, where: string): CompiledPhrases {
  return phraseSet(file.language, compileEntries(file, where), file.classes)
}

/** A file's entries, each with its pattern and exceptions compiled; errors name the entry's path in the file. */
export function compileEntries(file: PhraseFile, where: string): CompiledEntry[] {
  const shared = file.exceptions ? compileSource(file.exceptions, file.language, where, 'exceptions') : undefined
  return file.entries.map((entry, i): CompiledEntry => {
    const own = entry.exceptions ? compileSource(entry.exceptions, file.language, where, `entries[${i}].exceptions`) : undefined
    const exception = [own, shared].filter(Boolean).join('|')
    const source = compileSource(entry.pattern, file.language, where, `entries[${i}].pattern`)
    return compiledEntry(entry, file.language, source, exception ? new RegExp(exception, flagsFor(exception)) : undefined)
  })
}

/**
 * An entry with every key present, in one order, whichever optional keys
 * its data wrote: rules read entries of every file at the same places, and
 * one shape there keeps that code from being thrown away and compiled again
 * each time an entry of a new shape turns up.
 */
function compiledEntry(entry: PhraseEntry, language: LanguageFamily, source: string, exception: RegExp | undefined): CompiledEntry {
  return {
    id: entry.id,
    pattern: entry.pattern,
    exceptions: entry.exceptions,
    message: entry.message,
    rewrites: entry.rewrites,
    fix: entry.fix,
    caseSensitive: entry.caseSensitive,
    rule: entry.rule,
    note: entry.note,
    language,
    source,
    exception,
  }
}

/** A phrase set of compiled entries (all of a file's, or some of them). */
export function phraseSet(language: LanguageFamily, entries: CompiledEntry[], classes: Record<string, string[]> = {}): CompiledPhrases {
  // Every key from the start, for the same reason as compiledEntry.
  return {language, entries, classes, plans: undefined, anchors: undefined, full: undefined}
}

/**
 * A phrase file as the build ships it: checked, compiled to regex sources,
 * with the anchor analysis done, so that loading it costs no analysis and
 * no regex compilation at start-up.
 */
export interface PrecompiledPhrases {
  format: typeof PRECOMPILED_FORMAT
  language: LanguageFamily
  entries: Array<Omit<CompiledEntry, 'language' | 'exception'> & {exception?: string}>
  plans: NonNullable<CompiledPhrases['plans']>
  classes?: Record<string, string[]>
}

export const PRECOMPILED_FORMAT = 'reply-lint-precompiled-phrases@1'

export function precompilePhrases(file: PhraseFile, where: string): PrecompiledPhrases {
  const entries = compileEntries(file, where)
  return {
    format: PRECOMPILED_FORMAT,
    language: file.language,
    entries: entries.map(({language: _, exception, ...entry}) => ({...entry, ...(exception ? {exception: exception.source} : {})})),
    plans: {all: anchorPlan(entries, false), caseSensitive: anchorPlan(entries, true)},
    ...(file.classes ? {classes: file.classes} : {}),
  }
}

export function isPrecompiled(data: unknown): data is PrecompiledPhrases {
  return Boolean(data && typeof data === 'object' && (data as {format?: unknown}).format === PRECOMPILED_FORMAT)
}

export function fromPrecompiled(data: PrecompiledPhrases): CompiledPhrases {
  const entries = data.entries.map(({exception, ...entry}): CompiledEntry =>
    compiledEntry(entry, data.language, entry.source, exception === undefined ? undefined : new RegExp(exception, flagsFor(exception))),
  )
  const set: CompiledPhrases = {language: data.language, entries, classes: data.classes ?? {}, plans: data.plans, anchors: undefined, full: undefined}
  unregistered.push(set)
  return set
}

/**
 * Loaded sets whose anchors are not registered yet. They are registered
 * together when any set is first matched: a registration after a scan
 * rebuilds the literal scanner, which would happen once per rule on a short run.
 */
const unregistered: CompiledPhrases[] = []

function registerLoaded(): void {
  for (const set of unregistered.splice(0)) {
    set.anchors ??= {
      all: set.plans?.all ? anchorIndex(set.plans.all, false) : undefined,
      caseSensitive: set.plans?.caseSensitive ? anchorIndex(set.plans.caseSensitive, true) : undefined,
    }
  }
}
