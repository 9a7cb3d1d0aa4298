// The phrase engine skips the alternatives whose anchor literals are absent
// and runs the others one by one; what it finds must be exactly what the
// whole alternation finds. Checked for every built-in phrase set, as the
// tests load it (YAML, analysed on first use) and as the build ships it.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {fromPrecompiled, phraseMatches, precompilePhrases, type CompiledPhrases, type EntryMatch} from '../../src/phrases/compile.js'
import {loadPhraseFile, parseYaml} from '../../src/phrases/load.js'
import {validatePhraseFile} from '../../src/phrases/format.js'
import {LiteralScanner} from '../../src/phrases/scanner.js'
import {anyText, runs} from './helpers.js'

const rulesDir = path.resolve(import.meta.dirname, '../../rules')
const phraseFiles = fs
  .readdirSync(rulesDir)
  .flatMap(rule => fs.readdirSync(path.join(rulesDir, rule)).filter(f => /^phrases\.\w+\.ya?ml$/.test(f)).map(f => path.join(rulesDir, rule, f)))

/** The reference: one regex of all entries of one case mode, run from start to end. */
function byAlternation(set: CompiledPhrases, caseSensitive: boolean, text: string): EntryMatch[] {
  const parts = set.entries.flatMap((e, i) => (Boolean(e.caseSensitive) === caseSensitive ? [`(?<__e${i}>${e.source})`] : []))
  if (!parts.length) return []
  const source = parts.join('|')
  const regex = new RegExp(source, `g${caseSensitive ? '' : 'i'}${/\\[pP]\{|\\u\{/.test(source) ? 'u' : ''}`)
  return [...text.matchAll(regex)].map(m => {
    const groups = m.groups ?? {}
    return {entry: set.entries.findIndex((_, i) => groups[`__e${i}`] !== undefined), index: m.index, text: m[0], groups: groups as EntryMatch['groups']}
  }).map(comparable)
}

/** A match with only the groups that took part: a group of another alternative of the entry is as absent as one the entry lacks. */
function comparable(m: EntryMatch): EntryMatch {
  const groups = Object.entries(m.groups ?? {}).filter(([k, v]) => v !== undefined && !k.startsWith('__e'))
  return {...m, groups: groups.length ? Object.fromEntries(groups) : undefined}
}

/** Texts that reach the entries: each literal pattern and each rewrite, in generated surroundings. */
function wordingsOf(file: string): string[] {
  const data = validatePhraseFile(parseYaml(fs.readFileSync(file, 'utf8'), file), file)
  return data.entries.flatMap(e => [
    ...[e.pattern].flat().filter(p => !p.startsWith('/')),
    ...e.rewrites.map(r => (typeof r === 'string' ? r : 'clause' in r ? r.clause : r.sentence)),
  ])
}

describe('phrase sets find what their alternation finds', () => {
  for (const file of phraseFiles) {
    const name = path.relative(rulesDir, file)
    const fromSource = loadPhraseFile(file)
    const data = validatePhraseFile(parseYaml(fs.readFileSync(file, 'utf8'), file), file)
    const shipped = fromPrecompiled(JSON.parse(JSON.stringify(precompilePhrases(data, file))))
    const wording = fc.constantFrom(...wordingsOf(file))
    const text = fc.oneof(
      anyText,
      fc.array(fc.oneof(wording, anyText), {minLength: 1, maxLength: 6}).map(parts => parts.join(' ')),
      fc.array(wording, {minLength: 1, maxLength: 4}).map(parts => parts.join(', ').toUpperCase()),
    )

    it(name, () => {
      fc.assert(
        fc.property(text, t => {
          for (const caseSensitive of [false, true]) {
            const expected = byAlternation(fromSource, caseSensitive, t)
            expect(phraseMatches(fromSource, caseSensitive, t).map(comparable)).toEqual(expected)
            expect(phraseMatches(shipped, caseSensitive, t).map(comparable)).toEqual(expected)
          }
        }),
        runs(150),
      )
    })
  }
})

describe('LiteralScanner', () => {
  const WORD = /\w/
  /**
   * Whether a literal occurs as the scanner promises: any case (ASCII) unless
   * exact, word-bounded where marked, a space standing for any run of white space.
   */
  function occurs(text: string, literal: {literal: string; ignoreCase: boolean}): boolean {
    const bare = literal.literal.split('\u0001').join('').replace(/\s+/g, ' ')
    const pattern = new RegExp(bare.split(' ').map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), literal.ignoreCase ? 'iy' : 'y')
    for (let at = 0; at < text.length; at++) {
      pattern.lastIndex = at
      const m = pattern.exec(text)
      if (!m) continue
      const startOk = !literal.literal.startsWith('\u0001') || !WORD.test(bare[0]!) || !WORD.test(text[at - 1] ?? '')
      const endOk = !literal.literal.endsWith('\u0001') || !WORD.test(bare.at(-1)!) || !WORD.test(text[at + m[0].length] ?? '')
      if (startOk && endOk) return true
    }
    return false
  }

  const letters = fc.constantFrom('a', 'b', 'A', 'B', 'ab', '退', '款', ' ', '\n', '\u3000', "'")
  const literal = fc.record({
    literal: fc.tuple(fc.boolean(), fc.array(letters, {minLength: 1, maxLength: 4}), fc.boolean()).map(([s, body, e]) => `${s ? '\u0001' : ''}${body.join('')}${e ? '\u0001' : ''}`),
    ignoreCase: fc.boolean(),
  })

  it('finds exactly the literals that occur, each once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(literal, {minLength: 1, maxLength: 12, selector: l => `${l.ignoreCase}${l.literal}`}), fc.array(fc.array(letters, {maxLength: 30}).map(t => t.join('')), {minLength: 1, maxLength: 4}), (literals, texts) => {
        const scanner = new LiteralScanner(literals)
        // Several texts through one scanner: marks of one scan must not leak into the next.
        for (const text of texts) {
          const found = scanner.scan(text)
          expect(new Set(found).size).toBe(found.length)
          expect([...found].sort((a, b) => a - b)).toEqual(literals.flatMap((l, i) => (l.literal.split('\u0001').join('') && occurs(text, l) ? [i] : [])))
        }
      }),
      runs(300),
    )
  })

  /** A scanner read back from its bytes, as the build ships the built-in ones. */
  function restored(scanner: LiteralScanner): LiteralScanner {
    const copy = LiteralScanner.fromSerialized(scanner.serialize())
    expect(copy).toBeDefined()
    return copy!
  }

  it('read back from its bytes, finds what the scanner it was written from finds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(literal, {minLength: 1, maxLength: 12, selector: l => `${l.ignoreCase}${l.literal}`}),
        fc.array(fc.array(letters, {maxLength: 30}).map(t => t.join('')), {minLength: 1, maxLength: 4}),
        fc.nat(4),
        (literals, texts, scansBefore) => {
          const fresh = new LiteralScanner(literals)
          // Transitions the fresh scanner worked out before it was written must not change what the copy finds.
          for (const text of texts.slice(0, scansBefore)) fresh.scan(text)
          const copy = restored(fresh)
          expect(copy.literals).toEqual(literals)
          for (const text of texts) expect(copy.scan(text)).toEqual(fresh.scan(text))
        },
      ),
      runs(300),
    )
  })

  it('read back from its bytes, finds the anchors of every built-in phrase set as the scanner built for them', () => {
    // The build's case: thousands of literals of both cases, boundaries and spaces, Han and not.
    const literals = new Map<string, {literal: string; ignoreCase: boolean}>()
    const wordings: string[] = []
    for (const file of phraseFiles) {
      const {plans} = precompilePhrases(validatePhraseFile(parseYaml(fs.readFileSync(file, 'utf8'), file), file), file)
      for (const [key, plan] of Object.entries(plans)) {
        for (const {clauses} of plan?.alternatives ?? []) for (const clause of clauses) for (const l of clause) literals.set(`${key}${l}`, {literal: l, ignoreCase: key === 'all'})
      }
      wordings.push(...wordingsOf(file))
    }
    const fresh = new LiteralScanner([...literals.values()])
    const copy = restored(fresh)
    const text = fc.array(fc.oneof(fc.constantFrom(...wordings), anyText), {minLength: 1, maxLength: 6}).map(parts => parts.join(' '))
    let found = 0
    fc.assert(
      fc.property(text, t => {
        const expected = fresh.scan(t)
        found += expected.length
        expect(copy.scan(t)).toEqual(expected)
      }),
      runs(200),
    )
    expect(found).toBeGreaterThan(0)
  })

  it('reads back only bytes serialize() wrote, whole', () => {
    const bytes = new LiteralScanner([{literal: '\u0001refund\u0001', ignoreCase: true}, {literal: '退款', ignoreCase: false}]).serialize()
    expect(LiteralScanner.fromSerialized(bytes)?.scan('A Refund, 退款')).toEqual([0, 1])
    expect(LiteralScanner.fromSerialized(bytes.subarray(0, bytes.length - 4))).toBeUndefined()
    expect(LiteralScanner.fromSerialized(new Uint8Array(bytes.length))).toBeUndefined()
    // Unaligned bytes (as in a larger buffer) are read too.
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(LiteralScanner.fromSerialized(shifted.subarray(1))?.scan('refunds, REFUND')).toEqual([0])
  })
})
