// Reads user-written data files (configs, phrase packs) defensively: YAML
// aliases are capped so a "billion laughs" document cannot expand, and
// nesting is capped so a deeply nested document cannot exhaust the stack of
// the code that walks it.
import {createRequire} from 'node:module'
import {ConfigError} from './errors.js'

// Loaded on first use: most runs read no YAML.
const require = createRequire(import.meta.url)

/** More aliases than any hand-written config needs, far fewer than an expansion attack uses. */
export const MAX_YAML_ALIASES = 50
/** Deeper than any real config (a rule's options sit at depth 4 or 5). */
export const MAX_DEPTH = 32
/** Configs and phrase packs are small; a larger file is a mistake. */
export const MAX_DATA_BYTES = 2 * 1024 * 1024

export function parseYamlData(text: string, where: string): unknown {
  checkSize(text, where)
  // The YAML parser recurses per level of [ ] and { }: deep flow nesting must be refused before it parses.
  if (flowDepth(text) > MAX_DEPTH) throw new ConfigError(`${where}: nested more than ${MAX_DEPTH} levels deep`)
  const YAML = require('yaml') as typeof import('yaml')
  const lineCounter = new YAML.LineCounter()
  const doc = YAML.parseDocument(text, {prettyErrors: false, uniqueKeys: true, lineCounter})
  const problem = doc.errors[0]
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0])
    const message = /call stack/i.test(problem.message) ? 'nested too deeply' : problem.message.split('\n')[0]
    throw new ConfigError(`${where}${pos ? `:${pos.line}:${pos.col}` : ''}: ${message}`)
  }
  let data: unknown
  try {
    data = doc.toJS({maxAliasCount: MAX_YAML_ALIASES})
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message.split('\n')[0]} (YAML aliases are limited to ${MAX_YAML_ALIASES})`)
  }
  checkDepth(data, where)
  return data
}

export function parseJsonData(text: string, where: string): unknown {
  checkSize(text, where)
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(`${where}: invalid JSON: ${(error as Error).message}`)
  }
  checkDepth(data, where)
  return data
}

function checkSize(text: string, where: string): void {
  if (Buffer.byteLength(text) > MAX_DATA_BYTES) throw new ConfigError(`${where}: file too large (over ${MAX_DATA_BYTES / 1024 / 1024} MB)`)
}

/** The deepest nesting of [ ] and { } outside quotes and comments. */
export function flowDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
      else if (c === '\n' && quote === "'") quote = undefined // a stray apostrophe in plain text
      continue
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      if (end < 0) break
      i = end
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s\[{,:]/.test(text[i - 1]!))) quote = c
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth)
    else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return deepest
}

/** Parses by extension: JSON for .json, YAML (a superset of JSON) otherwise. */
export function parseData(text: string, file: string, where = file): unknown {
  return file.toLowerCase().endsWith('.json') ? parseJsonData(text, where) : parseYamlData(text, where)
}

/** Walks without recursion so the check itself cannot overflow. */
export function checkDepth(data: unknown, where: string, limit = MAX_DEPTH): void {
  const stack: Array<[unknown, number]> = [[data, 0]]
  while (stack.length) {
    const [value, depth] = stack.pop()!
    if (value === null || typeof value !== 'object') continue
    if (depth >= limit) throw new ConfigError(`${where}: nested more than ${limit} levels deep`)
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
}
