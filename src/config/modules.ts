// Finds and loads the modules a config names (plugins, shareable configs,
// JavaScript configs). Loading JavaScript runs it, so code is loaded only from
// inside the project being linted, never from a folder that merely holds the
// files being linted.
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ConfigError} from './errors.js'

const JS_EXTENSIONS = ['.js', '.mjs', '.cjs']

export function isJavaScript(file: string): boolean {
  return JS_EXTENSIONS.includes(path.extname(file).toLowerCase())
}

/**
 * The project: the nearest folder at or above `cwd` with a package.json or a
 * .git, or `cwd` itself when there is none.
 */
export function projectRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) || fs.existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(cwd)
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export interface CodePolicy {
  /** Code is loaded only from under this folder... */
  root: string
  /** ...or from these files, named explicitly by the person running the linter. */
  trusted: ReadonlySet<string>
}

/** Refuses to run a file that lies outside the project (symbolic links followed). */
export function assertMayRun(file: string, policy: CodePolicy, where: string, what: string): void {
  const real = safeRealpath(file)
  if (policy.trusted.has(real) || isInside(real, safeRealpath(policy.root))) return
  throw new ConfigError(
    `${where}: refusing to load ${what} ${file}: it is outside the project (${policy.root}) and would run its code; ` +
      'run reply-lint from that project, pass the config with --config, or use a JSON or YAML config',
  )
}

function safeRealpath(file: string): string {
  try {
    return fs.realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/**
 * Resolves a module name as written in a config: a path (./x, ../x, /x)
 * relative to the config's folder, or a package in a node_modules folder at or
 * above it. Packages are found by their package.json, so ESM-only packages
 * with an "exports" map resolve too.
 */
export function resolveModule(specifier: string, fromDir: string, where: string): string {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const file = path.resolve(fromDir, specifier)
    for (const candidate of [file, ...JS_EXTENSIONS.map(ext => file + ext), path.join(file, 'index.js')])
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
    throw new ConfigError(`${where}: cannot find ${specifier} (looked in ${fromDir})`)
  }
  const {name, subpath} = splitPackageName(specifier)
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', name)
    const manifest = path.join(pkgDir, 'package.json')
    if (fs.existsSync(manifest)) {
      const entry = subpath ? subpath : packageEntry(JSON.parse(fs.readFileSync(manifest, 'utf8')) as PackageManifest)
      const file = path.resolve(pkgDir, entry)
      if (!fs.existsSync(file)) throw new ConfigError(`${where}: package ${specifier} has no file ${entry}`)
      return file
    }
    if (path.dirname(dir) === dir) break
  }
  throw new ConfigError(`${where}: cannot find package '${specifier}' (install it in the project: npm install --save-dev ${name})`)
}

interface PackageManifest {
  exports?: unknown
  main?: string
}

function splitPackageName(specifier: string): {name: string; subpath?: string} {
  const parts = specifier.split('/')
  const count = specifier.startsWith('@') ? 2 : 1
  const rest = parts.slice(count).join('/')
  return {name: parts.slice(0, count).join('/'), subpath: rest || undefined}
}

/** The main file of a package: its "exports" entry for import, else "main", else index.js. */
function packageEntry(manifest: PackageManifest): string {
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const map = value as Record<string, unknown>
      if ('.' in map) return pick(map['.'])
      for (const condition of ['import', 'node', 'default', 'require']) {
        const found = pick(map[condition])
        if (found) return found
      }
    }
    return undefined
  }
  return pick(manifest.exports) ?? manifest.main ?? 'index.js'
}

/** Imports a JavaScript module and returns its default export (or the namespace when it has none). */
export async function importModule(file: string, where: string): Promise<unknown> {
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
    return 'default' in mod ? mod.default : mod
  } catch (error) {
    throw new ConfigError(`${where}: cannot load ${file}: ${(error as Error).message.split('\n')[0]}`)
  }
}
