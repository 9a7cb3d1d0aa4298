// defineRule: the one way to declare a rule, checked when it is defined.
import type {Rule} from './types.js'

const RULE_ID = /^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?$/
const SEVERITIES = new Set(['error', 'warning', 'info'])

export function defineRule(rule: Rule): Rule {
  if (!RULE_ID.test(rule.id)) throw new Error(`Invalid rule id '${rule.id}': use lowercase words joined by hyphens (plugin rules may be 'plugin/rule')`)
  const {meta} = rule
  if (!meta?.description) throw new Error(`Rule ${rule.id}: meta.description is required`)
  if (!meta.languages?.length || meta.languages.some(l => l !== 'en' && l !== 'zh'))
    throw new Error(`Rule ${rule.id}: meta.languages must list 'en' and/or 'zh'`)
  if (!SEVERITIES.has(meta.defaultSeverity)) throw new Error(`Rule ${rule.id}: meta.defaultSeverity must be error, warning or info`)
  if (typeof rule.check !== 'function') throw new Error(`Rule ${rule.id}: check(context) is required`)
  return Object.freeze(rule)
}

/**
 * A value derived from a rule's options, worked out once per configuration
 * rather than for every reply: a configuration's options are one object,
 * passed to the rule for each of its replies.
 */
export function perConfiguration<T>(derive: (options: Record<string, unknown>) => T): (options: Record<string, unknown>) => T {
  const derived = new WeakMap<object, T>()
  return options => {
    if (derived.has(options)) return derived.get(options)!
    const value = derive(options)
    derived.set(options, value)
    return value
  }
}
