// Finds a formatter by name: a built-in one, a module path
// (`./my-formatter.js`) or an installed package (`reply-lint-formatter-x` or
// any package whose default export is a formatter).
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import type {CustomFormatter} from './types.js'
import {formatterNames, getFormatter} from './registry.js'

export class FormatterLoadError extends Error {}

/** Package names tried for `--format NAME`, ESLint-style: the prefixed name first. */
function packageCandidates(name: string): string[] {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/')
    return rest?.startsWith('reply-lint-formatter') ? [name] : [`${scope}/reply-lint-formatter${rest ? `-${rest}` : ''}`, name]
  }
  return name.startsWith('reply-lint-formatter-') ? [name] : [`reply-lint-formatter-${name}`, name]
}

const looksLikePath = (name: string) => /^\.{1,2}[\\/]/.test(name) || path.isAbsolute(name) || /\.[cm]?js$/.test(name)

/** The ES-module entry of a package under node_modules, for packages that only export `import`. */
function esmEntry(packageDir: string): string | undefined {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    exports?: unknown
    module?: string
    main?: string
  }
  let entry: unknown = pkg.exports
  if (entry && typeof entry === 'object' && '.' in entry) entry = (entry as Record<string, unknown>)['.']
  while (entry && typeof entry === 'object') {
    const conditions = entry as Record<string, unknown>
    entry = conditions.import ?? conditions.node ?? conditions.default
  }
  const file = typeof entry === 'string' ? entry : (pkg.module ?? pkg.main ?? 'index.js')
  const resolved = path.join(packageDir, file)
  return fs.existsSync(resolved) ? resolved : undefined
}

function resolvePackage(name: string, cwd: string): string | undefined {
  const require = createRequire(path.join(cwd, 'noop.js'))
  try {
    return require.resolve(name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined
  }
  // An ESM-only package: find its folder the way Node does, walking up from cwd.
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const packageDir = path.join(dir, 'node_modules', name)
    if (fs.existsSync(path.join(packageDir, 'package.json'))) return esmEntry(packageDir)
    if (path.dirname(dir) === dir) return undefined
  }
}

async function importFormatter(file: string, shownAs: string): Promise<CustomFormatter> {
  let mod: {default?: unknown}
  try {
    mod = (await import(pathToFileURL(file).href)) as {default?: unknown}
  } catch (error) {
    throw new FormatterLoadError(`--format ${shownAs}: cannot load the module: ${(error as Error).message.split('\n')[0]}`)
  }
  // A CommonJS module's exports arrive as `default`; an ES module may export `default`.
  const exported = mod.default && typeof mod.default === 'object' && 'default' in mod.default ? (mod.default as {default: unknown}).default : mod.default
  if (typeof exported !== 'function') throw new FormatterLoadError(`--format ${shownAs}: the module must export default a function (results, context) => string`)
  return exported as CustomFormatter
}

/**
 * The formatter for `--format NAME`: a built-in name, a path to a module, or
 * a package name. The module's default export is `(results, context) => string`
 * (a promise of a string works too).
 */
export async function loadFormatter(name: string, cwd = process.cwd()): Promise<CustomFormatter> {
  const builtin = getFormatter(name)
  if (builtin) return builtin
  if (looksLikePath(name)) {
    const file = path.resolve(cwd, name)
    if (!fs.existsSync(file)) throw new FormatterLoadError(`--format ${name}: no such file ${file}`)
    return importFormatter(file, name)
  }
  for (const candidate of packageCandidates(name)) {
    const file = resolvePackage(candidate, cwd)
    if (file) return importFormatter(file, name)
  }
  throw new FormatterLoadError(`--format: unknown format '${name}' (built in: ${formatterNames().join(', ')}; or a module path such as ./my-formatter.js, or an installed package)`)
}
