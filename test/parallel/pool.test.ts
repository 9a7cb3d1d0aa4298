// The worker pool, built: batches of replies spread over a worker and this
// thread come back as the same reports, in the same order, as linting them
// here one by one.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {assertBuilt} from '../cli/helpers.js'

type Pool = import('../../dist/src/parallel/pool.js').ReplyPool

const SAMPLES = [
  'Unfortunately we cannot refund this order, it is not our fault.',
  'Thanks for waiting! Your parcel is on its way.',
  'As I already told you, you must read the instructions first.',
  '很抱歉，这个问题我们无法处理，请您自己联系快递。',
  '我們保證明天一定送到，絕對沒有問題。',
  'We guarantee a full refund within 24 hours, 100%.',
  'ok',
]

let dir: string
let pool: Pool

beforeAll(async () => {
  assertBuilt()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-pool-'))
  const {ReplyPool} = await import('../../dist/src/parallel/pool.js')
  pool = new ReplyPool(2, {cwd: dir, useConfigFiles: false})
})

afterAll(async () => {
  await pool?.close()
})

describe('ReplyPool', () => {
  it('lints batches over both threads into the reports of linting here, in order', async () => {
    // Enough replies for many tasks: more than the worker is sent at once.
    const replies = Array.from({length: 3000}, (_, i) => ({text: `${SAMPLES[i % SAMPLES.length]} (#${i})`}))
    const file = path.join(dir, 'replies.jsonl')
    const [{reports}, expected] = await Promise.all([
      pool.remoteFor(file)(replies),
      (async () => {
        const {ConfigResolver} = await import('../../dist/src/index.js')
        const resolver = new ConfigResolver({cwd: dir, useConfigFiles: false})
        const linter = resolver.linterFor(await resolver.settingsFor(file))
        const all = []
        for (const reply of replies) all.push(await linter.lintReply(reply.text, reply))
        return all
      })(),
    ])
    expect(reports).toHaveLength(replies.length)
    expect(reports.flat().length).toBeGreaterThan(1000)
    expect(reports).toEqual(expected)
  })
})
