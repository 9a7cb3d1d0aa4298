// Phrase packs: house rules written as phrase data, without code. A pack is a
// file in the built-in phrase format whose entries each name the rule their
// findings report under; every rule id a pack names becomes one generic
// phrase-pack rule that matches the entries and reports them.
import fs from 'node:fs'
import path from 'node:path'
import type {LanguageFamily, Rule, RuleMeta} from '../types.js'
import {defineRule} from '../rule.js'
import {compileEntries, phraseSet, type CompiledEntry, type CompiledPhrases} from './compile.js'
import {PhraseFormatError, validatePhraseFile, type PhraseFile} from './format.js'
import {validatePhrasePackData} from './pack-schema.js'
import {assertSafePatterns} from './pack-safety.js'
import {ConfigError} from '../config/errors.js'
import {parseData} from '../config/safe-data.js'

export interface PhrasePack {
  file: string
  language: LanguageFamily
  /** The pack's entries compiled per rule id they report under. */
  byRule: Map<string, CompiledPhrases>
}

const cache = new Map<string, {mtimeMs: number; pack: PhrasePack}>()

/**
 * Reads, validates and compiles a phrase pack. `where` names the file in
 * errors (a path relative to the working folder, say).
 */
export function loadPhrasePack(file: string, where = file): PhrasePack {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new ConfigError(`${where}: phrase pack not found`)
  }
  const cached = cache.get(file)
  if (cached && cached.mtimeMs === stat.mtimeMs) return cached.pack
  const data = parseData(fs.readFileSync(file, 'utf8'), file, where)
  validatePhrasePackData(data, where)
  let phrases: PhraseFile
  let compiled: CompiledEntry[]
  try {
    phrases = validatePhraseFile(data, where)
    // Compiled as one file, so that errors name each entry's path in it.
    compiled = compileEntries(phrases, where)
  } catch (error) {
    if (error instanceof PhraseFormatError) throw new ConfigError(error.message)
    throw error
  }
  assertSafePatterns(phrases, where)
  const byRule = new Map<string, CompiledPhrases>()
  for (const rule of new Set(compiled.map(e => e.rule!))) byRule.set(rule, phraseSet(phrases.language, compiled.filter(e => e.rule === rule)))
  const pack = {file, language: phrases.language, byRule}
  cache.set(file, {mtimeMs: stat.mtimeMs, pack})
  return pack
}

/**
 * The rules of some packs. A pack entry may report under an existing rule's
 * id (a built-in or a plugin rule, given in `known`): its phrases then run
 * with that rule's severity and options, next to the rule's own logic.
 */
export function phrasePackRules(packs: readonly PhrasePack[], known: readonly Rule[]): Rule[] {
  const sets = new Map<string, CompiledPhrases[]>()
  const sources = new Map<string, Set<string>>()
  for (const pack of packs) {
    for (const [id, set] of pack.byRule) {
      sets.set(id, [...(sets.get(id) ?? []), set])
      sources.set(id, (sources.get(id) ?? new Set()).add(path.basename(pack.file)))
    }
  }
  return [...sets].map(([id, compiled]) => {
    const existing = known.find(r => r.id === id)
    const languages = [...new Set<LanguageFamily>([...(existing?.meta.languages ?? []), ...compiled.map(c => c.language)])]
    const meta: RuleMeta = {
      description: existing?.meta.description ?? `House phrases from ${[...sources.get(id)!].join(', ')}`,
      languages,
      defaultSeverity: existing?.meta.defaultSeverity ?? 'warning',
      fixable: compiled.some(c => c.entries.some(e => e.fix)),
      ...(existing?.meta.docs ? {docs: existing.meta.docs} : {}),
    }
    return defineRule({
      id,
      meta,
      check(context) {
        for (const set of compiled) for (const hit of context.match(set)) context.reportHit(hit)
      },
    })
  })
}
