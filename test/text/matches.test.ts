import {describe, expect, it} from 'vitest'
import {someMatch} from '../../src/text/matches.js'

const all = (regex: RegExp, text: string) => {
  const found: Array<[number, string]> = []
  someMatch(regex, text, m => void found.push([m.index, m[0]]))
  return found
}
const viaMatchAll = (regex: RegExp, text: string) => [...text.matchAll(regex)].map(m => [m.index, m[0]])

describe('someMatch', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    const cases: Array<[RegExp, string]> = [
      [/a*/g, 'baab'],
      [/(?:)/gu, 'a😀b'],
      [/(?:)/g, 'a😀b'],
      [/\p{L}*/gu, '字 ab😀c'],
      [/^/gm, 'one\ntwo\n'],
      [/x+/gi, 'xXaX'],
    ]
    for (const [regex, text] of cases) expect(all(regex, text)).toEqual(viaMatchAll(regex, text))
  })

  it('stops at the first match the visitor accepts and starts over on the next call', () => {
    const regex = /\d+/g
    expect(someMatch(regex, 'a1 b22 c333', m => m[0].length === 2)).toBe(true)
    expect(regex.lastIndex).toBe(0)
    expect(all(regex, '7 88')).toEqual([[0, '7'], [2, '88']])
    expect(someMatch(regex, 'no digits', () => true)).toBe(false)
  })

  it('refuses a regex without the global flag (it would never move on)', () => {
    expect(() => someMatch(/a/, 'aaa', () => false)).toThrow(TypeError)
  })
})
