#!/usr/bin/env node
// Worst cases for time: one huge reply of ordinary text on a single line, a
// reply of one word repeated ("I I I …", which every first-person and phrase
// check sees), and a line of Chinese characters without any punctuation (no
// sentence ends, so only the length cap splits it). Each runs at a size and
// at a tenth of it: linear time means the ratio stays near 10.
// usage: node bench/corners.mjs  (writes nothing to the repository)
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {buildCorpus} from './corpus.mjs'

const here = import.meta.dirname
const cli = path.join(here, '../dist/bin/reply-lint.js')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-corners-'))

const english = fs.readFileSync(path.join(buildCorpus('en', 10), 'all.txt'), 'utf8').replace(/\s+/g, ' ')
// Common characters, no punctuation: 您好我们这边帮您查询一下订单的物流信息…
const han = '您好我们这边帮您查询一下订单的物流信息请稍等非常抱歉给您带来不便已经为您申请退款预计三到五个工作日到账'

const corners = [
  {name: 'one-line English reply', make: n => english.slice(0, n), sizes: [1_000_000, 10_000_000], unit: 'characters'},
  {name: '"I" repeated', make: n => 'I '.repeat(n).trim(), sizes: [10_000, 100_000], unit: 'words'},
  {name: 'Chinese without punctuation', make: n => han.repeat(Math.ceil(n / han.length)).slice(0, n), sizes: [100_000, 1_000_000], unit: 'characters'},
]

function seconds(text) {
  const file = path.join(tmp, 'reply.txt')
  fs.writeFileSync(file, text)
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, [cli, '--format', 'json', '--max-warnings', '-1', '--jobs', '1', file], {stdio: ['ignore', 'ignore', 'pipe']})
  if (r.status === null || r.status > 1) throw new Error(`reply-lint failed: ${r.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e9
}

const lines = ['| corner | small | large | ratio (10 = linear) |', '|---|---:|---:|---:|']
for (const c of corners) {
  const [small, large] = c.sizes.map(n => seconds(c.make(n)))
  const row = `| ${c.name} (${c.sizes.map(n => n.toLocaleString('en')).join(' / ')} ${c.unit}) | ${small.toFixed(2)} s | ${large.toFixed(2)} s | ${(large / small).toFixed(1)} |`
  console.error(row)
  lines.push(row)
}
fs.rmSync(tmp, {recursive: true, force: true})
console.log(lines.join('\n'))
