#!/usr/bin/env node
// The browser build's speed in headless Chromium (the system's, as the tests
// use): the page imports dist/browser/reply-lint.browser.js, served over
// loopback by the HTTP API's server, and lints the benchmark corpus's
// replies (English and Chinese interleaved, about 2 MB) one by one. Prints
// the first lint (rules' data and literal scanners being made, the
// Traditional converter not loaded), MB/s over the mix, and ms per reply.
// Also the bundle's sizes, raw and gzipped. Nothing is asserted.
// usage: node bench/browser.mjs [--rounds 3]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {chromium} from 'playwright-core'
import {mixedReplies, percentile} from './replies.mjs'

const root = path.resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 5
const executablePath = process.env.REPLY_LINT_CHROMIUM ?? '/usr/bin/chromium'
if (!fs.existsSync(executablePath)) {
  console.error(`bench: ${executablePath} is not installed (apt-get install chromium)`)
  process.exit(2)
}

const dir = path.join(root, 'dist/browser')
const kb = n => `${(n / 1024).toFixed(0)} KB`
const size = file => {
  const bytes = fs.readFileSync(path.join(dir, file))
  return {raw: bytes.length, gzip: zlib.gzipSync(bytes, {level: 9}).length}
}
const chunks = fs.readdirSync(path.join(dir, 'chunks')).map(f => [f, size(`chunks/${f}`)])
const main = size('reply-lint.browser.js')
const traditional = chunks.filter(([f]) => f.startsWith('traditional-converter-')).map(([, s]) => s)[0]
const others = chunks.filter(([f]) => !f.startsWith('traditional-converter-')).reduce((t, [, s]) => ({raw: t.raw + s.raw, gzip: t.gzip + s.gzip}), {raw: 0, gzip: 0})
console.log(`reply-lint.browser.js: ${kb(main.raw)} (${kb(main.gzip)} gzip); the English parser's chunks: ${kb(others.raw)} (${kb(others.gzip)} gzip); the Traditional converter's chunk, loaded for Traditional replies only: ${kb(traditional.raw)} (${kb(traditional.gzip)} gzip)`)

const {createLintServer} = await import(path.join(root, 'dist/src/server/http-api.js'))
const {server} = createLintServer({useConfigFiles: false})
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
const base = `http://127.0.0.1:${server.address().port}/`

const replies = mixedReplies()
const bytes = replies.reduce((n, t) => n + Buffer.byteLength(t), 0)
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-bench-chromium-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await context.newPage()
await page.goto(`${base}health`)
const result = await page.evaluate(
  `(async () => {
    const replies = ${JSON.stringify(replies)}
    const t0 = performance.now()
    const {lint} = await import('/reply-lint.browser.js')
    const loaded = performance.now()
    await lint('Thanks for waiting, we guarantee it arrives tomorrow.')
    const firstEnglish = performance.now()
    await lint('亲，保证明天一定到。')
    const firstChinese = performance.now()
    const rounds = []
    let findings = 0
    for (let round = 0; round < ${rounds}; round++) {
      const each = []
      const start = performance.now()
      for (const text of replies) {
        const s = performance.now()
        findings += (await lint(text)).findings.length
        each.push(performance.now() - s)
      }
      rounds.push({total: performance.now() - start, each})
    }
    // Typical helpdesk replies, 100 to 1,000 characters, timed as a batch: the page's clock is coarse (0.1 ms).
    const typical = replies.filter(t => t.length >= 100 && t.length <= 1000)
    let typicalMs = Infinity
    for (let round = 0; round < ${rounds}; round++) {
      const start = performance.now()
      for (const text of typical) await lint(text)
      typicalMs = Math.min(typicalMs, (performance.now() - start) / typical.length)
    }
    return {typical: typical.length, typicalMs, load: loaded - t0, firstEnglish: firstEnglish - loaded, firstChinese: firstChinese - firstEnglish, rounds, findings}
  })()`,
)
await context.close()
fs.rmSync(profile, {recursive: true, force: true})
server.close()

const MB = 1 << 20
const speeds = result.rounds.map(r => bytes / MB / (r.total / 1000)).sort((a, b) => a - b)
const best = result.rounds.reduce((a, b) => (a.total < b.total ? a : b))
const each = [...best.each].sort((a, b) => a - b)
const lengths = replies.map(t => t.length).sort((a, b) => a - b)
console.log(`Chromium ${context.browser()?.version() ?? ''}, ${replies.length} replies, ${(bytes / MB).toFixed(2)} MB (median reply ${percentile(lengths, 50)} characters), ${rounds} rounds`)
console.log(`module import ${result.load.toFixed(0)} ms; first English lint ${result.firstEnglish.toFixed(0)} ms; first Chinese lint ${result.firstChinese.toFixed(0)} ms`)
console.log(`throughput ${speeds.map(s => s.toFixed(2)).join(', ')} MB/s (median ${percentile(speeds, 50).toFixed(2)})`)
console.log(`per reply: ${(best.total / replies.length).toFixed(3)} ms on average over the mix (fastest round; p95 ${percentile(each, 95).toFixed(1)} ms, max ${each.at(-1).toFixed(1)} ms); ${result.typicalMs.toFixed(3)} ms per typical reply of 100-1,000 characters (${result.typical} of them, best of ${rounds} rounds)`)
