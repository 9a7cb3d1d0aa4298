// internet-slang: chat slang and abbreviations in a service reply (seed 001,
// F.10). The phrase data says what is slang and what it means; this module
// decides which matches are really slang (not part of a code, a product name
// or an allowed term) and shapes the rewrites: letter case for English
// expansions, a tidy cut for slang that is simply removed.
import {defineRule, perConfiguration} from '../../src/rule.js'
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {removalEdit} from './removal.js'
import {slangPhrases} from './slang-phrases.js'

export interface InternetSlangOptions {
  /** Terms the team accepts ("btw", "亲爱滴"); matched whole, ignoring case and script. */
  allow: string[]
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/
/** Characters that glue a token to a larger written thing: "K-12", "u/name", "^NP", "#ttyl". */
const GLUE_BEFORE = /[-^/@#_&+]/
const GLUE_AFTER = /[-/@_&+]/

/**
 * Whether a Latin token is part of something bigger than a word: "K-pop",
 * "U.S.", "^RN" (an agent's initials), "2U-rack". Then it is not slang.
 */
function isGlued(text: string, [start, end]: Range): boolean {
  const first = text[start]!
  const last = text[end - 1]!
  if (LATIN_OR_DIGIT.test(first)) {
    const before = text[start - 1]
    if (before && GLUE_BEFORE.test(before)) return true
    if (before && /[.'’]/.test(before) && LATIN_OR_DIGIT.test(text[start - 2] ?? '')) return true
  }
  // "(u)", "(k)": a list label.
  if (text[start - 1] === '(' && text[end] === ')') return true
  if (LATIN_OR_DIGIT.test(last)) {
    const after = text[end]
    if (after && GLUE_AFTER.test(after)) return true
    if (after === '.' && /[A-Za-z]/.test(text[end + 1] ?? '')) return true
  }
  return false
}

/** The allowed terms of a rule configuration, lower-cased. */
const allowedTerms = perConfiguration(options => new Set(((options.allow as string[] | undefined) ?? []).map(t => t.trim().toLowerCase())))

/** Later matches that overlap an earlier (or longer) one are the same slang seen twice. */
function withoutOverlaps(hits: PhraseHit[]): PhraseHit[] {
  const sorted = [...hits].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
  const kept: PhraseHit[] = []
  for (const hit of sorted) {
    const last = kept[kept.length - 1]
    if (last && hit.range[0] < last.range[1]) continue
    kept.push(hit)
  }
  return kept
}

function opensSentence(hit: PhraseHit): boolean {
  return !/[\p{L}\p{N}]/u.test(hit.sentence.text.slice(0, hit.range[0] - hit.sentence.start))
}

/**
 * English expansions are written in lower case in the data ("you", "by the
 * way"), with "I" and "OK" as they are always spelled; at the start of a
 * sentence the expansion takes a capital ("U can…" -> "You can…"). The case
 * of the slang itself says little: "LMK" is how the acronym is written, not
 * shouting.
 */
function fitEnglishCase(rewrite: string, atSentenceStart: boolean): string {
  return atSentenceStart && rewrite ? rewrite[0]!.toUpperCase() + rewrite.slice(1) : rewrite
}

function rewritesFor(context: RuleContext, hit: PhraseHit): Array<{text: string; range: Range; message?: string}> {
  const english = hit.sentence.language === 'en'
  const atStart = opensSentence(hit)
  // A loop and push rather than map: optimised code's map makes holey
  // arrays where the interpreter's makes packed ones, and the engine's code
  // reading suggestions is thrown away when the other kind turns up.
  const rewrites: Array<{text: string; range: Range; message?: string}> = []
  for (const rewrite of hit.entry.rewrites) {
    if (rewrite === '') {
      const cut = removalEdit(context.text, hit.sentence, hit.range, english)
      rewrites.push({...cut, message: english ? `Remove “${hit.actual}”` : `删掉“${hit.actual}”`})
    } else if (typeof rewrite !== 'string') rewrites.push(context.resolveRewrite(rewrite, hit))
    else rewrites.push({text: english ? fitEnglishCase(rewrite, atStart) : context.rewrite(rewrite, hit.range, hit.groups), range: hit.range})
  }
  return rewrites
}

export default defineRule({
  id: 'internet-slang',
  meta: {
    description: 'Chat slang and abbreviations a customer may not understand or may find too casual',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    fixable: true,
    defaultOptions: {allow: []} satisfies InternetSlangOptions,
    docs: 'rules/internet-slang/README.md',
  },
  check(context) {
    const allow = allowedTerms(context.options)
    const normalized = (hit: PhraseHit) =>
      hit.sentence.normalized.slice(hit.range[0] - hit.sentence.start, hit.range[1] - hit.sentence.start).toLowerCase()
    for (const hit of withoutOverlaps(context.match(slangPhrases))) {
      if (isGlued(context.text, hit.range)) continue
      if (allow.has(hit.actual.toLowerCase()) || allow.has(normalized(hit))) continue
      const rewrites = rewritesFor(context, hit)
      const first = rewrites[0]!
      context.report({
        range: hit.range,
        message: hit.entry.message,
        suggestions: rewrites,
        fix: hit.entry.fix ? {text: first.text, range: first.range} : undefined,
      })
    }
  },
})
