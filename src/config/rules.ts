// Turns presets and rule settings into the rules that run and how.
import type {ActiveRule, Config, Rule, RuleSetting, Severity, SeveritySetting} from '../types.js'
import {ConfigError} from './errors.js'

/** Presets are derived from each rule's own meta, so the engine names no rule. */
const PRESETS: Record<string, (rule: Rule) => SeveritySetting> = {
  recommended: rule => rule.meta.defaultSeverity,
  // Everything one step louder: warnings fail the build, info becomes a warning.
  strict: rule => (rule.meta.defaultSeverity === 'info' ? 'warning' : 'error'),
  all: () => 'warning',
}

export const PRESET_NAMES = Object.keys(PRESETS)

export function isPreset(name: string): boolean {
  return Object.hasOwn(PRESETS, name)
}

const NUMERIC: Record<number, SeveritySetting> = {0: 'off', 1: 'warning', 2: 'error'}

export function parseSeverity(value: unknown, where: string): SeveritySetting {
  if (typeof value === 'number' && value in NUMERIC) return NUMERIC[value]!
  if (value === 'off' || value === 'info' || value === 'warning' || value === 'error') return value
  if (value === 'warn') return 'warning'
  throw new ConfigError(`${where}: severity must be off, info, warning or error (or 0, 1, 2), not ${JSON.stringify(value)}`)
}

export interface ParsedSetting {
  severity: SeveritySetting
  options?: Record<string, unknown>
}

export function parseSetting(setting: RuleSetting, where: string): ParsedSetting {
  if (Array.isArray(setting)) {
    const [severity, options] = setting
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))
      throw new ConfigError(`${where}[1]: options must be an object`)
    return {severity: parseSeverity(severity, `${where}[0]`), options}
  }
  return {severity: parseSeverity(setting, where)}
}

/**
 * One step of rule configuration, applied in order: a preset sets every
 * rule's severity, a rules map changes the rules it names. `at` says where a
 * rule's setting was written, for error messages.
 */
export type RuleLayer = {preset: string; at?: string} | {rules: Record<string, RuleSetting>; at: (id: string) => string}

/** The severity and configured options of every available rule after all layers. */
export type RuleTable = Map<string, ParsedSetting>

export function applyRuleLayers(available: readonly Rule[], layers: readonly RuleLayer[]): RuleTable {
  const known = new Set(available.map(r => r.id))
  const table: RuleTable = new Map(available.map(r => [r.id, {severity: 'off'}]))
  for (const layer of layers) {
    if ('preset' in layer) {
      const preset = isPreset(layer.preset) ? PRESETS[layer.preset]! : undefined
      if (!preset) throw new ConfigError(`${layer.at ?? 'extends'}: unknown preset '${layer.preset}' (known: ${PRESET_NAMES.join(', ')})`)
      // A rule may be defined twice (a phrase pack adding to a built-in rule): the first definition's meta decides.
      const seen = new Set<string>()
      for (const rule of available) {
        if (seen.has(rule.id)) continue
        seen.add(rule.id)
        table.set(rule.id, {...table.get(rule.id), severity: preset(rule)})
      }
      continue
    }
    for (const [id, setting] of Object.entries(layer.rules)) {
      if (!known.has(id)) throw new ConfigError(`${layer.at(id)}: unknown rule '${id}'${suggestId(id, [...known])}`)
      const parsed = parseSetting(setting, layer.at(id))
      const before = table.get(id)
      table.set(id, {severity: parsed.severity, ...(parsed.options || before?.options ? {options: {...before?.options, ...parsed.options}} : {})})
    }
  }
  return table
}

/** The active rules of a finished table, with default options under configured ones. */
export function activeRules(available: readonly Rule[], table: RuleTable): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const rule of available) {
    const setting = table.get(rule.id)
    if (!setting || setting.severity === 'off') continue
    active.push({rule, severity: setting.severity as Severity, options: {...rule.meta.defaultOptions, ...setting.options}})
  }
  return active
}

/** The layers of an in-memory config: its presets (recommended by default), then its rules. */
export function configLayers(config: Config = {}): RuleLayer[] {
  const presets = config.extends === undefined ? ['recommended'] : Array.isArray(config.extends) ? config.extends : [config.extends]
  return [...presets.map(preset => ({preset})), {rules: config.rules ?? {}, at: (id: string) => `rules.${id}`}]
}

/** The rules a config turns on, with their severity and merged options. */
export function resolveRules(available: readonly Rule[], config: Config = {}): ActiveRule[] {
  return activeRules(available, applyRuleLayers(available, configLayers(config)))
}

/** "did you mean" for a mistyped rule id: a close spelling or a shared stem. */
function suggestId(id: string, known: string[]): string {
  const close = known.find(k => editDistance(k, id) <= 2) ?? known.find(k => k.includes(id) || id.includes(k))
  return close ? ` (did you mean '${close}'?)` : ''
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]!
}
