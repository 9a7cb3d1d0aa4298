#!/usr/bin/env node
// Builds dist/: compiles the TypeScript, then checks every rule's phrase data
// and ships it as JSON, compiled and analysed (so the CLI never parses YAML
// nor analyses patterns at start-up), beside the
// rule's README (the --explain text).
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const dist = path.join(root, 'dist')

// --clean starts from nothing (npm's prepare does); day-to-day builds overwrite in place.
if (process.argv.includes('--clean')) fs.rmSync(dist, {recursive: true, force: true})
let failed = false
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], {stdio: 'inherit'})
} catch {
  // tsc still emits JavaScript; finish the build so the rest can run, then fail.
  failed = true
}

// The compiled loader validates and compiles phrase files, so a broken file fails the build.
const {parseYaml} = await import(path.join(dist, 'src/phrases/load.js'))
const {validatePhraseFile} = await import(path.join(dist, 'src/phrases/format.js'))
const {precompilePhrases} = await import(path.join(dist, 'src/phrases/compile.js'))
const {prebuildScanners} = await import(path.join(dist, 'src/phrases/literals.js'))
let phraseFiles = 0
/** Every anchor literal of the built-in phrase sets, as the sets register them at run time. */
const anchorLiterals = []
for (const rule of fs.readdirSync(path.join(root, 'rules'), {withFileTypes: true})) {
  if (!rule.isDirectory()) continue
  const from = path.join(root, 'rules', rule.name)
  const to = path.join(dist, 'rules', rule.name)
  fs.mkdirSync(to, {recursive: true})
  for (const file of fs.readdirSync(from)) {
    const match = file.match(/^(.*)\.ya?ml$/)
    if (match) {
      const where = path.join(from, file)
      const data = parseYaml(fs.readFileSync(where, 'utf8'), where)
      const compiled = precompilePhrases(validatePhraseFile(data, where), where)
      fs.writeFileSync(path.join(to, `${match[1]}.json`), JSON.stringify(compiled))
      phraseFiles++
      for (const [key, plan] of Object.entries(compiled.plans)) {
        for (const {clauses} of plan?.alternatives ?? []) for (const clause of clauses) for (const literal of clause) anchorLiterals.push({literal, ignoreCase: key !== 'caseSensitive'})
      }
    } else if (file === 'README.md' || file.endsWith('.json')) {
      fs.copyFileSync(path.join(from, file), path.join(to, file))
    }
  }
}
// The literal scanners of those sets, built now rather than at every start-up.
const scanned = prebuildScanners(anchorLiterals, pathToFileURL(path.join(dist, 'src/phrases/')))
// The Traditional-to-Simplified character table, worked out with OpenCC now rather than in every thread.
const {prebuildSimplifier} = await import(path.join(dist, 'src/text/simplifier-table.js'))
const simplified = await prebuildSimplifier(pathToFileURL(path.join(dist, 'src/text/')))
const {bundle} = await import('./bundle.mjs')
await bundle(dist)
const {bundleBrowser} = await import('./browser-bundle.mjs')
const browser = await bundleBrowser(root, dist)
for (const bin of ['bin/reply-lint.js', 'bin/reply-lint-lsp.js']) fs.chmodSync(path.join(dist, bin), 0o755)
if (failed) {
  console.error('build failed: TypeScript reported errors (above)')
  process.exit(1)
}
console.log(`built dist/ (${phraseFiles} phrase files, literal scanners for ${scanned.other} + ${scanned.han} Han anchor literals, ${simplified} Traditional characters' Simplified forms; the CLI and worker bundled; the browser build of ${browser.rules} rules, ${Math.round(browser.bytes / 1024)} KB)`)
