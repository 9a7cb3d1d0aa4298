// The position-keeping readers on arbitrary input: every decoded character
// points at the place in the file that produced it.
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import YAML from 'yaml'
import {parseJson} from '../../src/sources/json-scanner.js'
import {parseCsv} from '../../src/sources/csv-scanner.js'
import {alignScalar} from '../../src/sources/yaml-align.js'
import {SourceError} from '../../src/sources/problems.js'
import type {StringNode} from '../../src/sources/tree.js'

const offsetsOf = (n: StringNode) => Array.from({length: n.value.length + 1}, (_, i) => (n.offsets ? n.offsets[i]! : n.start + i))

/** Decodes the JSON escape (or plain character) at `p` of `src`. */
function jsonCharAt(src: string, p: number): string {
  if (src[p] !== '\\') return src[p]!
  return JSON.parse(`"${src.slice(p, src[p + 1] === 'u' ? p + 6 : p + 2)}"`) as string
}

const text = fc.oneof(fc.string({unit: fc.constantFrom('"', '\\', '\n', '\t', '\u0001', '😀', '保', 'é', 'a', ' ')}), fc.string({unit: 'binary'}))

describe('JSON scanner', () => {
  it('decodes strings like JSON.parse and maps each character to its escape', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, asciiOnly) => {
        let src = JSON.stringify({k: value})
        if (asciiOnly) src = src.replace(/[^\x00-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        const root = parseJson(src)
        const node = root.kind === 'object' ? root.entries[0]!.value : undefined
        expect(node?.kind).toBe('string')
        const s = node as StringNode
        expect(s.value).toBe(value)
        const offsets = offsetsOf(s)
        for (let i = 0; i < value.length; i++) {
          const decoded = jsonCharAt(src, offsets[i]!)
          expect(decoded).toBe(value[i])
        }
        expect(src[offsets[value.length]!]).toBe('"')
      }),
      {numRuns: 300},
    )
  })

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(40), fc.constantFrom('', ',', '}', ']', '"', 'x', '\n'), (doc, cut, junk) => {
        const src = doc.slice(0, cut) + junk + doc.slice(cut)
        let valid = true
        try {
          JSON.parse(src)
        } catch {
          valid = false
        }
        let ours = true
        try {
          parseJson(src)
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError)
          ours = false
        }
        // Lone surrogates and the like are JSON.parse's leniency; structure must agree.
        expect(ours).toBe(valid)
      }),
      {numRuns: 400},
    )
  })

  it('reads only the range it is given: a string whose quote closes after it is unterminated', () => {
    expect(parseJson('x"abc"y', 1, 6)).toMatchObject({kind: 'string', value: 'abc', start: 2})
    expect(() => parseJson('"abc"', 0, 4)).toThrow(SourceError)
    expect(() => parseJson('{"k":"ab\\"}', 0, 10)).toThrow(SourceError)
  })
})

describe('CSV scanner', () => {
  const cell = fc.string({unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '保', '\t')})
  it('reads back what csv writers write, with every character mapped', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 5}), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (v: string) => (/[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v)
        const src = rows.map(r => r.map(quote).join(',')).join(eol) + eol
        const records = parseCsv(src, ',')
        expect(records.map(r => r.fields.map(f => f.value))).toEqual(rows)
        for (const r of records)
          for (const f of r.fields) {
            const offsets = offsetsOf(f)
            for (let i = 0; i < f.value.length; i++) expect(src[offsets[i]!]).toBe(f.value[i])
          }
      }),
      {numRuns: 300},
    )
  })

  it('rejects an unclosed quote and text after a closing quote, with their offsets', () => {
    expect(() => parseCsv('a,b\n1,"x\n', ',')).toThrow(expect.objectContaining({offset: 6}))
    expect(() => parseCsv('a,b\n1,"x"y\n', ',')).toThrow(expect.objectContaining({offset: 9}))
  })
})

describe('YAML scalar alignment', () => {
  const value = fc.string({unit: fc.constantFrom('a', 'b', ' ', '\n', '"', "'", '\\', '#', ':', '保', 'é', '\t', '😀')})
  const styles = [YAML.Scalar.QUOTE_DOUBLE, YAML.Scalar.QUOTE_SINGLE, YAML.Scalar.BLOCK_LITERAL, YAML.Scalar.BLOCK_FOLDED, YAML.Scalar.PLAIN] as const
  it('maps each character to the source character (or escape) that produced it', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...styles), fc.integer({min: 20, max: 80}), (v, style, lineWidth) => {
        const doc = new YAML.Document({k: v})
        const scalar = (doc.contents as YAML.YAMLMap).items[0]!.value as YAML.Scalar
        scalar.type = style
        const src = doc.toString({lineWidth})
        const parsed = YAML.parseDocument(src)
        const node = (parsed.contents as YAML.YAMLMap).items[0]!.value as YAML.Scalar
        if (node.value !== v) return // the writer chose a lossy style (a trailing space in a block, say)
        const [from, to] = node.range!
        const offsets = alignScalar(v, src, from, to, node.type) ?? Array.from({length: v.length + 1}, (_, i) => from + i)
        for (let i = 0; i < v.length; i++) {
          const at = src[offsets[i]!]!
          // Plain characters map to themselves; escapes to their backslash; folded breaks to a break.
          const ok = at === v[i] || at === '\\' || ((v[i] === ' ' || v[i] === '\n') && (at === '\n' || at === '\r')) || (v[i] === "'" && at === "'")
          expect(ok, `char ${i} of ${JSON.stringify(v)} in ${JSON.stringify(src)}`).toBe(true)
          if (i > 0) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!)
        }
      }),
      {numRuns: 400},
    )
  })
})
