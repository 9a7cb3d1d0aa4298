// spelling: English misspellings, found with Hunspell (nodehun and the
// dictionary-en word list), with the dictionary's closest words as
// suggestions. Only the agent's own English prose is checked: names,
// acronyms, brand-like words, codes and chat slang are someone else's business.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineRule} from '../../src/rule.js'
import type {RuleContext} from '../../src/context.js'
import type {Range, Sentence} from '../../src/types.js'
import type {Speller} from '../../src/spelling.js'
import {americanVariants} from './british.js'
import {slangPhrases} from '../internet-slang/slang-phrases.js'

export interface SpellingOptions {
  /** Words to accept: brand and product names, team jargon. */
  words: string[]
  /** A file of words to accept, one per line ("#" starts a comment). */
  wordListFile?: string
  /** Accept British spellings ("colour", "apologise") the en_US dictionary lacks. */
  british: boolean
  /** How many suggestions to offer. */
  maxSuggestions: number
}

const here = path.dirname(fileURLToPath(import.meta.url))

const readWords = (file: string): ReadonlySet<string> =>
  new Set((JSON.parse(fs.readFileSync(path.join(here, file), 'utf8')) as string[]).map(w => w.toLowerCase()))

/** Support and web vocabulary the dictionary lacks ("wifi", "signup", "unfollow"). */
const BUILTIN_WORDS = readWords('words.en.json')

/**
 * Frequent words of service replies. Hunspell does not rank its suggestions
 * by frequency ("wich" -> "winch" before "which"), so a common word wins a
 * tie; and a sentence with none of them is not English prose.
 */
const COMMON_WORDS = readWords('common.en.json')

/** Words as the text writes them: letters with inner apostrophes, hyphens and dots, or anything with a digit. */
const TOKEN = /[\p{L}\p{N}_]+(?:['.\-][\p{L}\p{N}_]+)*/gu
const HAS_DIGIT_OR_UNDERSCORE = /[\p{N}_]/u
/** Marks that make a token part of a handle, tag, path, entity or address rather than prose. */
const GLUE_BEFORE = /[@#&/\\^$%~=+*<>.\-–—]/
const GLUE_AFTER = /[@/\\=+*<>]/
const ALL_CAPS = /^\p{Lu}[\p{Lu}']+$/u
const INNER_CAPITAL = /^.[\p{Ll}']*\p{Lu}/u
const CAPITALISED = /^\p{Lu}/u
/** Laughter and interjections ("haha", "hmm", "aww", "oops"): spelt by ear, never misspelt. */
const INTERJECTION = /^(?:(?:ha|he|hi|ho|ah){2,}h?|h+m+|m+h*m+|a+w+|o+h+|a+h+|u+g+h+|y+a+y+|w+o+w+|o+o+p+s+|e+r+m+|u+m+|u+h+|w+h+e+w+|p+h+e+w+|y+e+s+s+|n+o+o+)$/i

/** Prefixes written with a hyphen ("pre-order", "re-send", "e-gift"): not words on their own. */
const PREFIXES = new Set(['pre', 're', 'co', 'non', 'un', 'sub', 'multi', 'anti', 'semi', 'e', 'ex', 'post', 'mid', 'bi', 'tri', 'de', 'mis', 'inter', 'intra', 'micro', 'mini', 'auto'])
/** A sentence where this share of the words is unknown is a list, a code dump or another language. */
const UNKNOWN_SHARE = 0.5

/** Spell results per word, shared by every reply in the process: Hunspell's suggest is slow. */
const verdicts = new Map<string, string[] | null>()
const MAX_CACHED = 50_000

const wordLists = new Map<string, Set<string>>()

function readWordList(file: string): Set<string> {
  let words = wordLists.get(file)
  if (!words) {
    words = new Set()
    try {
      for (const line of fs.readFileSync(path.resolve(file), 'utf8').split(/\r?\n/)) {
        const word = line.replace(/#.*/, '').trim()
        if (word) words.add(word.toLowerCase())
      }
    } catch {
      // A missing list must not stop linting; the words are then simply not accepted.
    }
    wordLists.set(file, words)
  }
  return words
}

const projectWordsCache = new WeakMap<object, Set<string>>()

function projectWords(options: Record<string, unknown>): Set<string> {
  let words = projectWordsCache.get(options)
  if (!words) {
    words = new Set(((options.words as string[] | undefined) ?? []).map(w => w.toLowerCase()))
    const file = options.wordListFile as string | undefined
    if (file) for (const w of readWordList(file)) words.add(w)
    projectWordsCache.set(options, words)
  }
  return words
}

function isKnown(speller: Speller, word: string, british: boolean): boolean {
  if (speller.correct(word)) return true
  const lower = word.toLowerCase()
  if (lower !== word && speller.correct(lower)) return true
  // "ok", "covid", "monday": an acronym or a name in lower case is a matter
  // of capitals, not of spelling.
  if (speller.correct(word.toUpperCase())) return true
  if (speller.correct(lower[0]!.toUpperCase() + lower.slice(1))) return true
  return british && americanVariants(lower).some(v => speller.correct(v))
}

/**
 * The dictionary's closest words, or null when the word is fine. Suggestions
 * that only split the word with a space ("co lour") or change nothing but
 * case are dropped; a hyphenated split ("mix-up") is a word of its own.
 */
function verdict(speller: Speller, word: string, british: boolean): string[] | null {
  const key = `${british ? 'gb' : 'us'}:${word}`
  const cached = verdicts.get(key)
  if (cached !== undefined) return cached
  let result: string[] | null = null
  if (!isKnown(speller, word, british)) {
    const joined = (s: string) => s.replace(/[\s-]/g, '').toLowerCase()
    // A hyphenated split stays ("mixup" -> "mix-up", one edit away): ranking
    // puts a whole word at the same distance first ("feeback" -> "feedback").
    result = speller.suggest(word).filter(s => !/\s/.test(s) && (s.includes('-') || joined(s) !== word.toLowerCase()))
  }
  if (verdicts.size >= MAX_CACHED) verdicts.clear()
  verdicts.set(key, result)
  return result
}

/**
 * Ranges of chat slang ("thx", "pls"): not misspellings, the internet-slang
 * rule reports them with the right rewrite.
 */
function slangRanges(context: RuleContext, sentences: Sentence[]): Range[] {
  const ranges: Range[] = []
  for (const hit of context.match(slangPhrases, {sentences})) ranges.push(hit.range)
  return ranges
}

/** Keeps a suggestion in the case the writer used: "Recieve" -> "Receive". */
function inCaseOf(suggestion: string, word: string): string {
  return CAPITALISED.test(word) && !CAPITALISED.test(suggestion) ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion
}

interface Candidate {
  word: string
  start: number
}

/** The words of a sentence worth a dictionary look-up. */
function candidates(context: RuleContext, sentence: Sentence): Candidate[] {
  const out: Candidate[] = []
  const {text} = context
  let first = true
  for (const m of sentence.normalized.matchAll(TOKEN)) {
    const start = sentence.start + m.index!
    const end = start + m[0].length
    const atSentenceStart = first
    first = false
    const token = m[0]
    if (HAS_DIGIT_OR_UNDERSCORE.test(token) || token.includes('.')) continue
    // "-Massiel", "^KM", ".msi", "@name": signatures, extensions, handles.
    if (GLUE_BEFORE.test(text[start - 1] ?? '') || GLUE_AFTER.test(text[end] ?? '')) continue
    if (text[end] === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue
    if (context.isProtected(start, end)) continue
    const parts = token.split('-')
    // "Roopa-HP": a name joined to a brand.
    if (parts.length > 1 && parts.some(p => ALL_CAPS.test(p) || INNER_CAPITAL.test(p))) continue
    // "third-party", "fixed-up": each part is a word of its own.
    let partStart = start
    parts.forEach((part, i) => {
      const opens = atSentenceStart && i === 0
      const word = part.replace(/'s$/, '')
      const at = partStart
      partStart += part.length + 1
      if (word.length < 2 || ALL_CAPS.test(word) || INNER_CAPITAL.test(word) || INTERJECTION.test(word)) return
      if (i < parts.length - 1 && PREFIXES.has(word.toLowerCase())) return
      // A capitalised word inside a sentence is a name: "Hi Anin", "Adobe Premiere".
      if (CAPITALISED.test(word) && !opens) return
      out.push({word, start: at})
    })
  }
  return out
}

/**
 * Optimal string alignment distance, case-insensitive: how many letters to
 * insert, delete, change or swap. A slip of the fingers is one or two edits
 * away from the word meant; a name or a term is further from anything.
 */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase()
  b = b.toLowerCase()
  const rows: number[][] = Array.from({length: a.length + 1}, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = d
    }
  return rows[a.length]![b.length]!
}

/**
 * Close suggestions, best first: fewest edits, then a common word, then the
 * same first letter (slips rarely hit the first letter), then Hunspell's order.
 */
function rankSuggestions(word: string, suggestions: string[]): string[] {
  const first = word[0]!.toLowerCase()
  return suggestions
    .map((text, index) => ({text, index, distance: editDistance(word, text)}))
    // One edit for short words, two for longer ones: a name or a term is far from every dictionary word.
    .filter(s => s.distance <= (word.length <= 4 ? 1 : 2))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(!COMMON_WORDS.has(a.text.toLowerCase())) - Number(!COMMON_WORDS.has(b.text.toLowerCase())) ||
        Number(a.text.includes('-')) - Number(b.text.includes('-')) ||
        Number(a.text[0]!.toLowerCase() !== first) - Number(b.text[0]!.toLowerCase() !== first) ||
        a.index - b.index,
    )
    .map(s => s.text)
}

/** Whether a sentence reads as English prose rather than another language or a list of names. */
function looksEnglish(words: Candidate[], unknown: number): boolean {
  if (words.length >= 4 && !words.some(w => COMMON_WORDS.has(w.word.toLowerCase()))) return false
  return !(unknown >= 3 && unknown >= words.length * UNKNOWN_SHARE)
}

export default defineRule({
  id: 'spelling',
  meta: {
    description: 'English misspellings, with the dictionary’s closest words as suggestions',
    languages: ['en'],
    defaultSeverity: 'info',
    needs: ['spelling'],
    // Each misspelt word is its own fault with its own candidates.
    siblings: 'separate',
    defaultOptions: {words: [], british: true, maxSuggestions: 3} satisfies SpellingOptions,
    docs: 'rules/spelling/README.md',
  },
  check(context) {
    // Without Hunspell the rule does nothing; the engine has already said so once.
    const speller = context.speller
    if (!speller) return
    const english = context.sentences.filter(s => s.language === 'en')
    if (!english.length) return
    const accepted = projectWords(context.options)
    const british = context.options.british !== false
    const max = Math.max(1, Number(context.options.maxSuggestions ?? 3))
    // The reply is scanned for slang only once a word is unknown to the
    // dictionary: most replies have none, and the scan cost a sixth of the rule's time.
    let slangHits: Range[] | undefined
    const isSlang = (start: number, end: number) => (slangHits ??= slangRanges(context, english)).some(([s, e]) => s < end && e > start)
    for (const sentence of english) {
      const words = candidates(context, sentence)
      const unknown = words.filter(({word, start}) => {
        const lower = word.toLowerCase()
        if (BUILTIN_WORDS.has(lower) || accepted.has(lower)) return false
        return !isKnown(speller, word, british) && !isSlang(start, start + word.length)
      })
      if (!looksEnglish(words, unknown.length)) continue
      for (const {word, start} of unknown) {
        // Only close words count: a name or a term is far from every dictionary word.
        const ranked = rankSuggestions(word, verdict(speller, word, british) ?? [])
        if (!ranked.length) continue
        // A loop and push rather than map: optimised code's map makes holey
        // arrays where the interpreter's makes packed ones, and the engine's
        // code reading suggestions is thrown away when the other kind turns up.
        const suggestions: string[] = []
        for (const s of ranked.slice(0, max)) suggestions.push(inCaseOf(s, word))
        context.report({
          range: [start, start + word.length],
          message: `“${word}” looks misspelt; a spelling mistake makes the reply look careless.`,
          suggestions,
        })
      }
    }
  },
})
