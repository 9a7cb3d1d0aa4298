// The worker pool, built: segments of a file spread over a worker and this
// thread come back as the same findings, in the same order, as linting them
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
  it('lints segments over both threads into what linting them here gives, in order', async () => {
    // Enough segments for many tasks: more than the worker is sent at once.
    const lines = Array.from({length: 20000}, (_, i) => JSON.stringify({role: i % 3 ? 'agent' : 'customer', text: `${SAMPLES[i % SAMPLES.length]} (#${i})`}))
    const file = path.join(dir, 'replies.jsonl')
    fs.writeFileSync(file, `${lines.join('\n')}\n`)
    const {fileSegments} = await import('../../dist/src/io/segments.js')
    const {lintingHere} = await import('../../dist/src/io/segment-linting.js')
    const {ConfigResolver} = await import('../../dist/src/index.js')
    const segments = []
    for await (const segment of fileSegments(file, {records: 'lines', size: 32 * 1024})) segments.push(segment)
    expect(segments.length).toBeGreaterThan(30)
    // A job's bytes are moved to the worker that takes it: each run gets copies.
    const job = ({bytes, line}: {bytes: Uint8Array; line: number}) => ({format: 'jsonl', options: {}, head: undefined, bytes: new Uint8Array(bytes), line})
    const resolver = new ConfigResolver({cwd: dir, useConfigFiles: false})
    const here = lintingHere(resolver.linterFor(await resolver.settingsFor(file)))
    const expected = []
    for (const s of segments) expected.push(await here.lint(job(s)))
    const linting = pool.segmentLinting(file)
    const there = await Promise.all(segments.map(s => linting.lint(job(s))))
    expect(there.reduce((n, o) => n + o.findings.length, 0)).toBeGreaterThan(5000)
    expect(there).toEqual(expected)
  })
})
