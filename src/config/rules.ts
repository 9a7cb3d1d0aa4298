// Turns a configuration object into the rules that run and how.
import type {ActiveRule, Config, Rule, RuleSetting, Severity, SeveritySetting} from './types.js'

export class ConfigError extends Error {}

/** Presets are derived from each rule's own meta, so the engine names no rule. */
const PRESETS: Record<string, (rule: Rule) => SeveritySetting> = {
  recommended: rule => rule.meta.defaultSeverity,
  // Everything one step louder: warnings fail the build, info becomes a warning.
  strict: rule => (rule.meta.defaultSeverity === 'info' ? 'warning' : 'error'),
  all: () => 'warning',
}

export const PRESET_NAMES = Object.keys(PRESETS)

const NUMERIC: Record<number, SeveritySetting> = {0: 'off', 1: 'warning', 2: 'error'}

export function parseSeverity(value: unknown, where: string): SeveritySetting {
  if (typeof value === 'number' && value in NUMERIC) return NUMERIC[value]!
  if (value === 'off' || value === 'info' || value === 'warning' || value === 'error') return value
  if (value === 'warn') return 'warning'
  throw new ConfigError(`${where}: severity must be off, info, warning or error (or 0, 1, 2), not ${JSON.stringify(value)}`)
}

function parseSetting(setting: RuleSetting, where: string): {severity: SeveritySetting; options?: Record<string, unknown>} {
  if (Array.isArray(setting)) {
    const [severity, options] = setting
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))
      throw new ConfigError(`${where}[1]: options must be an object`)
    return {severity: parseSeverity(severity, `${where}[0]`), options}
  }
  return {severity: parseSeverity(setting, where)}
}

/** The rules a config turns on, with their severity and merged options. */
export function resolveRules(available: readonly Rule[], config: Config = {}): ActiveRule[] {
  const byId = new Map(available.map(r => [r.id, r]))
  const extendsList = config.extends === undefined ? ['recommended'] : Array.isArray(config.extends) ? config.extends : [config.extends]
  const severity = new Map<string, SeveritySetting>()
  const options = new Map<string, Record<string, unknown>>()
  for (const name of extendsList) {
    const preset = PRESETS[name]
    if (!preset) throw new ConfigError(`extends: unknown preset '${name}' (known: ${PRESET_NAMES.join(', ')})`)
    for (const rule of available) severity.set(rule.id, preset(rule))
  }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!byId.has(id)) throw new ConfigError(`rules.${id}: unknown rule '${id}'${suggestId(id, [...byId.keys()])}`)
    const parsed = parseSetting(setting, `rules.${id}`)
    severity.set(id, parsed.severity)
    if (parsed.options) options.set(id, {...options.get(id), ...parsed.options})
  }
  const active: ActiveRule[] = []
  for (const rule of available) {
    const s = severity.get(rule.id) ?? 'off'
    if (s === 'off') continue
    active.push({rule, severity: s as Severity, options: {...rule.meta.defaultOptions, ...options.get(rule.id)}})
  }
  return active
}

function suggestId(id: string, known: string[]): string {
  const close = known.find(k => k.includes(id) || id.includes(k))
  return close ? ` (did you mean '${close}'?)` : ''
}
