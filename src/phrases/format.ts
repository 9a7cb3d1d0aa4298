// The phrase data format: the built-in rules' phrases.<lang>.yaml files and
// users' own phrase packs share it.
import type {LanguageFamily} from '../types.js'

/**
 * A rewrite replaces the matched text (a string), or the clause or sentence
 * that holds the match when the better wording needs a new frame.
 */
export type Rewrite = string | {clause: string; message?: string} | {sentence: string; message?: string}

/** A pattern is a literal phrase ("can't help") or a regular expression written as /.../. */
export type PatternSource = string | string[]

export interface PhraseEntry {
  /** A stable name for the entry, unique in its file. */
  id: string
  pattern: PatternSource
  /** Wordings around a match that make it fine ("can't wait" for "can't"). */
  exceptions?: PatternSource
  /** Why the wording hurts the customer. */
  message: string
  /** Rewrites, best first; `$<name>` inserts a named group of the pattern. */
  rewrites: Rewrite[]
  /** The first rewrite keeps the meaning exactly, so `--fix` may apply it. */
  fix?: boolean
  /** Match letter case exactly (for short tokens such as "K" or "U"). */
  caseSensitive?: boolean
  /** For phrase packs: the rule id findings are reported under. */
  rule?: string
  /** Free-form explanation for maintainers. */
  note?: string
}

export interface PhraseFile {
  language: LanguageFamily
  /** Exceptions that apply to every entry of the file. */
  exceptions?: PatternSource
  entries: PhraseEntry[]
  /**
   * Named word classes ("third parties", "fault predicates") that a rule's
   * code combines into structures of its own; never matched by themselves.
   */
  classes?: Record<string, string[]>
}

export class PhraseFormatError extends Error {
  constructor(
    readonly where: string,
    readonly path: string,
    problem: string,
  ) {
    super(`${where}: ${path}: ${problem}`)
  }
}

const ENTRY_KEYS = new Set(['id', 'pattern', 'exceptions', 'message', 'rewrites', 'fix', 'caseSensitive', 'rule', 'note'])

function isPatternSource(v: unknown): v is PatternSource {
  return typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every(x => typeof x === 'string' && x.length > 0))
}

/** Checks the shape of parsed phrase data; `where` names the file in errors. */
export function validatePhraseFile(data: unknown, where: string): PhraseFile {
  const fail = (path: string, problem: string): never => {
    throw new PhraseFormatError(where, path, problem)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail('(root)', 'expected a mapping with `language` and `entries`')
  const file = data as Record<string, unknown>
  if (file.language !== 'en' && file.language !== 'zh') fail('language', "must be 'en' or 'zh'")
  if (file.exceptions !== undefined && !isPatternSource(file.exceptions)) fail('exceptions', 'must be a phrase or a list of phrases')
  if (!Array.isArray(file.entries) || file.entries.length === 0) fail('entries', 'must be a non-empty list')
  if (file.classes !== undefined) {
    if (!file.classes || typeof file.classes !== 'object' || Array.isArray(file.classes)) fail('classes', 'must be a mapping of names to lists of words')
    for (const [name, words] of Object.entries(file.classes as Record<string, unknown>))
      if (!Array.isArray(words) || !words.length || !words.every(w => typeof w === 'string' && w.trim().length > 0))
        fail(`classes.${name}`, 'must be a non-empty list of words')
  }
  const ids = new Set<string>()
  ;(file.entries as unknown[]).forEach((raw, i) => {
    const at = `entries[${i}]`
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(at, 'must be a mapping')
    const e = raw as Record<string, unknown>
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) fail(`${at}.${key}`, 'unknown key')
    if (typeof e.id !== 'string' || !e.id) fail(`${at}.id`, 'must be a non-empty string')
    if (ids.has(e.id as string)) fail(`${at}.id`, `duplicate id '${e.id}'`)
    ids.add(e.id as string)
    if (!isPatternSource(e.pattern)) fail(`${at}.pattern`, 'must be a phrase or a list of phrases')
    if (e.exceptions !== undefined && !isPatternSource(e.exceptions)) fail(`${at}.exceptions`, 'must be a phrase or a list of phrases')
    if (typeof e.message !== 'string' || !e.message.trim()) fail(`${at}.message`, 'must say why the wording hurts the customer')
    if (!Array.isArray(e.rewrites) || e.rewrites.length === 0) fail(`${at}.rewrites`, 'must be a non-empty list of rewrites')
    ;(e.rewrites as unknown[]).forEach((r, k) => {
      if (typeof r === 'string') return
      const o = r as Record<string, unknown>
      const keys = o && typeof o === 'object' ? Object.keys(o).filter(key => key !== 'message') : []
      if (keys.length !== 1 || !['clause', 'sentence'].includes(keys[0]!) || typeof o[keys[0]!] !== 'string')
        fail(`${at}.rewrites[${k}]`, 'must be a string, or a mapping with `clause` or `sentence` (and an optional `message`)')
    })
    for (const key of ['fix', 'caseSensitive'] as const)
      if (e[key] !== undefined && typeof e[key] !== 'boolean') fail(`${at}.${key}`, 'must be true or false')
    for (const key of ['rule', 'note'] as const)
      if (e[key] !== undefined && typeof e[key] !== 'string') fail(`${at}.${key}`, 'must be a string')
  })
  return file as unknown as PhraseFile
}
