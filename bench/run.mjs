#!/usr/bin/env node
// The benchmark: reply-lint against its peers (alex, write-good) and a floor
// (one compiled regular expression over the corpus in Node), on the same
// corpus, in one run. Writes bench/RESULTS.md.
// usage: npm run bench [-- --sizes 1,10,100] [--repeat 3] [--no-peers] [--gb]
//        npm run bench -- --lsp   the language server's latency (bench/lsp-latency.mjs)
//        npm run bench -- --dense [--against <git-ref>]   the dense corpus only (bench/dense.mjs)
import {spawnSync, execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {buildCorpus, corpusInfo} from './corpus.mjs'
import {measure, installPeers, taskset} from './measure.mjs'

const here = import.meta.dirname
const root = path.resolve(here, '..')
const cli = path.join(root, 'dist/bin/reply-lint.js')
const args = process.argv.slice(2)
// --lsp: the language server's latency instead (bench/lsp-latency.mjs, which reads the same arguments).
if (args.includes('--lsp')) {
  await import('./lsp-latency.mjs')
  process.exit(0)
}
// --dense: only the dense corpus (most replies with findings), see bench/dense.mjs.
if (args.includes('--dense')) {
  await import('./dense.mjs')
  process.exit(0)
}
const loadAtStart = os.loadavg()[0]
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt)
const sizes = arg('--sizes', '1,10,100').split(',').map(Number)
const withPeers = !args.includes('--no-peers')
/** The largest corpus of 10 MB or more: its one-CPU, one-thread and all-core runs are compared. */
const big = sizes.filter(n => n >= 10).at(-1)
/**
 * Rounds of the compared runs. A single run on a busy machine can be off by
 * 10-30%, and a speed-up divides two of them; each round runs the compared
 * configurations back to back, and the table gives their medians and the
 * range of each round's own speed-up.
 */
const repeat = Math.max(1, Number(arg('--repeat', 3)) || 1)
const MB = 1 << 20

if (!fs.existsSync(cli)) {
  console.error('bench: dist/ is missing; run npm run build first')
  process.exit(2)
}

const floorScript = path.join(here, 'floor.mjs')
const rows = []
const mbps = (bytes, s) => bytes / MB / s
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')

/** reply-lint exits 0 or 1 on success; peers exit with their own counts, so only a crash or time-out counts for them. */
function record(name, corpus, bytes, replies, m, {peer = false} = {}) {
  const ok = m.code !== null && (peer || m.code <= 1)
  const row = {name, corpus, mbps: ok ? mbps(bytes, m.seconds) : NaN, rps: replies / m.seconds, rssMb: m.rssMb, seconds: m.seconds, runs: m.runs ?? [m.seconds], error: ok ? undefined : (m.error ?? `exit ${m.code}`)}
  rows.push(row)
  const runs = row.runs.length > 1 ? `  (median of ${row.runs.map(t => fmt(t, 2)).join(', ')})` : ''
  console.error(`${name.padEnd(34)} ${corpus.padEnd(10)} ${fmt(row.seconds, 2).padStart(8)} s ${fmt(row.mbps, 2).padStart(8)} MB/s ${fmt(row.rssMb, 0).padStart(6)} MB${m.error ? `  (${m.error})` : ''}${runs}`)
  return row
}

/** Several runs of one configuration as one: the median time, the highest peak RSS, the first failure. */
function medianOf(measures) {
  const seconds = measures.map(m => m.seconds)
  const sorted = [...seconds].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  const failed = measures.find(m => m.code === null || m.code > 1)
  return {
    seconds: sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
    rssMb: Math.max(...measures.map(m => m.rssMb)),
    code: (failed ?? measures[0]).code,
    error: failed?.error,
    runs: seconds,
  }
}

/** Runs each configuration once per round, in turn, `rounds` times, and records each with its median. */
function recordRounds(corpus, bytes, replies, configurations, rounds) {
  const measures = configurations.map(() => [])
  for (let round = 0; round < rounds; round++) configurations.forEach((c, k) => measures[k].push(measure(cli, c.args, {oneCpu: c.oneCpu})))
  return configurations.map((c, k) => record(c.name, corpus, bytes, replies, medianOf(measures[k])))
}

const supports = flag => spawnSync(process.execPath, [cli, '--help'], {encoding: 'utf8'}).stdout.includes(flag)
const splitArgs = supports('--split') ? ['--split', 'paragraph'] : []

for (const lang of ['en', 'zh']) {
  for (const size of sizes) {
    const dir = buildCorpus(lang, size)
    const {bytes, replies} = corpusInfo(dir)
    const corpus = `${lang} ${size} MB`
    // One linting thread (--jobs 1), the same on one CPU, then every core
    // (the default: all cores from 16 MiB of input on two cores); on the
    // largest corpus in rounds (see repeat).
    const rounds = size === big ? repeat : 1
    const text = ['--format', 'json', '--max-warnings', '-1', ...splitArgs, path.join(dir, 'text')]
    recordRounds(corpus, bytes, replies, [
      {name: 'reply-lint text files, --jobs 1', args: ['--jobs', '1', ...text]},
      ...(size >= 10 && taskset ? [{name: 'reply-lint text files, one CPU', args: ['--jobs', '1', ...text], oneCpu: true}] : []),
      ...(size >= 10 ? [{name: 'reply-lint text files, all cores', args: text}] : []),
    ], rounds)
    // One big transcript, the same three ways (files over 32 MiB are cut into segments that every thread reads and lints).
    const jsonl = ['--format', 'json', '--max-warnings', '-1', path.join(dir, 'transcript.jsonl')]
    recordRounds(corpus, bytes, replies, [
      ...(size >= 10 ? [{name: 'reply-lint JSONL transcript, --jobs 1', args: ['--jobs', '1', ...jsonl]}] : []),
      ...(size >= 10 && taskset ? [{name: 'reply-lint JSONL transcript, one CPU', args: ['--jobs', '1', ...jsonl], oneCpu: true}] : []),
      {name: 'reply-lint JSONL transcript', args: jsonl},
    ], rounds)
    record('reply-lint CSV', corpus, bytes, replies, measure(cli, ['--format', 'json', '--max-warnings', '-1', path.join(dir, 'replies.csv')]))
    record('floor: one regex in Node', corpus, bytes, replies, measure(floorScript, [path.join(dir, 'all.txt')]))
  }
}

if (withPeers) {
  const peers = installPeers()
  const dir = buildCorpus('en', 1)
  const {bytes, replies} = corpusInfo(dir)
  const file = path.join(dir, 'all.txt')
  record('alex', 'en 1 MB', bytes, replies, measure(peers.alex, ['--quiet', file]), {peer: true})
  record('write-good', 'en 1 MB', bytes, replies, measure(peers['write-good'], [file]), {peer: true})
}

// Flat memory: a generated 1 GB JSONL transcript per language (the 10 MB one,
// repeated) in the temporary folder, deleted afterwards. Only with --gb: it
// takes minutes.
const gbRows = []
if (args.includes('--gb')) {
  for (const lang of ['en', 'zh']) {
    const dir = buildCorpus(lang, 10)
    const gbFile = path.join(os.tmpdir(), `reply-lint-bench-${process.pid}.jsonl`)
    const one = fs.readFileSync(path.join(dir, 'transcript.jsonl'))
    const {replies} = corpusInfo(dir)
    const copies = Math.ceil(1024 / 10)
    const fd = fs.openSync(gbFile, 'w')
    for (let k = 0; k < copies; k++) fs.writeSync(fd, one)
    fs.closeSync(fd)
    try {
      const streamArgs = ['--format', 'json', '--max-warnings', '-1', gbFile]
      const all = record('reply-lint JSONL transcript, streamed', `${lang} 1 GB`, one.length * copies, replies * copies, measure(cli, streamArgs))
      // Two threads against one CPU on ten times the 100 MB corpus: what each
      // thread's start-up (its engine compiling the same code) costs shrinks
      // with the input, what sharing the work costs does not.
      const oneCpu = taskset ? record('reply-lint JSONL transcript, streamed, one CPU', `${lang} 1 GB`, one.length * copies, replies * copies, measure(cli, ['--jobs', '1', ...streamArgs], {oneCpu: true})) : undefined
      gbRows.push({all, oneCpu})
    } finally {
      fs.rmSync(gbFile, {force: true})
    }
  }
}

// Cold start: one short reply on stdin, median of 20.
const starts = Array.from({length: 20}, () => measure(cli, [], {input: 'Thanks!\n'}).seconds).sort((a, b) => a - b)
const coldStartMs = ((starts[9] + starts[10]) / 2) * 1000

// --fix throughput on a copy of the 1 MB English text files.
const fixDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-bench-fix-'))
const en1 = buildCorpus('en', 1)
fs.cpSync(path.join(en1, 'text'), fixDir, {recursive: true})
const fixRow = record('reply-lint --fix text files', 'en 1 MB', corpusInfo(en1).bytes, corpusInfo(en1).replies, measure(cli, ['--fix', '--format', 'json', '--max-warnings', '-1', '--jobs', '1', ...splitArgs, fixDir]))

// Worst cases for time (see corners.mjs).
const corners = spawnSync(process.execPath, [path.join(here, 'corners.mjs')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).stdout
fs.rmSync(fixDir, {recursive: true, force: true})

// The report.
const byName = (name, corpus) => rows.find(r => r.name === name && r.corpus === corpus)
const lines = []
const cpu = os.cpus()
lines.push('# Benchmark results', '')
lines.push(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}; Node ${process.version}. Run ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`. Load average (1 min) at the start ${fmt(loadAtStart, 2)}, at the end ${fmt(os.loadavg()[0], 2)}: other work on the machine slows every row alike.`, '')
lines.push('Corpus: real agent replies (English support tweets, JD.com/Taobao agent turns) with one reply in ten a bad reply from the development set, repeated to size; reply-lint runs with every default rule and `--format json`.', '')
lines.push('| tool | corpus | seconds | MB/s | replies/s | peak RSS MB |', '|---|---|---:|---:|---:|---:|')
for (const r of rows) lines.push(`| ${r.name} | ${r.corpus} | ${fmt(r.seconds, 2)} | ${fmt(r.mbps, 2)} | ${fmt(r.rps, 0)} | ${fmt(r.rssMb, 0)} |`)
lines.push('')
const ours = byName('reply-lint text files, --jobs 1', 'en 1 MB')
const ratios = []
for (const peer of ['alex', 'write-good', 'floor: one regex in Node']) {
  const p = byName(peer, peer.startsWith('floor') ? 'en 1 MB' : 'en 1 MB')
  if (ours && p && Number.isFinite(p.mbps)) ratios.push(`| ${peer} | ${fmt(ours.mbps / p.mbps, 2)}× |`)
}
if (ratios.length) lines.push('Speed of reply-lint (English text, 1 MB) relative to:', '', '| peer | ratio |', '|---|---:|', ...ratios, '')
if (big) {
  const rounds = repeat > 1 ? ` Each is the median of ${repeat} rounds that ran the three back to back; a speed-up's range is that of the rounds' own speed-ups.` : ''
  lines.push(
    `Throughput on the ${big} MB corpus (every default rule, \`--format json\`). One CPU: \`--jobs 1\` kept on a single CPU with \`taskset\`, the whole process. \`--jobs 1\`: one linting thread, with V8's compiler and garbage-collector threads free to run on the other core, so it already uses more than one core.${rounds}`,
    '',
  )
  lines.push('| corpus | one CPU MB/s | --jobs 1 MB/s | all cores MB/s | all cores ÷ one CPU | all cores ÷ --jobs 1 |', '|---|---:|---:|---:|---:|---:|')
  const ratio = (a, b) => {
    if (!a || !b) return 'n/a'
    const each = a.runs.map((t, k) => b.runs[k] / t).sort((x, y) => x - y)
    const range = each.length > 1 ? ` (${fmt(each[0], 2)}-${fmt(each.at(-1), 2)})` : ''
    return `${fmt(a.mbps / b.mbps, 2)}×${range}`
  }
  for (const lang of ['en', 'zh']) {
    for (const [what, name] of [
      ['text files', 'reply-lint text files'],
      ['one JSONL transcript', 'reply-lint JSONL transcript'],
    ]) {
      const corpus = `${lang} ${big} MB`
      const oneCpu = byName(`${name}, one CPU`, corpus)
      const oneThread = byName(`${name}, --jobs 1`, corpus)
      const all = byName(name.endsWith('files') ? `${name}, all cores` : name, corpus)
      if (all) lines.push(`| ${lang}, ${what} | ${fmt(oneCpu?.mbps, 2)} | ${fmt(oneThread?.mbps, 2)} | ${fmt(all.mbps, 2)} | ${ratio(all, oneCpu)} | ${ratio(all, oneThread)} |`)
    }
  }
  lines.push('')
}
for (const {all: row, oneCpu} of gbRows) {
  const speedUp = oneCpu ? `; on one CPU ${fmt(oneCpu.seconds, 0)} s, so all cores run ${fmt(oneCpu.seconds / row.seconds, 2)}× as fast` : ''
  lines.push(`${row.corpus.replace(' 1 GB', '')}, 1 GB JSONL transcript, streamed: ${fmt(row.seconds, 0)} s (${fmt(row.mbps, 1)} MB/s), peak RSS **${fmt(row.rssMb, 0)} MB**${speedUp}.`, '')
}
lines.push(`Cold start (\`echo 'Thanks!' | reply-lint\`, median of 20): **${fmt(coldStartMs, 0)} ms**.`, '')
lines.push(`\`--fix\` throughput (English text, 1 MB): ${fmt(fixRow.mbps, 2)} MB/s.`, '')
const scaling = ['en', 'zh'].map(lang => sizes.map(s => byName('reply-lint text files, --jobs 1', `${lang} ${s} MB`)).filter(Boolean))
lines.push('Scaling (text files, --jobs 1; seconds per MB should stay flat when time grows linearly):', '')
for (const list of scaling) if (list.length) lines.push(`- ${list.map(r => `${r.corpus}: ${fmt(r.seconds / Number(r.corpus.split(' ')[1]), 3)} s/MB`).join(', ')}`)
lines.push('')
if (corners) lines.push('Worst cases (one reply each, --jobs 1; a tenfold input taking about ten times as long, or less, is linear):', '', corners.trim(), '')
// The dense section (bench/dense.mjs) is kept: it comes from its own run.
const previous = fs.existsSync(path.join(here, 'RESULTS.md')) ? fs.readFileSync(path.join(here, 'RESULTS.md'), 'utf8') : ''
const dense = previous.indexOf('## Dense corpus')
fs.writeFileSync(path.join(here, 'RESULTS.md'), lines.join('\n') + (dense >= 0 ? '\n' + previous.slice(dense) : ''))
console.log(lines.join('\n'))
