import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import replyLint from '../src/retext.js'

function processor(options?: Parameters<typeof replyLint>[0]) {
  return unified().use(retextEnglish).use(replyLint, options).use(retextStringify)
}

describe('retext plugin', () => {
  it('reports findings as vfile messages with place, actual and expected', async () => {
    const text = 'Thanks for writing in.\nYour order will 100% ship today.'
    const file = await processor().process(text)
    expect(String(file)).toBe(text) // the text passes through unchanged
    const message = file.messages.find(m => m.ruleId === 'absolute-promise')!
    expect(message).toBeDefined()
    expect(message.source).toBe('reply-lint')
    expect(message.fatal).toBe(false)
    expect(message.expected?.length).toBeGreaterThan(0)
    // The place points at the flagged words on line 2, in offsets and in line/column alike.
    const place = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
    const lineStart = text.indexOf('\n') + 1
    expect(place.start.line).toBe(2)
    expect(place.end.line).toBe(2)
    expect(place.start.offset).toBe(lineStart + place.start.column - 1)
    expect(place.end.offset).toBe(lineStart + place.end.column - 1)
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    expect(message.actual).toContain('100%')
    expect(message.reason).toMatch(/\w/)
  })

  it('reports Chinese replies in their own script', async () => {
    const file = await processor().process('這個我們辦不到。')
    const message = file.messages.find(m => m.ruleId === 'negative-language')!
    expect(message).toBeDefined()
    expect(message.expected!.every(e => !/[这们处]/.test(e))).toBe(true) // Traditional, not Simplified
  })

  it('takes the rule settings a config file takes', async () => {
    const text = 'Your order will 100% ship today.'
    expect((await processor().process(text)).messages.some(m => m.ruleId === 'absolute-promise')).toBe(true)
    const off = await processor({rules: {'absolute-promise': 'off'}}).process(text)
    expect(off.messages.some(m => m.ruleId === 'absolute-promise')).toBe(false)
  })

  it('leaves a clean reply without messages', async () => {
    const file = await processor().process('Thanks for your patience; we will keep you posted as soon as we hear back.')
    expect(file.messages).toEqual([])
  })

  it('is exported as reply-lint/retext', async () => {
    const mod = (await import('reply-lint/retext')) as {default: unknown}
    expect(typeof mod.default).toBe('function')
  })
})
