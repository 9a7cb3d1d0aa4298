// --jobs: files spread over this thread and a worker give the same report,
// byte for byte and in input order, as one thread alone.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {assertBuilt, run, tempDir} from './helpers.js'

let dir: string

const REPLIES = [
  'Unfortunately we cannot refund this order, it is not our fault.',
  'Thanks for waiting! Your parcel is on its way and should arrive Friday.',
  'As I already told you, you must read the instructions first.',
  '很抱歉，这个问题我们无法处理，请您自己联系快递。',
  '我們保證明天一定送到，絕對沒有問題。',
  'We guarantee a full refund within 24 hours, 100%.',
  'Sorry for the trouble: I have asked the warehouse to check your order today.',
]

beforeAll(() => {
  assertBuilt()
  dir = tempDir('reply-lint-jobs-')
  // More files than the worker is sent at once, so both threads lint some.
  for (let i = 0; i < 24; i++) {
    const paragraphs = Array.from({length: 30}, (_, k) => REPLIES[(i + k) % REPLIES.length]!)
    fs.writeFileSync(path.join(dir, `replies-${String(i).padStart(2, '0')}.txt`), `${paragraphs.join('\n\n')}\n`)
  }
  fs.writeFileSync(path.join(dir, 'clean.txt'), 'Thanks, happy to help!\n')
})

describe('--jobs 2', () => {
  for (const flags of [['--format', 'json'], ['--format', 'json', '--quiet'], ['--format', 'json', '--verbose'], ['--format', 'stylish']]) {
    it(`gives the same output as --jobs 1 (${flags.join(' ')})`, () => {
      const args = [...flags, '--split', 'paragraph', '--max-warnings', '-1', '--no-color', dir]
      const one = run(['--jobs', '1', ...args])
      const two = run(['--jobs', '2', ...args])
      expect(one.stdout.length).toBeGreaterThan(1000)
      expect(two.stderr).toBe(one.stderr)
      expect(two.code).toBe(one.code)
      expect(two.stdout).toBe(one.stdout)
    })
  }

  it('reports files in input order', () => {
    const r = run(['--jobs', '2', '--format', 'json', '--split', 'paragraph', dir])
    const files = (JSON.parse(r.stdout) as Array<{filePath: string}>).map(f => path.basename(f.filePath))
    expect(files).toEqual([...files].sort())
    expect(files).toHaveLength(25)
  })
})
