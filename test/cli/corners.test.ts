// Inputs at the edges of size and shape, through the CLI with every default
// rule. The time limits are generous guards against a hang (a super-linear
// stage turns seconds into hours), not speed assertions.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {assertBuilt, runWithin, tempDir} from './helpers.js'

let dir: string
const LIMIT = 180_000

function write(name: string, text: string): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, text)
  return file
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

async function lintJson(file: string) {
  const r = await runWithin(LIMIT, ['--format', 'json', file])
  expect(r.stderr).toBe('')
  expect([0, 1]).toContain(r.code)
  const [result] = JSON.parse(r.stdout) as [{messages: Array<{ruleId: string; line: number; column: number}>}]
  return result.messages
}

beforeAll(() => {
  assertBuilt()
  dir = tempDir('reply-lint-corners-')
})

describe('size corners finish (each stage is linear)', () => {
  it('a 10 MB reply on a single line', async () => {
    const unit = 'We guarantee it arrives soon, thanks for your patience and we will keep you posted on order AB12345 '
    const file = write('one-line.txt', repeatTo(unit, 10_000_000))
    const messages = await lintJson(file)
    expect(messages.length).toBeGreaterThan(1000)
    expect(messages.every(m => m.line === 1)).toBe(true)
  }, LIMIT + 20_000)

  it('a reply of 100,000 repeated "I "', async () => {
    const messages = await lintJson(write('i-i-i.txt', 'I '.repeat(100_000)))
    expect(messages.some(m => m.ruleId === 'first-person-overuse')).toBe(true)
  }, LIMIT + 20_000)

  it('a line of 1,000,000 Chinese characters without punctuation', async () => {
    const messages = await lintJson(write('cjk.txt', repeatTo('我们的客服团队会尽快为您处理订单问题请您耐心等待我们保证明天送达', 1_000_000)))
    expect(messages.some(m => m.ruleId === 'absolute-promise')).toBe(true)
  }, LIMIT + 20_000)

  it('a line of 1,000,000 Traditional characters (script conversion)', async () => {
    const messages = await lintJson(write('hant.txt', repeatTo('我們的客服團隊會盡快為您處理訂單問題請您耐心等待我們保證明天送達', 1_000_000)))
    expect(messages.some(m => m.ruleId === 'absolute-promise')).toBe(true)
  }, LIMIT + 20_000)
})

describe('shape corners finish (patterns that backtrack, scans that restart)', () => {
  // Each of these took from seconds to hours at a million characters before
  // the stage that choked on it was made linear.
  it.each([
    ['one long token', 'a'.repeat(1_000_000)],
    ['a hyphenated run', 'a-'.repeat(500_000)],
    ['a dotted run', 'a.'.repeat(500_000)],
    ['a run of full stops', '.'.repeat(1_000_000)],
    ['unclosed curly quotes', '“a '.repeat(300_000)],
    ['unclosed single quotes', " 'a".repeat(300_000)],
    ['unclosed backticks', '`a '.repeat(300_000)],
    ['at signs', 'a@'.repeat(500_000)],
    ['promises next to order numbers', 'It is guaranteed AB12345 '.repeat(40_000)],
    ['blank lines', '\n'.repeat(1_000_000)],
    ['CRLF lines with a promise each', 'It is guaranteed.\r\n'.repeat(50_000)],
    ['emoji', '😀'.repeat(500_000)],
  ])('%s', async (_name, text) => {
    await lintJson(write('shape.txt', text))
  }, LIMIT + 20_000)
})
