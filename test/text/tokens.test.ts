import {describe, expect, it} from 'vitest'
import {ENDS_HAN_WORD, hanWordEndsAt} from '../../src/text/tokens.js'
import type {Sentence} from '../../src/types.js'

const sentence = (text: string, start = 0): Sentence => ({index: 0, text, normalized: text, start, end: start + text.length, language: 'zh-Hans'})

describe('hanWordEndsAt', () => {
  it('agrees with the segmenter: a Han character before white space or punctuation always ends a word', () => {
    const segmenter = new Intl.Segmenter('zh', {granularity: 'word'})
    // Every 61st character of the Han blocks (all of them take seconds), and common ones.
    const han: string[] = [...'不行没法无法办能可以的了吗呢我们您好']
    for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]) for (let c = from!; c <= to!; c += 61) han.push(String.fromCharCode(c))
    const wrong: string[] = []
    for (const h of han)
      for (const p of ENDS_HAN_WORD)
        for (const [before, after] of [['', ''], ['我们', '好的'], ['不', p], ['a', '1']]) {
          const text = `${before}${h}${p}${after}`
          const at = before.length + 1
          if (!hanWordEndsAt(sentence(text), at)) wrong.push(`not recognised: ${JSON.stringify(text)} at ${at}`)
          else if (segmenter.segment(text).containing(at)!.index !== at) wrong.push(`no word boundary: ${JSON.stringify(text)} at ${at}`)
        }
    expect(wrong).toEqual([])
  })

  it('says nothing where a word may go on, or outside the sentence', () => {
    expect(hanWordEndsAt(sentence('不行李箱'), 2)).toBe(false)
    expect(hanWordEndsAt(sentence('ok, 好'), 2)).toBe(false)
    expect(hanWordEndsAt(sentence('不行'), 2)).toBe(false)
    expect(hanWordEndsAt(sentence('不行，好', 10), 12)).toBe(true)
    expect(hanWordEndsAt(sentence('不行，好', 10), 2)).toBe(false)
  })
})
