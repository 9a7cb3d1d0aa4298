// Finds the built-in rules: every folder under rules/ with an index module.
// The engine names no rule; adding a folder adds a rule.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Rule} from './types.js'

const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url))

let builtins: Promise<Rule[]> | undefined

function ruleModule(dir: string): string | undefined {
  for (const name of ['index.js', 'index.ts']) {
    const file = path.join(dir, name)
    if (fs.existsSync(file)) return file
  }
  return undefined
}

/** The folder that holds the built-in rules (for their documentation). */
export function builtinRulesDir(): string {
  return RULES_DIR
}

export function loadBuiltinRules(): Promise<Rule[]> {
  builtins ??= (async () => {
    const dirs = fs
      .readdirSync(RULES_DIR, {withFileTypes: true})
      .filter(d => d.isDirectory())
      .map(d => d.name)
      .sort()
    const rules: Rule[] = []
    for (const name of dirs) {
      const file = ruleModule(path.join(RULES_DIR, name))
      if (!file) continue
      const mod = (await import(pathToFileURL(file).href)) as {default?: Rule}
      if (!mod.default || mod.default.id !== name)
        throw new Error(`rules/${name}: the module must export default defineRule({id: '${name}', ...})`)
      rules.push(mod.default)
    }
    return rules
  })()
  return builtins
}

/** The README of a built-in rule, for `--explain`. */
export function ruleDocs(id: string): string | undefined {
  const file = path.join(RULES_DIR, id, 'README.md')
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
}

/** Where a rule's documentation can be opened: its own URL, or the README shipped with the package. */
export function ruleDocsUrl(rule: Rule | undefined, id: string): string | undefined {
  const docs = rule?.meta.docs
  if (docs && /^https?:\/\//.test(docs)) return docs
  const readme = path.join(RULES_DIR, id, 'README.md')
  return fs.existsSync(readme) ? pathToFileURL(readme).href : undefined
}
