import {describe, expect, it} from 'vitest'
import * as opencc from 'opencc-js/cn2t'
import {configs} from 'opencc-js/preset/cn2t'
import {simplifiedToTaiwanConverter} from '../../src/text/traditional-converter.js'

// The converter keeps OpenCC's dictionaries in another shape; what it must
// keep is OpenCC's output, character for character.
describe('simplifiedToTaiwanConverter', () => {
  const ours = simplifiedToTaiwanConverter()
  const theirs = opencc.Converter({from: 'cn', to: 'tw'})

  it('converts a reply the way OpenCC does', () => {
    expect(ours('您好，这个问题我们会尽快处理，请您耐心等待。')).toBe('您好，這個問題我們會盡快處理，請您耐心等待。')
    expect(ours('头发')).toBe(theirs('头发'))
    expect(ours('发现')).toBe(theirs('发现'))
  })

  it('agrees with OpenCC on every key of its dictionaries, run together and one by one', () => {
    const config = configs['s2tw'] as unknown as {conversionChain: string[][]; normalizationChain?: string[][]}
    const keys = [...config.conversionChain.flat(), ...(config.normalizationChain ?? []).flat()].flatMap(dictionary =>
      dictionary.split('|').map(line => line.split(' ')[0]!),
    )
    expect(keys.length).toBeGreaterThan(50_000)
    // Run together, keys overlap one another: longest matches across their
    // borders, and segments that differ from the keys themselves.
    for (let start = 0; start < keys.length; start += 2000) {
      const text = keys.slice(start, start + 2000).join('')
      expect(ours(text)).toBe(theirs(text))
    }
    const mismatched = keys.filter(key => ours(key) !== theirs(key))
    expect(mismatched).toEqual([])
  })

  it('leaves what no dictionary holds as it was: ASCII, surrogate pairs, ideographic description sequences', () => {
    for (const text of ['Order #123: refund 50%.', '𠀀𠀁发货𪚥', '⿰氵发⿱艹头', '发\u0000货', '', '\ud840', '发\ud840货']) {
      expect(ours(text)).toBe(theirs(text))
    }
  })
})
