// Bundles the CLI and the worker thread's entry, each into one file in place
// of the compiled module. Node resolves, reads and compiles every ES module
// on its own: the CLI's 120-odd modules cost more than half of its start-up,
// one file costs a fraction. The library (dist/src/index.js) stays unbundled.
//
// Every other compiled file stays where it was, and the bundle finds its data
// the way the modules did: each `import.meta.url` is rewritten to the URL of
// the module it was written in (rules read their phrase files beside them),
// and the built-in rules, found by listing rules/ at run time, are imported
// statically instead. Packages stay outside the bundle and load on first use,
// but for the few every run of the CLI loads (BUNDLED_PACKAGES).
import fs from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'

/** The compiled files to bundle in place, relative to dist/. */
const ENTRIES = ['bin/reply-lint.js', 'src/parallel/worker.js']

/**
 * Packages every start of the CLI loads: the option parser, the terminal
 * colours and the config file finder. Inside the bundle, Node neither
 * resolves, reads nor compiles them as modules of their own (commander and
 * lilconfig, as CommonJS, are also scanned for their exports, and the
 * scanner itself has to load): 5-8 ms of a one-reply run, lilconfig 1-2 ms.
 */
const BUNDLED_PACKAGES = new Set(['commander', 'chalk', 'lilconfig'])

/**
 * A bundled CommonJS package asks for Node's modules with `require`, which
 * an ES module lacks: each output file makes its own.
 */
const REQUIRE_FOR_COMMONJS = "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"

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
    // URLs hold there too): the worker pool loads only when a run uses it.
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
      banner: {js: REQUIRE_FOR_COMMONJS},
      logLevel: 'warning',
      plugins: [otherPackagesOutside(), moduleUrls(outfile, rules)],
    })
    for (const file of result.outputFiles) fs.writeFileSync(file.path, file.contents)
  }
}

const CHUNK_PREFIX = 'bundled-chunk-'


/** Leaves every package import but those of BUNDLED_PACKAGES to Node. */
function otherPackagesOutside() {
  return {
    name: 'other-packages-outside',
    setup(build) {
      build.onResolve({filter: /^[^./#]/}, args => {
        if (args.kind === 'entry-point') return undefined
        const name = args.path.startsWith('@') ? args.path.split('/', 2).join('/') : args.path.split('/', 1)[0]
        return BUNDLED_PACKAGES.has(name) ? undefined : {path: args.path, external: true}
      })
    },
  }
}

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
