// Bundles the CLI and the worker thread's entry, each into one file in place
// of the compiled module. Node resolves, reads and compiles every ES module
// on its own: the CLI's 120-odd modules cost more than half of its start-up,
// one file costs a fraction. The library (dist/src/index.js) stays unbundled.
//
// Every other compiled file stays where it was, and the bundle finds its data
// the way the modules did: each `import.meta.url` is rewritten to the URL of
// the module it was written in (rules read their phrase files beside them),
// and the built-in rules, found by listing rules/ at run time, are imported
// statically instead. Packages stay outside the bundle and load on first use.
import fs from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'

/** The compiled files to bundle in place, relative to dist/. */
const ENTRIES = ['bin/reply-lint.js', 'src/parallel/worker.js']

/** The statement of rules-loader.js that imports a rule folder's module by its path. */
const DYNAMIC_RULE_IMPORT = /const mod = \(await import\(pathToFileURL\(file\)\.href\)\);/

export async function bundle(dist) {
  const rulesDir = path.join(dist, 'rules')
  const rules = fs
    .readdirSync(rulesDir)
    .filter(name => fs.existsSync(path.join(rulesDir, name, 'index.js')))
    .sort()
  for (const entry of ENTRIES) {
    const outfile = path.join(dist, entry)
    const dir = path.dirname(entry)
    // A dynamic import stays one (a chunk beside the entry, so the rewritten
    // URLs hold there too): the worker pool and its package load only when
    // a run uses them.
    for (const old of fs.readdirSync(path.join(dist, dir)).filter(f => f.startsWith(CHUNK_PREFIX))) fs.rmSync(path.join(dist, dir, old))
    const result = await esbuild.build({
      entryPoints: [{in: outfile, out: entry.replace(/\.js$/, '')}],
      outdir: dist,
      chunkNames: `${dir}/${CHUNK_PREFIX}[hash]`,
      splitting: true,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
      plugins: [moduleUrls(outfile, rules)],
    })
    for (const file of result.outputFiles) fs.writeFileSync(file.path, file.contents)
  }
}

const CHUNK_PREFIX = 'bundled-chunk-'


function moduleUrls(outfile, rules) {
  return {
    name: 'module-urls',
    setup(build) {
      build.onLoad({filter: /\.js$/}, args => {
        const relative = path.relative(path.dirname(outfile), args.path).split(path.sep).join('/')
        let contents = fs.readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`)
        if (args.path.endsWith(`${path.sep}src${path.sep}rules-loader.js`)) contents = staticRules(contents, rules, args.path)
        return {contents, loader: 'js', resolveDir: path.dirname(args.path)}
      })
    },
  }
}

function staticRules(contents, rules, file) {
  if (!DYNAMIC_RULE_IMPORT.test(contents)) throw new Error(`${file}: the statement that imports a rule module has changed; update scripts/bundle.mjs`)
  const imports = rules.map((name, i) => `import * as rule${i} from '../rules/${name}/index.js';`).join('\n')
  const table = `{${rules.map((name, i) => `${JSON.stringify(name)}: rule${i}`).join(', ')}}`
  // The folder listing still decides which rules exist; the table only replaces the import.
  return `${imports}\nconst BUNDLED_RULES = ${table};\n${contents.replace(DYNAMIC_RULE_IMPORT, 'const mod = BUNDLED_RULES[name] ?? (await import(pathToFileURL(file).href));')}`
}
