// The JSON schema of a phrase pack: the format of the built-in phrase files
// (src/phrases/format.ts), plus the `rule` every pack entry must name.
import {MESSAGE, schemaValidator} from '../config/validate.js'

/** Rule ids as defineRule accepts them: `house-rule` or `house/no-sir`. */
export const RULE_ID_PATTERN = '^[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)?$'

const patternSource = {
  anyOf: [
    {type: 'string', minLength: 1},
    {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}},
  ],
  [MESSAGE]: 'must be a phrase or a list of phrases (a /regex/ is a phrase too)',
}

const frameRewrite = (key: 'clause' | 'sentence') => ({
  type: 'object',
  required: [key],
  additionalProperties: false,
  properties: {[key]: {type: 'string', minLength: 1}, message: {type: 'string'}},
})

const rewrite = {
  anyOf: [{type: 'string'}, frameRewrite('clause'), frameRewrite('sentence')],
  [MESSAGE]: 'must be a string, or a mapping with `clause` or `sentence` (and an optional `message`)',
}

const entry = {
  type: 'object',
  required: ['id', 'rule', 'pattern', 'message', 'rewrites'],
  additionalProperties: false,
  properties: {
    id: {type: 'string', minLength: 1},
    rule: {type: 'string', pattern: RULE_ID_PATTERN},
    pattern: patternSource,
    exceptions: patternSource,
    message: {type: 'string', minLength: 1},
    rewrites: {type: 'array', minItems: 1, items: rewrite},
    fix: {type: 'boolean'},
    caseSensitive: {type: 'boolean'},
    note: {type: 'string'},
  },
}

export const phrasePackSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'reply-lint phrase pack',
  type: 'object',
  required: ['language', 'entries'],
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    language: {enum: ['en', 'zh']},
    exceptions: patternSource,
    entries: {type: 'array', minItems: 1, items: entry},
  },
}

export const validatePhrasePackData = schemaValidator(phrasePackSchema, 'a phrase pack is a mapping with `language` and `entries`')
