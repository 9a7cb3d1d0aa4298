// Bundles the engine and the built-in rules for browsers, from the compiled
// dist/src/browser.js, into dist/browser/: an ES module to import
// (reply-lint.browser.js) and the playground (playground.html with its
// script as a classic one, playground.js, so the page also works opened as
// a file, where browsers refuse module scripts).
//
// Browsers have no files to read, so what the Node build reads from disk at
// run time is compiled in here, by replacing the few modules that read it:
// - rules-loader.js lists rules/ and imports each rule: here a table of the
//   rule modules, but for spelling, which needs the native Hunspell: a
//   stand-in with its meta finds nothing, as the rule does without Hunspell,
//   so configs that set it still load;
// - phrases/load.js reads each rule's phrase files: here the same JSON the
//   build wrote, embedded and looked up by the rule's folder;
// - spelling.js loads Hunspell: here spelling is unavailable;
// - node:fs, for the files the engine reads beside its modules (the
//   Simplified table): a read-only table of those files' bytes, compiled in.
//   The literal scanners the Node build ships (600 KB) are not among them:
//   the browser builds them on the first lint instead (see docs/browser.md).
// Any other Node built-in reached from the entry fails the build.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import * as esbuild from 'esbuild'

/** Rules that cannot run in a browser. */
const NODE_ONLY_RULES = new Set(['spelling'])

/** The files, relative to dist/, that the engine reads with node:fs and the browser gets compiled in. */
const EMBEDDED_FILES = ['src/text/simplified-codes.bin']

/** `import.meta.url` of a bundled module becomes this scheme and its path in dist/, so URLs made from it name dist/ files. */
const SCHEME = 'reply-lint:'

export async function bundleBrowser(root, dist) {
  const out = path.join(dist, 'browser')
  fs.rmSync(out, {recursive: true, force: true})
  fs.mkdirSync(out, {recursive: true})
  const rules = fs
    .readdirSync(path.join(dist, 'rules'))
    .filter(name => !NODE_ONLY_RULES.has(name) && fs.existsSync(path.join(dist, 'rules', name, 'index.js')))
    .sort()
  // Their meta, for stand-ins that find nothing (as the rule itself does where its service is missing), so configs that set them still load.
  const standIns = []
  for (const name of NODE_ONLY_RULES) {
    const {default: rule} = await import(pathToFileURL(path.join(dist, 'rules', name, 'index.js')).href)
    standIns.push(rule.meta)
  }
  const plugins = [browserModules(dist, rules, standIns)]
  const common = {bundle: true, platform: 'browser', target: 'es2022', logLevel: 'warning', legalComments: 'none', plugins, metafile: true}
  // The Traditional converter (OpenCC's Simplified-to-Taiwan dictionaries, most of the
  // bytes) and the English parser stay dynamic imports, chunks a page loads when a
  // reply first needs them.
  const library = await esbuild.build({
    ...common,
    entryPoints: [{in: path.join(dist, 'src/browser.js'), out: 'reply-lint.browser'}],
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    format: 'esm',
    minify: true,
  })
  await esbuild.build({...common, entryPoints: [path.join(root, 'playground/playground.js')], outfile: path.join(out, 'playground.js'), format: 'iife', minify: true})
  fs.copyFileSync(path.join(root, 'playground/playground.html'), path.join(out, 'playground.html'))
  const reached = Object.keys(library.metafile.inputs).filter(input => input.startsWith('node:') || input.includes('(disabled)'))
  if (reached.length) throw new Error(`browser bundle: Node built-ins reached: ${reached.join(', ')}`)
  return {rules: rules.length, leftOut: [...NODE_ONLY_RULES], bytes: Object.values(library.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)}
}

function browserModules(dist, rules, standIns) {
  const module = file => path.join(dist, file)
  const replaced = new Map([
    [module('src/rules-loader.js'), () => rulesTable(rules, standIns)],
    [module('src/phrases/load.js'), () => phraseTable(dist, rules)],
    [module('src/spelling.js'), () => NO_SPELLING],
  ])
  return {
    name: 'reply-lint-browser',
    setup(build) {
      // The fallback that works the Simplified table out with OpenCC when the build did not ship it: it is compiled in here.
      build.onResolve({filter: /^opencc-js\/t2cn$/}, () => ({path: 'no-opencc-t2cn', namespace: 'reply-lint'}))
      build.onResolve({filter: /^node:fs$|^fs$/}, () => ({path: 'embedded-files', namespace: 'reply-lint'}))
      build.onResolve({filter: /^node:|^(path|url|module|fs|os|child_process|worker_threads|stream|readline)$/}, args => ({
        errors: [{text: `${args.path} is a Node built-in, which browsers lack (imported by ${path.relative(dist, args.importer)}): replace that module in scripts/browser-bundle.mjs`}],
      }))
      build.onLoad({filter: /^embedded-files$/, namespace: 'reply-lint'}, () => ({contents: embeddedFiles(dist), loader: 'js'}))
      build.onLoad({filter: /^no-opencc-t2cn$/, namespace: 'reply-lint'}, () => ({contents: "export function Converter() { throw new Error('the browser build ships the Simplified table') }", loader: 'js'}))
      build.onLoad({filter: /\.js$/}, args => {
        const replace = replaced.get(args.path)
        const resolveDir = path.dirname(args.path)
        if (replace) return {contents: replace(), loader: 'js', resolveDir}
        if (!args.path.startsWith(dist + path.sep)) return undefined
        const url = SCHEME + '/' + path.relative(dist, args.path).split(path.sep).join('/')
        const contents = fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(url))
        return {contents, loader: 'js', resolveDir}
      })
    },
  }
}

/** The built-in rules, imported statically, and the stand-ins of those left out (rules-loader.js's exports). */
function rulesTable(rules, standIns) {
  const imports = rules.map((name, i) => `import rule${i} from '../rules/${name}/index.js';`).join('\n')
  const stubs = NODE_ONLY_RULES.size ? [...NODE_ONLY_RULES].map((id, i) => `{id: ${JSON.stringify(id)}, meta: ${JSON.stringify(standIns[i])}, check() {}}`) : []
  return `${imports}
const RULES = [${[...rules.map((_, i) => `rule${i}`), ...stubs].join(', ')}].sort((a, b) => a.id < b.id ? -1 : 1);
export function loadBuiltinRules() { return Promise.resolve(RULES); }
export function ruleDocs() { return undefined; }
export function builtinRulesDir() { return undefined; }
`
}

/** Each rule's compiled phrase files, by folder (phrases/load.js's exports). */
function phraseTable(dist, rules) {
  const table = {}
  for (const name of rules) {
    for (const lang of ['en', 'zh']) {
      const file = path.join(dist, 'rules', name, `phrases.${lang}.json`)
      if (fs.existsSync(file)) (table[name] ??= {})[lang] = JSON.parse(fs.readFileSync(file, 'utf8'))
    }
  }
  return `import {fromPrecompiled} from './compile.js';
const PHRASES = ${JSON.stringify(table)};
/** The phrase set of the rule module at moduleUrl, from the data compiled in. */
export function loadRulePhrases(moduleUrl) {
  const folder = /\\/rules\\/([^/]+)\\/[^/]*$/.exec(moduleUrl)?.[1];
  const set = {};
  for (const [lang, data] of Object.entries(PHRASES[folder] ?? {})) set[lang] = fromPrecompiled(data);
  return set;
}
export function loadPhraseFile(file) { throw new Error(\`\${file}: the browser build has no files; phrase data is compiled in\`); }
export function parseYaml() { throw new Error('the browser build reads no YAML'); }
`
}

const NO_SPELLING = `
const WHY = 'spelling is not checked in the browser build (it needs Hunspell, a native addon)';
export function loadSpeller() { return Promise.resolve(); }
export function getSpeller() { return undefined; }
export function spellingUnavailable() { return WHY; }
`

/** A read-only node:fs with the bytes of EMBEDDED_FILES, for the modules that read them by URL. */
function embeddedFiles(dist) {
  const files = Object.fromEntries(EMBEDDED_FILES.map(file => [`${SCHEME}/${file}`, fs.readFileSync(path.join(dist, file)).toString('base64')]))
  return `const FILES = ${JSON.stringify(files)};
function readFileSync(file) {
  const name = String(file);
  const base64 = FILES[name];
  if (base64 === undefined) throw Object.assign(new Error(\`ENOENT: \${name} is not compiled into the browser build\`), {code: 'ENOENT'});
  return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
}
function existsSync(file) { return String(file) in FILES; }
export default {readFileSync, existsSync};
export {readFileSync, existsSync};
`
}
