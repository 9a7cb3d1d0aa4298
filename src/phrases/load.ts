// Loads a rule's phrase files: the JSON compiled at build time when present,
// otherwise the YAML source (as in tests, which run from the sources).
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import {compilePhrases, fromPrecompiled, isPrecompiled, type CompiledPhrases} from './compile.js'
import {validatePhraseFile} from './format.js'
import type {LanguageFamily} from '../types.js'
import {parseYamlData} from '../config/safe-data.js'

export type PhraseSet = Partial<Record<LanguageFamily, CompiledPhrases>>

/** How phrase files in YAML are read (the build reads the sources with it too). */
export {parseYamlData as parseYaml}

/** Reads and compiles one phrase file (YAML or JSON). */
export function loadPhraseFile(file: string): CompiledPhrases {
  const text = fs.readFileSync(file, 'utf8')
  // The built rules ship JSON, checked and analysed by the build: the YAML
  // parser (loaded on first use) and the analysis serve sources only.
  const data = file.endsWith('.json') ? JSON.parse(text) : parseYamlData(text, file)
  if (isPrecompiled(data)) return fromPrecompiled(data)
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
