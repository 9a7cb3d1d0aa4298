// Speed work on the engine must not change a byte of what the CLI prints.
// The --format json output (findings, suggestions, fixes and whole-reply
// rewrites) of the fixtures and of a sample of the benchmark's dense corpus
// is compared with output committed before the work. After a deliberate
// change of findings, write the expected output again with
//   UPDATE_EXPECTED=1 npx vitest run test/perf/json-output
// and read the diff of test/perf/expected/ before committing it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, run, tempDir} from '../cli/helpers.js'

const expectedDir = path.join(import.meta.dirname, 'expected')
const devSet = path.resolve(root, '../shared/data/dev.jsonl')
const update = process.env.UPDATE_EXPECTED === '1'

/** The CLI's JSON for `target`, one linting thread, with the machine's paths taken out. */
function jsonOutput(target: string, cwd: string, extra: string[] = []): string {
  const r = run(['--format', 'json', '--jobs', '1', '--max-warnings', '-1', ...extra, target], {cwd, timeout: 300_000})
  // 2: some inputs are unreadable on purpose (fixtures/bad); warnings alone exit 0 under --max-warnings -1.
  expect([0, 1, 2]).toContain(r.code)
  return r.stdout.split(cwd + path.sep).join('<dir>/')
}

/** Where a differing output is left for a diff. */
function keep(name: string, text: string): string {
  const file = path.join(tempDir('reply-lint-json-output-'), name)
  fs.writeFileSync(file, text)
  return file
}

describe('--format json output is what it was', () => {
  it('on the fixtures', () => {
    const out = jsonOutput('fixtures', root)
    const expectedFile = path.join(expectedDir, 'fixtures.json')
    if (update) fs.writeFileSync(expectedFile, out)
    const expected = fs.readFileSync(expectedFile, 'utf8')
    expect(JSON.parse(out).length).toBeGreaterThan(40)
    if (out !== expected) expect.fail(`output differs from ${path.relative(root, expectedFile)}; it is in ${keep('fixtures.json', out)}`)
  }, 120_000)

  // The sample is made from the development set beside the repository (its
  // sentences are not copied into the repository), so only a digest of its
  // output is committed.
  it.skipIf(!fs.existsSync(devSet))('on a sample of the dense benchmark corpus, English and Chinese, as text and JSONL', async () => {
    // @ts-expect-error -- a plain ES module of the benchmark, without types
    const {denseReplies} = await import('../../bench/corpus.mjs')
    const dir = tempDir('reply-lint-dense-sample-')
    let replies = 0
    for (const lang of ['en', 'zh']) {
      const texts = denseReplies(lang, 150_000) as string[]
      replies += 2 * texts.length
      fs.writeFileSync(path.join(dir, `${lang}.txt`), texts.join('\n\n') + '\n')
      fs.writeFileSync(path.join(dir, `${lang}.jsonl`), texts.map(text => JSON.stringify({role: 'agent', text})).join('\n') + '\n')
    }
    const out = jsonOutput('.', dir, ['--split', 'paragraph'])
    const results = JSON.parse(out) as Array<{messages: unknown[]; rewrites?: unknown[]}>
    const findings = results.reduce((n, r) => n + r.messages.length, 0)
    // Dense: most replies have findings, and so whole-reply rewrites.
    expect(results.length).toBe(4)
    expect(findings).toBeGreaterThan(replies)
    expect(results.every(r => (r.rewrites?.length ?? 0) > 0)).toBe(true)
    const digest = {replies, findings, sha256: crypto.createHash('sha256').update(out).digest('hex')}
    const expectedFile = path.join(expectedDir, 'dense-sample.json')
    if (update) fs.writeFileSync(expectedFile, JSON.stringify(digest, null, 2) + '\n')
    const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'))
    if (JSON.stringify(digest) !== JSON.stringify(expected)) expect.fail(`output differs from the digest in ${path.relative(root, expectedFile)}; it is in ${keep('dense-sample.json', out)}`)
  }, 300_000)
})
