// Configuration: rule settings and presets, config file validation and loading.
// The per-file resolver (src/config/resolver.ts) is imported on its own: it
// builds linters, and the engine imports this module.
export {ConfigError} from './errors.js'
export {PRESET_NAMES, isPreset, parseSeverity, parseSetting, resolveRules, applyRuleLayers, activeRules, configLayers} from './rules.js'
export type {RuleLayer, RuleTable, ParsedSetting} from './rules.js'
export {configSchema, validateConfigData} from './schema.js'
