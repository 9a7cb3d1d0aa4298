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
import {composeRun, runsOf, type Run} from './runs.js'
import {isPraiseSlang, praiseFor} from './praise.js'
import {EN_REWRITES} from '../dismissive-reply/bare-replies.js'

/** What a bare "k" becomes: the dismissive-reply rule's sentence for a bare acknowledgement. */
const WHOLE_REPLY_ACKNOWLEDGEMENT = EN_REWRITES.acknowledgement[0]!.text

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

type Rewrite = {text: string; range: Range; message?: string}

/** The rewrites of one slang hit on its own, best first. */
function rewritesFor(context: RuleContext, hit: PhraseHit): Rewrite[] {
  const english = hit.sentence.language === 'en'
  const atStart = opensSentence(hit)
  if (!english && isPraiseSlang(hit)) {
    const praise = praiseFor(hit)
    const script = (text: string) => context.rewrite(text, praise.range)
    const rewrites: Rewrite[] = [{text: script(praise.fitting), range: praise.range, message: `换成“${script(praise.fitting)}”`}]
    if (praise.neutral !== praise.fitting) rewrites.push({text: script(praise.neutral), range: praise.range, message: `换成“${script(praise.neutral)}”`})
    return rewrites
  }
  // A loop and push rather than map: optimised code's map makes holey
  // arrays where the interpreter's makes packed ones, and the engine's code
  // reading suggestions is thrown away when the other kind turns up.
  const rewrites: Rewrite[] = []
  for (const rewrite of hit.entry.rewrites) {
    if (rewrite === '') {
      const cut = removalEdit(context.text, hit.sentence, hit.range, english)
      rewrites.push({...cut, message: english ? `Remove “${hit.actual}”` : `删掉“${hit.actual}”`})
    } else if (typeof rewrite !== 'string') rewrites.push(context.resolveRewrite(rewrite, hit))
    else rewrites.push({text: english ? fitEnglishCase(rewrite, atStart) : context.rewrite(rewrite, hit.range, hit.groups), range: hit.range})
  }
  return rewrites
}

/** The plain words of a hit's rewrites ('' for a removal), in the data's order. */
function plainRewrites(hit: PhraseHit): string[] {
  const words: string[] = []
  for (const r of hit.entry.rewrites) if (typeof r === 'string') words.push(r)
  return words
}

/**
 * An English run written out as one: the first rewrite of every word, then
 * each word's second rewrite in turn as an alternative ("k thx" -> "OK,
 * thanks", "Sure, thanks"). A run of removals only is cut like one removal.
 */
function runRewrites(context: RuleContext, run: Run): Rewrite[] {
  const first = run.hits[0]!
  const sentence = first.sentence
  const atStart = !/[\p{L}\p{N}]/u.test(context.text.slice(sentence.start, run.start))
  const after = context.text.slice(run.end, sentence.end)
  const choices = run.hits.map(plainRewrites)
  const compose = (pick: (i: number) => string) => {
    const words = run.hits.map((_, i) => pick(i))
    return composeRun(run.leadingOk ? [run.leading, ...words] : words, atStart, after)
  }
  const best = compose(i => choices[i]![0] ?? '')
  const rewrites: Rewrite[] = []
  const message = 'Write the words out'
  if (best) rewrites.push({text: best, range: [run.start, run.end], message})
  else {
    const cut = removalEdit(context.text, sentence, [run.start, run.end], true)
    rewrites.push({...cut, message: `Remove “${context.text.slice(run.start, run.end)}”`})
  }
  run.hits.forEach((_, i) => {
    // An emoticon alternative (lol -> ":)") does not read inside a run of words.
    if (choices[i]!.length < 2 || (run.hits.length > 1 && !/^\p{L}/u.test(choices[i]![1]!))) return
    const other = compose(j => (j === i ? choices[j]![1]! : choices[j]![0] ?? ''))
    if (other && !rewrites.some(r => r.text === other)) rewrites.push({text: other, range: [run.start, run.end], message})
  })
  return rewrites
}

/** Whether the run is all the words of the reply: then "k" is a bare reply, not a word to spell out. */
function isWholeReply(context: RuleContext, run: Run): boolean {
  const letters = /[\p{L}\p{N}]/u
  return !letters.test(context.text.slice(0, run.start)) && !letters.test(context.text.slice(run.end))
}

const RUN_MESSAGE = (actual: string) =>
  `Chat shorthand like “${actual}” reads as rushed and careless, and the customer may not follow it; write the words out so the reply sounds sincere.`

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
    const hits: PhraseHit[] = []
    for (const hit of withoutOverlaps(context.match(slangPhrases))) {
      if (isGlued(context.text, hit.range)) continue
      if (allow.has(hit.actual.toLowerCase()) || allow.has(normalized(hit))) continue
      hits.push(hit)
    }
    for (const run of runsOf(context.text, hits)) {
      const first = run.hits[0]!
      const english = first.sentence.language === 'en'
      const single = run.hits.length === 1 && !run.leadingOk
      const range: Range = [first.range[0], run.end]
      if (english && isWholeReply(context, run) && run.hits.every(h => h.entry.id === 'okay')) {
        // "k" alone: "OK" would be just as curt. The reply needs a sentence.
        context.report({range, message: first.entry.message, suggestions: [{text: WHOLE_REPLY_ACKNOWLEDGEMENT, range: [run.start, run.end]}]})
        continue
      }
      const rewrites = english && !(single && plainRewrites(first)[0] === '') ? runRewrites(context, run) : rewritesFor(context, first)
      const best = rewrites[0]!
      const fixable = run.hits.every(h => h.entry.fix) && !run.hits.some(h => plainRewrites(h)[0] === '')
      context.report({
        range,
        message: single ? first.entry.message : RUN_MESSAGE(context.text.slice(range[0], range[1])),
        suggestions: rewrites,
        fix: fixable ? {text: best.text, range: best.range} : undefined,
      })
    }
  },
})
