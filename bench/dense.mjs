#!/usr/bin/env node
// The dense benchmark: replies where most have findings (bench/corpus.mjs,
// buildDenseCorpus), English and Chinese, as text files and as one JSONL
// transcript, one linting thread on one CPU, beside alex and write-good on the
// same English text. With --against <git-ref> it also builds that commit in a
// temporary git worktree (npm ci) and runs the two builds interleaved, round
// by round, so that the machine's load falls on both alike.
// usage: npm run bench -- --dense [--against <git-ref>] [--repeat 3] [--no-peers] [--mb 4]
// (--mb: megabytes of replies per language; at 4 MB start-up and V8's first
// compiling take a large share of a run, at 64 MB the steady speed shows)
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {buildDenseCorpus, corpusInfo} from './corpus.mjs'
import {measure, installPeers, taskset} from './measure.mjs'

const here = import.meta.dirname
const root = path.resolve(here, '..')
const args = process.argv.slice(2)
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt)
const repeat = Math.max(1, Number(arg('--repeat', 3)) || 1)
const against = arg('--against')
const withPeers = !args.includes('--no-peers')
const sizeMb = Math.max(1, Number(arg('--mb', 4)) || 4)
const MB = 1 << 20
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
const started = Date.now()
const loadAtStart = os.loadavg()[0]

/** Builds `ref` in a temporary worktree; returns its CLI and a clean-up. */
function buildRef(ref) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-bench-ref-'))
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
  console.error(`bench: building ${ref} in ${dir} (npm ci)…`)
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: dir, stdio: ['ignore', 'ignore', 'inherit']})
  return {
    cli: path.join(dir, 'dist/bin/reply-lint.js'),
    remove: () => execFileSync('git', ['worktree', 'remove', '--force', dir], {cwd: root, stdio: 'ignore'}),
  }
}

const builds = [{name: 'this build', cli: path.join(root, 'dist/bin/reply-lint.js')}]
if (!fs.existsSync(builds[0].cli)) {
  console.error('bench: dist/ is missing; run npm run build first')
  process.exit(2)
}
let cleanUp = () => {}
if (against) {
  const ref = buildRef(against)
  builds.push({name: against, cli: ref.cli})
  cleanUp = ref.remove
}

const splitArgs = cli => (spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout.includes('--split') ? ['--split', 'paragraph'] : [])
const median = xs => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const rows = []
try {
  for (const lang of ['en', 'zh']) {
    const dir = buildDenseCorpus(lang, sizeMb)
    const {bytes, replies} = corpusInfo(dir)
    for (const [input, target] of [
      ['text files', path.join(dir, 'text')],
      ['JSONL transcript', path.join(dir, 'transcript.jsonl')],
    ]) {
      const runs = builds.map(() => [])
      for (let round = 0; round < repeat; round++)
        builds.forEach((b, k) => {
          const split = input === 'text files' ? splitArgs(b.cli) : []
          runs[k].push(measure(b.cli, ['--jobs', '1', '--format', 'json', '--max-warnings', '-1', ...split, target], {oneCpu: true}))
        })
      builds.forEach((b, k) => {
        const failed = runs[k].find(m => m.code === null || m.code > 1)
        const seconds = median(runs[k].map(m => m.seconds))
        const row = {tool: `reply-lint (${b.name})`, corpus: `dense ${lang}`, input, seconds, mbps: failed ? NaN : bytes / MB / seconds, rps: replies / seconds, rssMb: Math.max(...runs[k].map(m => m.rssMb)), runs: runs[k].map(m => m.seconds), error: failed && (failed.error ?? `exit ${failed.code}`)}
        rows.push(row)
        console.error(`${row.tool.padEnd(32)} ${row.corpus.padEnd(9)} ${input.padEnd(17)} ${fmt(seconds).padStart(7)} s ${fmt(row.mbps).padStart(6)} MB/s ${fmt(row.rssMb, 0).padStart(5)} MB${row.error ? `  (${row.error})` : ''}  (${row.runs.map(t => fmt(t)).join(', ')})`)
      })
    }
  }
} finally {
  cleanUp()
}

if (withPeers) {
  const peers = installPeers()
  const dir = buildDenseCorpus('en', sizeMb)
  const {bytes, replies} = corpusInfo(dir)
  for (const [tool, script, peerArgs] of [
    ['alex', peers.alex, ['--quiet']],
    ['write-good', peers['write-good'], []],
  ]) {
    const m = measure(script, [...peerArgs, path.join(dir, 'all.txt')], {oneCpu: true})
    const row = {tool, corpus: 'dense en', input: 'one text file', seconds: m.seconds, mbps: m.code === null ? NaN : bytes / MB / m.seconds, rps: replies / m.seconds, rssMb: m.rssMb, runs: [m.seconds], error: m.code === null ? m.error : undefined}
    rows.push(row)
    console.error(`${tool.padEnd(32)} ${row.corpus.padEnd(9)} ${row.input.padEnd(17)} ${fmt(m.seconds).padStart(7)} s ${fmt(row.mbps).padStart(6)} MB/s ${fmt(row.rssMb, 0).padStart(5)} MB`)
  }
}

const minutes = (Date.now() - started) / 60000
const lines = [
  '## Dense corpus',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --dense${against ? ` --against ${against}` : ''}${sizeMb !== 4 ? ` --mb ${sizeMb}` : ''}\` (${fmt(minutes, 1)} min; load average at the start ${fmt(loadAtStart)}, at the end ${fmt(os.loadavg()[0])}). Replies where most have findings (about nine in ten): sentences of different development-set replies joined, with varied names, order ids and amounts, about ${sizeMb} MB per language (\`node bench/corpus.mjs --dense\`); Chinese is two thirds Simplified, one third Traditional. Every tool runs on one CPU${taskset ? ' (`taskset -c 0`)' : ''}, reply-lint with \`--jobs 1 --format json\`; times are medians of ${repeat} interleaved rounds.`,
  '',
  '| tool | corpus | input | seconds | MB/s | replies/s | peak RSS MB |',
  '|---|---|---|---:|---:|---:|---:|',
  ...rows.map(r => `| ${r.tool} | ${r.corpus} | ${r.input} | ${fmt(r.seconds)} | ${fmt(r.mbps)} | ${fmt(r.rps, 0)} | ${fmt(r.rssMb, 0)} |`),
  '',
]
const results = path.join(here, 'RESULTS.md')
const before = fs.existsSync(results) ? fs.readFileSync(results, 'utf8') : '# Benchmark results\n'
const at = before.indexOf('## Dense corpus')
fs.writeFileSync(results, (at >= 0 ? before.slice(0, at) : before.trimEnd() + '\n\n') + lines.join('\n'))
console.log(lines.join('\n'))
