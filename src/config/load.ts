// Reads one configuration file and everything it extends, into a flat
// LoadedConfig: rule layers in order, overrides, ignore patterns, plugins and
// phrase packs, every path made absolute against the folder of the file that
// wrote it.
import fs from 'node:fs'
import path from 'node:path'
import type {Language, Rule, RuleSetting} from '../types.js'
import {defineRule} from '../rule.js'
import {ConfigError} from './errors.js'
import {isPreset, type RuleLayer} from './rules.js'
import {parseData, parseJsonData, checkDepth} from './safe-data.js'
import {validateConfigData} from './schema.js'
import {assertMayRun, importModule, isJavaScript, resolveModule, type CodePolicy} from './modules.js'

/** A configuration as written in a file (after validation against the schema). */
export interface ConfigData {
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  overrides?: OverrideData[]
  ignorePatterns?: string | string[]
  speakers?: string | string[]
  language?: Language | 'auto'
  plugins?: Array<string | object>
  phrasePacks?: string | string[]
  reportUnusedDisableDirectives?: boolean
}

export interface OverrideData {
  files: string | string[]
  excludedFiles?: string | string[]
  rules?: Record<string, RuleSetting>
  speakers?: string | string[]
  language?: Language | 'auto'
  phrasePacks?: string | string[]
}

/** The settings an override applies to the files its globs match. */
export interface LoadedOverride {
  /** The folder the globs are relative to: the folder of the config that wrote them. */
  dir: string
  files: string[]
  excludedFiles: string[]
  layer?: RuleLayer
  speakers?: string[]
  language?: Language | 'auto'
  phrasePacks: string[]
  /** `file: overrides[i]`, for messages. */
  where: string
}

export interface LoadedPlugin {
  name: string
  rules: Rule[]
}

export interface LoadedConfig {
  /** The config file in use; undefined when there is none. */
  file?: string
  layers: RuleLayer[]
  overrides: LoadedOverride[]
  ignorePatterns: Array<{dir: string; patterns: string[]}>
  speakers?: string[]
  language?: Language | 'auto'
  plugins: LoadedPlugin[]
  phrasePacks: string[]
  reportUnusedDisableDirectives?: boolean
}

export function emptyConfig(): LoadedConfig {
  return {layers: [], overrides: [], ignorePatterns: [], plugins: [], phrasePacks: []}
}

export interface LoadContext {
  policy: CodePolicy
  /** Turns an absolute path into the name used in messages. */
  display: (file: string) => string
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** The config data in a file: package.json's "reply-lint" key, a JS module's default export, or JSON / YAML. */
async function readConfigData(file: string, context: LoadContext): Promise<{data: unknown; where: string}> {
  const shown = context.display(file)
  if (path.basename(file) === 'package.json') {
    const where = `${shown}#reply-lint`
    const manifest = parseJsonData(fs.readFileSync(file, 'utf8'), shown) as Record<string, unknown>
    return {data: manifest['reply-lint'], where}
  }
  if (isJavaScript(file)) {
    assertMayRun(file, context.policy, shown, 'the JavaScript config')
    const data = await importModule(file, shown)
    checkDepth(data, shown)
    return {data, where: shown}
  }
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  return {data: parseData(text, file, shown), where: shown}
}

/** Loads a config file and what it extends. `chain` holds the files being loaded, to catch cycles. */
export async function loadConfigFile(file: string, context: LoadContext, chain: string[] = []): Promise<LoadedConfig> {
  const {data, where} = await readConfigData(file, context)
  const config = withoutEmptyKeys(data)
  validateConfigData(config, where)
  return expandConfig(config as ConfigData, path.dirname(file), where, context, [...chain, file])
}

/** A key written with nothing after it (`rules:` above commented-out lines) counts as absent. */
function withoutEmptyKeys(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (value === null) continue
    copy[key] = key === 'overrides' && Array.isArray(value) ? value.map(withoutEmptyKeys) : value
  }
  return copy
}

/** Flattens validated config data (from a file or handed over in memory). */
export async function expandConfig(data: ConfigData, dir: string, where: string, context: LoadContext, chain: string[] = []): Promise<LoadedConfig> {
  const result = emptyConfig()
  const extended = list(data.extends)
  for (const [i, name] of extended.entries()) {
    const at = `${where}: extends${Array.isArray(data.extends) ? `[${i}]` : ''}`
    if (isPreset(name)) {
      result.layers.push({preset: name, at})
      continue
    }
    const file = resolveModule(name, dir, at)
    if (chain.includes(file)) throw new ConfigError(`${at}: ${name} extends itself (${[...chain, file].map(context.display).join(' -> ')})`)
    if (isJavaScript(file)) assertMayRun(file, context.policy, at, 'the shareable config')
    mergeInto(result, await loadConfigFile(file, context, chain))
  }
  if (data.rules) result.layers.push({rules: data.rules, at: id => `${where}: rules.${id}`})
  ;(data.overrides ?? []).forEach((o, i) => {
    const at = `${where}: overrides[${i}]`
    result.overrides.push({
      dir,
      files: list(o.files),
      excludedFiles: list(o.excludedFiles),
      ...(o.rules ? {layer: {rules: o.rules, at: (id: string) => `${at}.rules.${id}`}} : {}),
      ...(o.speakers !== undefined ? {speakers: list(o.speakers)} : {}),
      ...(o.language !== undefined ? {language: o.language} : {}),
      phrasePacks: list(o.phrasePacks).map(p => path.resolve(dir, p)),
      where: at,
    })
  })
  if (data.ignorePatterns !== undefined) result.ignorePatterns.push({dir, patterns: list(data.ignorePatterns)})
  if (data.speakers !== undefined) result.speakers = list(data.speakers)
  if (data.language !== undefined) result.language = data.language
  if (data.reportUnusedDisableDirectives !== undefined) result.reportUnusedDisableDirectives = data.reportUnusedDisableDirectives
  for (const [i, plugin] of (data.plugins ?? []).entries()) result.plugins.push(await loadPlugin(plugin, dir, `${where}: plugins[${i}]`, context))
  result.phrasePacks.push(...list(data.phrasePacks).map(p => path.resolve(dir, p)))
  return result
}

/** Later settings win: the extending config comes after what it extends. */
function mergeInto(target: LoadedConfig, source: LoadedConfig): void {
  target.layers.push(...source.layers)
  target.overrides.push(...source.overrides)
  target.ignorePatterns.push(...source.ignorePatterns)
  target.plugins.push(...source.plugins)
  target.phrasePacks.push(...source.phrasePacks)
  if (source.speakers) target.speakers = source.speakers
  if (source.language) target.language = source.language
  if (source.reportUnusedDisableDirectives !== undefined) target.reportUnusedDisableDirectives = source.reportUnusedDisableDirectives
}

async function loadPlugin(plugin: string | object, dir: string, where: string, context: LoadContext): Promise<LoadedPlugin> {
  if (typeof plugin !== 'string') return {name: '(inline)', rules: pluginRules(plugin, where)}
  const file = resolveModule(plugin, dir, where)
  assertMayRun(file, context.policy, where, 'the plugin')
  return {name: plugin, rules: pluginRules(await importModule(file, where), where)}
}

/** A plugin exports a rule, a list of rules, or `{rules}` as a list or a map by id. */
function pluginRules(exported: unknown, where: string): Rule[] {
  const value = exported as {rules?: unknown; id?: unknown} | undefined
  let rules: unknown[]
  if (Array.isArray(value)) rules = value
  else if (value && typeof value === 'object' && value.rules && typeof value.rules === 'object')
    rules = Array.isArray(value.rules) ? value.rules : Object.values(value.rules)
  else if (value && typeof value === 'object' && typeof value.id === 'string') rules = [value]
  else throw new ConfigError(`${where}: a plugin must export a rule, a list of rules or {rules: [...]}`)
  return rules.map((rule, i) => {
    try {
      return defineRule(rule as Rule)
    } catch (error) {
      throw new ConfigError(`${where}: rule ${i}: ${(error as Error).message}`)
    }
  })
}
