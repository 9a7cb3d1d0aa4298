// The settings for each linted file: the nearest config file above it (found
// with lilconfig, loaded once per file), the overrides whose globs match it,
// the ignore patterns, then the command line's settings on top. Linters are
// shared by the files that end up with the same settings.
import path from 'node:path'
import {lilconfig} from 'lilconfig'
import {createRequire} from 'node:module'
import type Picomatch from 'picomatch'
import type {Language, Rule, RuleSetting, Severity} from '../types.js'
import {Linter} from '../engine.js'
import {loadBuiltinRules} from '../rules-loader.js'
import {loadPhrasePack, phrasePackRules} from '../phrases/pack.js'
import {ConfigError} from './errors.js'
import {activeRules, applyRuleLayers, type RuleLayer, type RuleTable} from './rules.js'
import {emptyConfig, loadConfigFile, type LoadContext, type LoadedConfig, type LoadedOverride} from './load.js'
import {projectRoot, type CodePolicy} from './modules.js'
import {IgnoreMatcher, readIgnoreFile, type IgnoreSource} from './ignore.js'
import {parseJsonData} from './safe-data.js'

/** Where configs are looked for in each folder, first found wins. */
export const CONFIG_FILE_NAMES = [
  'reply-lint.config.js',
  'reply-lint.config.mjs',
  'reply-lint.config.json',
  'reply-lint.config.yaml',
  'reply-lint.config.yml',
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'package.json',
]

export interface ConfigResolverOptions {
  cwd?: string
  /** Use this config file for every file instead of looking for one (`--config`). */
  configFile?: string
  /** Look for config files (false: `--no-config`, built-in defaults only). */
  useConfigFiles?: boolean
  /** Replaces the presets the configs name (`--preset`). */
  preset?: string
  /** Rule settings that win over every config (`--rule`). */
  rules?: Record<string, RuleSetting>
  /** Report unused disable directives whatever the configs say. */
  reportUnusedDisableDirectives?: boolean
  /** The built-in rules; loaded from rules/ when not given. */
  builtins?: Rule[]
  /**
   * Severities whose findings nobody will see (the CLI without --verbose
   * hides info): rules set to them are not run at all. They still run where
   * a file reports unused disable directives, which depends on their findings.
   */
  unseenSeverities?: readonly Severity[]
}

/** Everything that decides how one file is linted. */
export interface FileSettings {
  filePath: string
  /** The config file in use, if any. */
  configFile?: string
  /** The ignore file or config whose patterns leave this file out. */
  ignoredBy?: string
  /** Every known rule's severity and configured options. */
  rules: RuleTable
  /** The rules to choose from: built-in, plugin and phrase-pack rules. */
  available: Rule[]
  /** Who counts as the one replying, in transcripts. */
  speakers?: string[]
  language?: Language
  plugins: string[]
  phrasePacks: string[]
  reportUnusedDisableDirectives: boolean
  /** Files with equal keys share a linter. */
  key: string
}

/** Finds config files: lilconfig only locates them; loading (and its safety checks) is ours. */
function configFinder() {
  const found = () => ({})
  return lilconfig('reply-lint', {
    searchPlaces: CONFIG_FILE_NAMES,
    packageProp: 'reply-lint',
    loaders: {
      '.js': found,
      '.mjs': found,
      '.yaml': found,
      '.yml': found,
      noExt: found,
      // package.json counts only when it has a "reply-lint" key, so it must be read.
      '.json': (file: string, content: string) => (path.basename(file) === 'package.json' ? parseJsonData(content, path.relative(process.cwd(), file) || file) : {}),
    },
  })
}

export class ConfigResolver {
  readonly cwd: string
  private readonly finder = configFinder()
  private readonly configs = new Map<string, Promise<LoadedConfig>>()
  private readonly linters = new Map<string, Linter>()
  private readonly policy: CodePolicy
  private builtins?: Promise<Rule[]>
  private readonly cwdIgnore?: IgnoreSource

  constructor(private readonly options: ConfigResolverOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd())
    const trusted = new Set<string>()
    if (options.configFile) trusted.add(path.resolve(this.cwd, options.configFile))
    this.policy = {root: projectRoot(this.cwd), trusted}
    if (options.builtins) this.builtins = Promise.resolve(options.builtins)
    this.cwdIgnore = readIgnoreFile(this.cwd)
  }

  private display = (file: string): string => path.relative(this.cwd, file) || path.basename(file)

  /** The config that applies in a folder (cached per config file). */
  async configForDir(dir: string): Promise<LoadedConfig> {
    let file: string | undefined
    if (this.options.configFile) file = path.resolve(this.cwd, this.options.configFile)
    else if (this.options.useConfigFiles !== false) file = (await this.finder.search(dir))?.filepath || undefined
    const key = file ?? ''
    let loaded = this.configs.get(key)
    if (!loaded) {
      const context: LoadContext = {policy: this.policy, display: this.display}
      loaded = file ? loadConfigFile(file, context).then(c => ({...c, file})) : Promise.resolve(emptyConfig())
      this.configs.set(key, loaded)
    }
    return loaded
  }

  /**
   * The settings for one file. `virtual` is for text without a real file
   * (stdin without --stdin-filename): no override or ignore pattern matches it.
   */
  async settingsFor(filePath: string, {virtual = false} = {}): Promise<FileSettings> {
    const file = path.resolve(this.cwd, filePath)
    const config = await this.configForDir(path.dirname(file))
    const overrides = virtual ? [] : config.overrides.map((o, i) => [o, i] as const).filter(([o]) => overrideMatches(o, file))
    const key = `${config.file ?? ''}|${overrides.map(([, i]) => i).join(',')}`
    let shared = this.shared.get(key)
    if (!shared) {
      shared = this.sharedSettings(config, overrides.map(([o]) => o), key)
      this.shared.set(key, shared)
    }
    const settings = await shared
    const ignoredBy = virtual ? undefined : (ownFile(file, settings.phrasePacks) ?? this.ignoreMatcher(config).ignoredBy(file))
    return {filePath: file, ...(ignoredBy ? {ignoredBy} : {}), ...settings}
  }

  /** Settings that files with the same config and matching overrides share: computed once. */
  private readonly shared = new Map<string, Promise<Omit<FileSettings, 'filePath' | 'ignoredBy'>>>()

  private async sharedSettings(config: LoadedConfig, overrides: readonly LoadedOverride[], key: string): Promise<Omit<FileSettings, 'filePath' | 'ignoredBy'>> {
    const builtins = await (this.builtins ??= loadBuiltinRules())
    const plugins = config.plugins.flatMap(p => p.rules.map(rule => ({rule, from: p.name})))
    for (const {rule, from} of plugins) {
      if (builtins.some(b => b.id === rule.id)) throw new ConfigError(`${this.where(config)}: plugins: ${from} defines rule '${rule.id}', which is a built-in rule's id`)
    }
    const known = [...builtins, ...plugins.map(p => p.rule)]
    const packFiles = [...new Set([...config.phrasePacks, ...overrides.flatMap(o => o.phrasePacks)])]
    const packs = packFiles.map(f => loadPhrasePack(f, this.display(f)))
    const available = [...known, ...phrasePackRules(packs, known)]
    const rules = applyRuleLayers(available, this.ruleLayers(config, overrides))

    let speakers = config.speakers
    let language = config.language
    for (const o of overrides) {
      if (o.speakers) speakers = o.speakers
      if (o.language) language = o.language
    }
    return {
      ...(config.file ? {configFile: config.file} : {}),
      rules,
      available,
      ...(speakers ? {speakers} : {}),
      ...(language && language !== 'auto' ? {language} : {}),
      plugins: config.plugins.map(p => p.name),
      phrasePacks: packFiles,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives ?? config.reportUnusedDisableDirectives ?? false,
      key,
    }
  }

  /** A linter for these settings, shared with every file that has the same ones. */
  linterFor(settings: FileSettings): Linter {
    const unseen = settings.reportUnusedDisableDirectives ? [] : (this.options.unseenSeverities ?? [])
    const key = unseen.length ? `${settings.key}|without ${unseen.join(',')}` : settings.key
    let linter = this.linters.get(key)
    if (!linter) {
      linter = new Linter(activeRules(settings.available, settings.rules), {unseenSeverities: unseen})
      this.linters.set(key, linter)
    }
    return linter
  }

  /** The linters made so far (their notices are worth printing). */
  allLinters(): Linter[] {
    return [...this.linters.values()]
  }

  private where(config: LoadedConfig): string {
    return config.file ? this.display(config.file) : 'config'
  }

  /** Presets first (the command line's replaces the configs'), then rules in order, then --rule. */
  private ruleLayers(config: LoadedConfig, overrides: readonly LoadedOverride[]): RuleLayer[] {
    const chain: RuleLayer[] = [...config.layers, ...overrides.flatMap(o => (o.layer ? [o.layer] : []))]
    const named = chain.filter(l => 'preset' in l)
    const rest = chain.filter(l => !('preset' in l))
    const base: RuleLayer[] = this.options.preset ? [{preset: this.options.preset, at: '--preset'}] : named.length ? named : [{preset: 'recommended'}]
    const cli: RuleLayer[] = this.options.rules ? [{rules: this.options.rules, at: id => `--rule ${id}`}] : []
    return [...base, ...rest, ...cli]
  }

  private readonly ignoreMatchers = new Map<string, IgnoreMatcher>()

  private ignoreMatcher(config: LoadedConfig): IgnoreMatcher {
    const key = config.file ?? ''
    let matcher = this.ignoreMatchers.get(key)
    if (!matcher) {
      const sources: IgnoreSource[] = []
      if (this.cwdIgnore) sources.push(this.cwdIgnore)
      const besideConfig = config.file ? readIgnoreFile(path.dirname(config.file)) : undefined
      if (besideConfig && besideConfig.origin !== this.cwdIgnore?.origin) sources.push(besideConfig)
      for (const {dir, patterns} of config.ignorePatterns) sources.push({dir, patterns, origin: config.file ? `${config.file} ignorePatterns` : 'ignorePatterns'})
      matcher = new IgnoreMatcher(sources.map(src => ({...src, origin: this.display(src.origin)})))
      this.ignoreMatchers.set(key, matcher)
    }
    return matcher
  }
}

/** Config files and phrase packs are reply-lint's own files, never replies to lint. */
function ownFile(file: string, packFiles: readonly string[]): string | undefined {
  const name = path.basename(file)
  if (name !== 'package.json' && CONFIG_FILE_NAMES.includes(name)) return 'a reply-lint config file'
  if (packFiles.includes(file)) return 'a phrase pack in use'
  return undefined
}

/** Whether an override's globs (relative to its config's folder) match a file. */
function overrideMatches(override: LoadedOverride, file: string): boolean {
  const relative = path.relative(override.dir, file)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
  const posix = relative.split(path.sep).join('/')
  return matchesAny(override.files, posix) && !matchesAny(override.excludedFiles, posix)
}

/**
 * Globs without a slash match the file name in any folder, as in .gitignore
 * ("*.md"); the others match the path from the config's folder.
 */
function matchesAny(globs: readonly string[], posixPath: string): boolean {
  return globs.some(glob => {
    let matcher = globMatchers.get(glob)
    if (!matcher) {
      // picomatch is loaded with the first override (most configs have none).
      const picomatch = createRequire(import.meta.url)('picomatch') as typeof Picomatch
      globMatchers.set(glob, (matcher = picomatch(glob, {dot: true, ...(glob.includes('/') ? {} : {basename: true})})))
    }
    return matcher(posixPath)
  })
}

const globMatchers = new Map<string, (path: string) => boolean>()

/** The settings of a file as plain data, for `--print-config`. */
export function describeSettings(settings: FileSettings, cwd: string): Record<string, unknown> {
  const rules: Record<string, unknown> = {}
  for (const [id, {severity, options}] of [...settings.rules].sort(([a], [b]) => a.localeCompare(b))) rules[id] = options ? [severity, options] : severity
  const rel = (f: string) => path.relative(cwd, f) || f
  return {
    filePath: rel(settings.filePath),
    configFile: settings.configFile ? rel(settings.configFile) : null,
    ignored: Boolean(settings.ignoredBy),
    ...(settings.ignoredBy ? {ignoredBy: settings.ignoredBy} : {}),
    language: settings.language ?? 'auto',
    speakers: settings.speakers ?? null,
    plugins: settings.plugins,
    phrasePacks: settings.phrasePacks.map(rel),
    reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
    rules,
  }
}
