// Loads a rule's phrase files: the JSON compiled at build time when present,
// otherwise the YAML source (as in tests, which run from the sources).
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {compilePhrases, type CompiledPhrases} from './compile.js'
import {validatePhraseFile} from './format.js'
import type {LanguageFamily} from '../types.js'

const require = createRequire(import.meta.url)

export type PhraseSet = Partial<Record<LanguageFamily, CompiledPhrases>>

export function parseYaml(text: string, where: string): unknown {
  // Loaded on demand: the built rules ship JSON and never need the YAML parser.
  const YAML = require('yaml') as typeof import('yaml')
  const doc = YAML.parseDocument(text, {prettyErrors: false})
  if (doc.errors.length) {
    const e = doc.errors[0]!
    const pos = e.linePos?.[0]
    throw new Error(`${where}${pos ? `:${pos.line}:${pos.col}` : ''}: ${e.message.split('\n')[0]}`)
  }
  // A low alias limit stops "billion laughs" documents from expanding.
  return doc.toJS({maxAliasCount: 100})
}

/** Reads and compiles one phrase file (YAML or JSON). */
export function loadPhraseFile(file: string): CompiledPhrases {
  const text = fs.readFileSync(file, 'utf8')
  const data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, file)
  return compilePhrases(validatePhraseFile(data, file), file)
}

/**
 * Loads the `phrases.<lang>` files that sit next to a rule module.
 * Call it with the rule's `import.meta.url`.
 */
export function loadRulePhrases(moduleUrl: string): PhraseSet {
  const dir = path.dirname(fileURLToPath(moduleUrl))
  const set: PhraseSet = {}
  for (const lang of ['en', 'zh'] as const) {
    for (const ext of ['json', 'yaml', 'yml']) {
      const file = path.join(dir, `phrases.${lang}.${ext}`)
      if (fs.existsSync(file)) {
        set[lang] = loadPhraseFile(file)
        break
      }
    }
  }
  return set
}
