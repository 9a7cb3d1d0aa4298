// What the anchor analysis requires of a reply before a pattern is run: a
// requirement too weak skips nothing, one too strong would lose matches
// (the property test in test/properties/phrase-matching.test.ts guards that).
import {describe, expect, it} from 'vitest'
import {BOUNDARY as B, requiredClauses} from '../../src/phrases/anchors.js'

describe('requiredClauses', () => {
  it('takes the words of a literal pattern together, with its word boundaries', () => {
    expect(requiredClauses(String.raw`\bcourier\s+them\b`)).toEqual([[`${B}courier them${B}`]])
  })

  it('reads any white space as one space, and optional white space as a space or none', () => {
    expect(requiredClauses(String.raw`\bdo\s+not\n\s*support\b`)).toEqual([[`${B}do not support${B}`]])
    expect(requiredClauses(String.raw`\bcan\s*not\b`)).toEqual([[`${B}cannot${B}`, `${B}can not${B}`]])
  })

  it('starts a requirement after white space at a word boundary', () => {
    // Too many combinations to spell out: the words after the white space are required on their own.
    const many = Array.from({length: 10}, (_, i) => `w${i}x`).join('|')
    expect(requiredClauses(String.raw`\b(?:${many})\s+(?:${many})\s+zebra\b`)).toContainEqual(Array.from({length: 10}, (_, i) => `${B}w${i}x zebra${B}`))
    // White space at an edge is a boundary: "know" then a space is "know" as a word.
    expect(requiredClauses(String.raw`\bdo\s+(?:you|u)\s+(?:[a-z]+)\s+know\s+(?:that|it)`)[0]).toEqual([`${B}know that`, `${B}know it`])
  })

  it('does not take common words together for a rare phrase', () => {
    expect(requiredClauses(String.raw`\bit\s+is\b`)).toEqual([[`${B}it is${B}`]])
    expect(requiredClauses(String.raw`\bit\s+is\s+(?:\w+\s+)?not\s+supported\b`)[0]).toEqual([`not supported${B}`])
  })

  it('reads whitespace in a lookaround as a word boundary', () => {
    expect(requiredClauses(String.raw`\by(?=\s+(?:not|is|are)\b)`)).toEqual([[`${B}y${B}`]])
    expect(requiredClauses(String.raw`(?<=\b(?:to|for)\s)zz\b`, true)).toEqual([[`${B}zz${B}`]])
  })

  it('reads a boundary into a lookaround whose every match meets the word at punctuation, white space or an edge of the text', () => {
    expect(requiredClauses(String.raw`(?<=(?:^|[.!?\n])\s*)K(?=[ \t]*(?:[,.!\n]|$))`, true)).toEqual([[`${B}K${B}`]])
    expect(requiredClauses(String.raw`(?<=[^\w\s]\s*)zz(?=[.!]*\s)`)).toEqual([[`${B}zz${B}`]])
  })

  it('does not read a boundary into a lookaround that may start with a letter', () => {
    expect(requiredClauses(String.raw`(?<=(?:^|a)\s*)K(?=\s*(?:[,.!]|x))`, true)).toEqual([])
    expect(requiredClauses(String.raw`(?<=[.!]\s*|\b)zz(?=[.!]*)`)).toEqual([[`zz`]])
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
