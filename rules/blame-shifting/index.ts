// blame-shifting: blaming another party (courier, warehouse, another team,
// the system, "they") or the customer instead of owning the problem.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases, type PhraseSet} from '../../src/phrases/load.js'
import {compilePhrases, type CompiledPhrases} from '../../src/phrases/compile.js'
import type {PhraseEntry} from '../../src/phrases/format.js'
import type {PhraseHit} from '../../src/context.js'
import {isConditional, isHedged, isInQuestion} from '../../src/text/clauses.js'
import {ownsTheProblem} from './ownership.js'

const phrases = loadRulePhrases(import.meta.url)

export interface BlameShiftingOptions {
  /**
   * More names of other parties, such as a courier's brand ("DHL", "顺丰")
   * or a partner's team: wording that blames them is flagged like "the courier".
   */
  parties: string[]
}

// Each party list in the phrase data ends with this alternative; names from
// the `parties` option are inserted after it (see the comment in the data).
const PARTY_ANCHOR = {en: 'third[- ]part(?:y|ies)', zh: '第三方'} as const

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function withParties(set: CompiledPhrases, names: string[]): CompiledPhrases {
  const anchor = PARTY_ANCHOR[set.language]
  const alternatives = names.map(n => escapeRegExp(n.trim()).replace(/\s+/g, '\\s+')).join('|')
  const patch = (p: string) => (p.startsWith('/') ? p.split(anchor).join(`${anchor}|${alternatives}`) : p)
  const entries: PhraseEntry[] = set.entries.map(e => ({
    id: e.id,
    pattern: typeof e.pattern === 'string' ? patch(e.pattern) : e.pattern.map(patch),
    exceptions: e.exceptions,
    message: e.message,
    rewrites: e.rewrites,
    fix: e.fix,
    caseSensitive: e.caseSensitive,
  }))
  return compilePhrases({language: set.language, entries}, `blame-shifting parties option (${set.language})`)
}

const cache = new Map<string, PhraseSet>()

/** The rule's phrases with the configured party names added, compiled once per option value. */
function phrasesFor(parties: string[]): PhraseSet {
  const names = parties.map(p => p.trim()).filter(Boolean)
  if (!names.length) return phrases
  const key = names.join('\n')
  let set = cache.get(key)
  if (!set) {
    const han = /\p{Script=Han}/u
    set = {}
    for (const language of ['en', 'zh'] as const) {
      const own = phrases[language]
      if (!own) continue
      const forLanguage = names.filter(n => (language === 'zh' ? han.test(n) : !han.test(n)))
      set[language] = forLanguage.length ? withParties(own, forLanguage) : own
    }
    cache.set(key, set)
  }
  return set
}

/** Whom a phrase entry blames, from its id prefix (see the phrase data). */
function blames(hit: PhraseHit): 'party' | 'ours' | 'customer' {
  const id = hit.entry.id
  return id.startsWith('customer-') ? 'customer' : id.startsWith('ours-') ? 'ours' : 'party'
}

function shouldReport(hit: PhraseHit, owned: () => boolean): boolean {
  const {sentence, range} = hit
  // "If you entered the wrong code, …" / 如果是快递的问题 explains a case; it blames no one.
  if (isConditional(sentence, range[0], range[1])) return false
  if (blames(hit) === 'customer') {
    // "It looks like you may have…", 您是不是记错了: a gentle check, not an accusation.
    // The guess may sit inside the match too: 您可能填错了.
    if (isHedged(sentence, range[1])) return false
    if (isInQuestion(sentence, range[1])) return false
  }
  // Naming a slip is fine when the reply also apologises or puts it right:
  // "our courier left it at the wrong house, sorry, a new one ships today".
  if (hit.entry.id === 'party-slip' && owned()) return false
  return true
}

export default defineRule({
  id: 'blame-shifting',
  meta: {
    description: 'Blaming another party or the customer instead of owning the problem',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    defaultOptions: {parties: []} satisfies BlameShiftingOptions,
    docs: 'rules/blame-shifting/README.md',
  },
  check(context) {
    const parties = Array.isArray(context.options.parties) ? (context.options.parties as unknown[]).filter((p): p is string => typeof p === 'string') : []
    let ownership: boolean | undefined
    const owned = () => (ownership ??= ownsTheProblem(context.sentences.map(s => s.normalized).join(' ')))
    // Two wordings in one clause ("That is their problem, not ours") are one
    // finding: the first one's rewrite replaces the clause they share.
    const rewritten: Array<[number, number]> = []
    for (const hit of context.match(phrasesFor(parties))) {
      if (!shouldReport(hit, owned)) continue
      const first = hit.entry.rewrites[0]
      const [start, end] = first === undefined ? hit.range : context.resolveRewrite(first, hit).range
      if (rewritten.some(([s, e]) => s < end && start < e)) continue
      rewritten.push([start, end])
      context.reportHit(hit)
    }
  },
})
