// The JSON schema of a configuration file.
import {MESSAGE, schemaValidator} from './validate.js'

const severity = {enum: ['off', 'info', 'warning', 'warn', 'error', 0, 1, 2]}

const ruleSetting = {
  anyOf: [severity, {type: 'array', minItems: 1, maxItems: 2, items: [severity, {type: 'object'}], additionalItems: false}],
  [MESSAGE]: 'severity must be off, info, warning or error (or 0, 1, 2), or [severity, {options}]',
}

const stringOrList = {
  anyOf: [
    {type: 'string', minLength: 1},
    {type: 'array', items: {type: 'string', minLength: 1}},
  ],
  [MESSAGE]: 'must be a string or a list of strings',
}

const rules = {type: 'object', additionalProperties: ruleSetting}

const language = {enum: ['auto', 'en', 'zh-Hans', 'zh-Hant']}

const override = {
  type: 'object',
  required: ['files'],
  additionalProperties: false,
  properties: {
    files: stringOrList,
    excludedFiles: stringOrList,
    rules,
    speakers: stringOrList,
    language,
    phrasePacks: stringOrList,
  },
}

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'reply-lint configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    extends: stringOrList,
    rules,
    overrides: {type: 'array', items: override},
    ignorePatterns: stringOrList,
    speakers: stringOrList,
    language,
    plugins: {
      type: 'array',
      // A JavaScript config may hand over rule modules directly instead of naming them.
      items: {anyOf: [{type: 'string', minLength: 1}, {type: 'object'}], [MESSAGE]: 'must name a module (a package or a ./path)'},
    },
    phrasePacks: stringOrList,
    reportUnusedDisableDirectives: {type: 'boolean'},
  },
}

const validateConfig = schemaValidator(configSchema, 'a config must be a mapping of keys (rules, extends, ...)')

/** Checks a parsed config; throws a ConfigError naming the file and the bad key. */
export function validateConfigData(data: unknown, where: string): void {
  validateConfig(data, where)
}
