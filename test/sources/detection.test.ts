// When a .txt file is a transcript, and who a speaker label names.
import {describe, expect, it} from 'vitest'
import {transcriptKind} from '../../src/sources/transcript.js'
import {roleOfLabel} from '../../src/sources/speakers.js'
import {maskMarkdown} from '../../src/sources/markdown.js'

describe('transcript detection', () => {
  it.each([
    ['Agent: Hi!\nCustomer: Where is it?\nAgent: On its way.', 'labelled'],
    ['客服：您好\n买家：在吗\n客服：在的亲', 'labelled'],
    ['Anna: hi\nBob: hello\nAnna: how can I help?', 'labelled'],
    ['12/03/2024, 09:14 - Rui: hi\nsecond line\n12/03/2024, 09:20 - Acme Support: hello', 'stamped'],
    ['tb_小林 2024-05-20 14:02:11\n你好\n某某旗舰店:小美 2024-05-20 14:02:40\n亲，在的', 'stamped'],
  ])('%j is a transcript (%s)', (text, kind) => {
    expect(transcriptKind(text)).toBe(kind)
  })

  it.each([
    'Hi Dana,\nOrder number: 4411\nTracking: AB123\nThanks!',
    'Note: the shop closes at 5.\nPS: bring your receipt.',
    'We are sorry.\nReason: the courier was late.\nWe will refund you today, and the money should arrive within a few days.',
    'Step 1: open the app\nStep 2: tap Orders',
    '温馨提示：请保留小票\n注意：七天内有效',
  ])('%j is a single reply', text => {
    expect(transcriptKind(text)).toBeUndefined()
  })
})

describe('speaker roles', () => {
  it.each([
    ['Agent', 'agent'], ['Anna (agent)', 'agent'], ['Acme Support', 'agent'], ['Customer Service', 'agent'], ['assistant', 'agent'],
    ['客服小美', 'agent'], ['某某旗舰店:小美', 'agent'], ['商家', 'agent'], ['admin', 'agent'],
    ['Customer', 'customer'], ['user', 'customer'], ['买家', 'customer'], ['顾客', 'customer'], ['end-user', 'customer'], ['Lee (customer)', 'customer'],
    ['system', 'other'], ['Rui Costa', 'unknown'], ['Team Lead', 'agent'],
  ])('%s is %s', (label, role) => {
    expect(roleOfLabel(label)).toBe(role)
  })
})

describe('markdown masking', () => {
  it('blanks front matter, code, quotes, headings and comments, keeping offsets', () => {
    const md = '---\na: 1\n---\n# Title\n\nText `code` here.\n\n```\nfenced\n```\n\n> quoted\n\n<!-- note -->\n\n    indented\n'
    const masked = maskMarkdown(md)
    expect(masked.length).toBe(md.length)
    expect(masked.replace(/\s+/g, ' ').trim()).toBe('Text `code` here.')
  })
})
