// Validates user data against a JSON schema and reports the first mistake on
// one line, with the path of the bad key: "rules.impatience: severity must be …".
import {createRequire} from 'node:module'
import type AjvModule from 'ajv'
import type {ErrorObject, ValidateFunction} from 'ajv'
import {configError} from './errors.js'

// ajv is CommonJS, and loaded on first use: most runs have no config to check.
type Ajv = typeof AjvModule.default
const require = createRequire(import.meta.url)

/** Where a schema node keeps our own wording: ajv's default messages are generic. */
export const MESSAGE = 'x-message'

let ajv: InstanceType<Ajv> | undefined

/**
 * A checker for one schema: throws a ConfigError `where: key.path: problem`.
 * `rootProblem` is the message when the data is not a mapping at all.
 */
export function schemaValidator(schema: object, rootProblem: string): (data: unknown, where: string) => void {
  let validate: ValidateFunction | undefined
  return (data, where) => {
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw configError(where, '(root)', rootProblem)
    ajv ??= new (require('ajv') as {default: Ajv}).default({allErrors: false, verbose: true, strict: false})
    validate ??= ajv.compile(schema)
    if (validate(data)) return
    const errors = validate.errors ?? []
    // A node with its own wording (an anyOf of accepted shapes) explains better than its branches.
    const described = errors.find(e => typeof e.parentSchema?.[MESSAGE] === 'string') ?? errors[0]
    if (!described) throw configError(where, '(root)', 'invalid data')
    throw configError(where, keyPath(described), describe(described))
  }
}

/** `/overrides/0/rules/house~1no-sir` as `overrides[0].rules.house/no-sir`. */
function keyPath(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty))
  let path = ''
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part
  return path || '(root)'
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

function describe(error: ErrorObject): string {
  const custom = error.parentSchema?.[MESSAGE]
  if (typeof custom === 'string') return `${custom}, not ${shown(error.data)}`
  switch (error.keyword) {
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {}).filter(k => k !== '$schema')
      const key = String(error.params.additionalProperty).toLowerCase()
      const close = known.find(k => k.toLowerCase().startsWith(key.slice(0, 4)) || key.startsWith(k.toLowerCase().slice(0, 4)))
      return `unknown key${close ? ` (did you mean '${close}'?)` : ''} (known: ${known.join(', ')})`
    }
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}, not ${shown(error.data)}`
    case 'type': {
      const type = error.params.type as string
      return `must be ${type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : `a ${type}`}, not ${shown(error.data)}`
    }
    case 'required':
      return `\`${error.params.missingProperty}\` is required`
    case 'minItems':
      return error.params.limit === 1 ? 'must not be empty' : `must have at least ${error.params.limit} items`
    case 'minLength':
      return 'must not be empty'
    case 'pattern':
      return `${shown(error.data)} does not have the expected form (${error.params.pattern})`
    default:
      return error.message ?? 'invalid value'
  }
}
