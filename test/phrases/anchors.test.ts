// What the anchor analysis requires of a reply before a pattern is run: a
// requirement too weak skips nothing, one too strong would lose matches
// (the property test in test/properties/phrase-matching.test.ts guards that).
import {describe, expect, it} from 'vitest'
import {BOUNDARY as B, requiredClauses} from '../../src/phrases/anchors.js'

describe('requiredClauses', () => {
  it('takes a word from a literal pattern, with its word boundaries', () => {
    expect(requiredClauses(String.raw`\bcourier\s+them\b`)).toEqual([[`${B}courier${B}`]])
  })

  it('reads whitespace in a lookaround as a word boundary', () => {
    expect(requiredClauses(String.raw`\by(?=\s+(?:not|is|are)\b)`)).toEqual([[`${B}y${B}`]])
    expect(requiredClauses(String.raw`(?<=\b(?:to|for)\s)zz\b`, true)).toEqual([[`${B}zz${B}`]])
  })

  it('does not read a boundary into a lookaround that may start with a letter', () => {
    expect(requiredClauses(String.raw`\bqq(?=\s*x)`)).toEqual([[`${B}qq`]])
    expect(requiredClauses(String.raw`\bqq(?=\s|x)`)).toEqual([[`${B}qq`]])
  })

  it('judges a lone capital as rare only when letter case is compared', () => {
    expect(requiredClauses(String.raw`\bU\b`, true)).toEqual([[`${B}U${B}`]])
    // "I" is the pronoun: in nearly every reply, so not worth looking for.
    expect(requiredClauses(String.raw`\bI\b`, true)).toEqual([])
    expect(requiredClauses(String.raw`\bthe\b`)).toEqual([])
  })
})

describe('requiredClauses on repetition and letter pairs', () => {
  it('keeps the required copies of a repeated letter', () => {
    expect(requiredClauses(String.raw`\bugh+`)).toEqual([[`${B}ugh`]])
    expect(requiredClauses(String.raw`\bzz{2}t`)).toEqual([[`${B}zzzt`]])
  })

  it('does not look for a frequent pair of letters inside words', () => {
    expect(requiredClauses(String.raw`er`)).toEqual([])
    expect(requiredClauses(String.raw`ya`)).toEqual([['ya']])
  })
})
