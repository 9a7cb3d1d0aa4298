// A small strict JSON parser that keeps positions. JSON.parse loses them, and
// searching the file for a decoded value afterwards is ambiguous (the same
// macro text appears many times), so every string is decoded here together
// with the source offset of each of its characters, escapes included.
import type {ArrayNode, ObjectNode, StringNode, TreeNode} from './tree.js'
import {SourceError, describeChar} from './problems.js'

/** Deeper nesting than this is refused rather than risking the stack. */
const MAX_DEPTH = 1000

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
/**
 * The characters a string holds as they are, up to its closing quote, an
 * escape or a control character. The regular expression engine reads such a
 * run twice as fast as a loop over charCodeAt (13 against 29 ms per 10 MB
 * of JSONL).
 */
const PLAIN_RUN = /[^"\\\x00-\x1f]*/y
const ESCAPES: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}

/** JSON-escapes replacement text for use inside an existing JSON string. */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}

/**
 * Parses `text[from, to)` as one JSON value. Offsets in the tree and in
 * errors are offsets in `text`.
 */
export function parseJson(text: string, from = 0, to = text.length): TreeNode {
  const parser = new JsonParser(text, from, to)
  parser.skipSpace()
  const value = parser.value(0)
  parser.skipSpace()
  if (parser.pos < to) throw new SourceError(`unexpected ${describeChar(text[parser.pos])} after the JSON value`, parser.pos)
  return value
}

class JsonParser {
  pos: number

  constructor(
    private readonly text: string,
    from: number,
    private readonly end: number,
  ) {
    this.pos = from
  }

  skipSpace(): void {
    const t = this.text
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos)
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++
      else break
    }
  }

  private fail(expected: string): never {
    const c = this.pos < this.end ? this.text[this.pos] : undefined
    throw new SourceError(`expected ${expected}, found ${describeChar(c)}`, this.pos)
  }

  value(depth: number): TreeNode {
    if (depth > MAX_DEPTH) throw new SourceError(`nested more than ${MAX_DEPTH} levels deep`, this.pos)
    const c = this.text[this.pos]
    if (this.pos >= this.end) this.fail('a JSON value')
    if (c === '{') return this.object(depth)
    if (c === '[') return this.array(depth)
    if (c === '"') return this.string()
    const start = this.pos
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && this.pos + word.length <= this.end) {
        this.pos += word.length
        return {kind: 'scalar', value, start}
      }
    }
    NUMBER.lastIndex = this.pos
    const m = NUMBER.exec(this.text)
    if (m && m[0].length && this.pos + m[0].length <= this.end) {
      this.pos += m[0].length
      return {kind: 'scalar', value: Number(m[0]), start}
    }
    if (c === "'") throw new SourceError("strings must use double quotes (\"), not single quotes", this.pos)
    return this.fail('a JSON value')
  }

  /** Steps over an opening bracket; true when the container closes at once (`{}`, `[]`). */
  private opensEmpty(close: '}' | ']'): boolean {
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] !== close) return false
    this.pos++
    return true
  }

  /** After a member or element: steps over ',' (false: more follows) or the closing bracket (true). */
  private closes(close: '}' | ']', after: string): boolean {
    this.skipSpace()
    const c = this.text[this.pos]
    if (c === ',') {
      this.pos++
      this.skipSpace()
      return false
    }
    if (c === close) {
      this.pos++
      return true
    }
    return this.fail(`',' or '${close}' after ${after}`)
  }

  private object(depth: number): ObjectNode {
    const node: ObjectNode = {kind: 'object', entries: [], start: this.pos}
    if (this.opensEmpty('}')) return node
    for (;;) {
      if (this.text[this.pos] !== '"') this.fail(node.entries.length ? "a member name in double quotes (no trailing comma before '}')" : "a member name in double quotes or '}'")
      const key = this.string()
      this.skipSpace()
      if (this.text[this.pos] !== ':') this.fail("':' after the member name")
      this.pos++
      this.skipSpace()
      node.entries.push({key: key.value, value: this.value(depth + 1)})
      if (this.closes('}', 'an object member')) return node
    }
  }

  private array(depth: number): ArrayNode {
    const node: ArrayNode = {kind: 'array', items: [], start: this.pos}
    if (this.opensEmpty(']')) return node
    for (;;) {
      if (this.text[this.pos] === ']') this.fail('a JSON value (no trailing comma before \']\')')
      node.items.push(this.value(depth + 1))
      if (this.closes(']', 'an array element')) return node
    }
  }

  /** A string token; offsets are recorded only when the value differs from its source slice. */
  string(): StringNode {
    const t = this.text
    const open = this.pos
    const start = open + 1
    // Fast path: no escapes.
    PLAIN_RUN.lastIndex = start
    PLAIN_RUN.test(t)
    let i = Math.min(PLAIN_RUN.lastIndex, this.end)
    if (i < this.end && t.charCodeAt(i) === 34) {
      this.pos = i + 1
      return {kind: 'string', value: t.slice(start, i), start, encode: encodeJsonString}
    }
    let value = t.slice(start, i)
    const offsets: number[] = []
    for (let k = start; k < i; k++) offsets.push(k)
    while (i < this.end) {
      const c = t.charCodeAt(i)
      if (c === 34) {
        offsets.push(i)
        this.pos = i + 1
        return {kind: 'string', value, start, offsets, encode: encodeJsonString}
      }
      if (c < 32) {
        if (c === 10 || c === 13) throw new SourceError('unterminated string (a line break inside a string must be written \\n)', i)
        throw new SourceError(`control character U+${c.toString(16).padStart(4, '0').toUpperCase()} inside a string (write it as an escape)`, i)
      }
      if (c === 92) {
        const e = t[i + 1]
        if (e === 'u') {
          const hex = t.slice(i + 2, i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex) || i + 6 > this.end) throw new SourceError('invalid \\u escape (expected four hex digits)', i)
          value += String.fromCharCode(parseInt(hex, 16))
          offsets.push(i)
          i += 6
        } else if (e !== undefined && e in ESCAPES && i + 1 < this.end) {
          value += ESCAPES[e]
          offsets.push(i)
          i += 2
        } else throw new SourceError(`invalid escape \\${e ?? ''} in a string`, i)
        continue
      }
      value += t[i]
      offsets.push(i)
      i++
    }
    throw new SourceError('unterminated string (no closing ")', open)
  }
}
