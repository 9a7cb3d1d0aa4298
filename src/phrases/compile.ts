// Turns phrase data into regular expressions: literal phrases become
// word-bounded, whitespace-tolerant patterns; /regex/ sources are used as written.
import type {LanguageFamily} from '../types.js'
import type {PatternSource, PhraseEntry, PhraseFile} from './format.js'
import {PhraseFormatError} from './format.js'

export interface CompiledEntry extends PhraseEntry {
  language: LanguageFamily
  /** Source of the entry's own pattern, without its group wrapper. */
  source: string
  exception?: RegExp
}

export interface CompiledPhrases {
  language: LanguageFamily
  entries: CompiledEntry[]
  /** All entries in one alternation; group `__eN` tells which entry matched. */
  all: RegExp
  /** Same alternation for the case-sensitive entries, if any. */
  allCaseSensitive?: RegExp
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00c0-\u024f]/
const HAN = /[\u3400-\u9fff]/

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function isRegexLiteral(s: string): boolean {
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

/**
 * Unicode mode only for patterns that need it (\p{…}, \u{…}): V8 matches
 * case-insensitive non-Unicode patterns about ten times faster.
 */
export function flagsFor(source: string, caseSensitive = false): string {
  const unicode = /\\[pP]\{|\\u\{/.test(source)
  return `g${caseSensitive ? '' : 'i'}${unicode ? 'u' : ''}`
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
export function withoutUnicodeClasses(source: string): string {
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
  return /\\[pP]\{|\\u\{/.test(out) ? source : out
}

function combine(entries: CompiledEntry[], caseSensitive: boolean): RegExp | undefined {
  const parts = entries.flatMap((e, i) => (Boolean(e.caseSensitive) === caseSensitive ? [`(?<__e${i}>${e.source})`] : []))
  if (!parts.length) return undefined
  const source = parts.join('|')
  return new RegExp(source, flagsFor(source, caseSensitive))
}

export function compilePhrases(file: PhraseFile, where: string): CompiledPhrases {
  const shared = file.exceptions ? compileSource(file.exceptions, file.language, where, 'exceptions') : undefined
  const entries = file.entries.map((entry, i): CompiledEntry => {
    const own = entry.exceptions ? compileSource(entry.exceptions, file.language, where, `entries[${i}].exceptions`) : undefined
    const exception = [own, shared].filter(Boolean).join('|')
    return {
      ...entry,
      language: file.language,
      source: compileSource(entry.pattern, file.language, where, `entries[${i}].pattern`),
      exception: exception ? new RegExp(exception, flagsFor(exception)) : undefined,
    }
  })
  const all = combine(entries, false) ?? /(?!)/gu
  return {language: file.language, entries, all, allCaseSensitive: combine(entries, true)}
}

export {isRegexLiteral}
