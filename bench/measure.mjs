// Running one measured Node program for the benchmarks: its wall time, peak
// RSS (through probe.mjs) and exit code; and the peers' installation.
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const here = import.meta.dirname
const probe = path.join(here, 'probe.mjs')
const peersDir = path.join(here, '.peers')

/**
 * One CPU: `taskset` (Linux) keeps a process and all its threads on the
 * first CPU. Without it a run with --jobs 1 is one linting thread, while
 * V8's compiler and garbage-collector threads use the other cores.
 */
export const taskset = os.platform() === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0

/** Runs a Node program with the memory probe (on one CPU with `oneCpu`); returns seconds, peak RSS (MB) and exit code. */
export function measure(script, scriptArgs, {input, timeout = 900_000, oneCpu = false} = {}) {
  const out = path.join(os.tmpdir(), `reply-lint-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`)
  const start = process.hrtime.bigint()
  const command = [process.execPath, '--import', `file://${probe}`, script, ...scriptArgs]
  if (oneCpu && taskset) command.unshift('taskset', '-c', '0')
  const r = spawnSync(command[0], command.slice(1), {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    env: {...process.env, BENCH_PROBE_OUT: out, NO_COLOR: '1'},
    timeout,
    maxBuffer: 1 << 26,
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  let rssMb = NaN
  try {
    rssMb = JSON.parse(fs.readFileSync(out, 'utf8')).maxRssKb / 1024
    fs.rmSync(out)
  } catch {}
  return {seconds, rssMb, code: r.status, error: r.error?.message ?? (r.status > 2 ? r.stderr?.toString().split('\n')[0] : undefined)}
}

/** alex and write-good, installed once into bench/.peers; returns their CLIs. */
export function installPeers() {
  const want = {alex: 'alex/cli.js', 'write-good': 'write-good/bin/write-good.js'}
  const ready = Object.values(want).every(p => fs.existsSync(path.join(peersDir, 'node_modules', p)))
  if (!ready) {
    fs.mkdirSync(peersDir, {recursive: true})
    fs.writeFileSync(path.join(peersDir, 'package.json'), '{"private": true}\n')
    console.error('bench: installing alex and write-good into bench/.peers (once)…')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', peersDir, 'alex@11', 'write-good@1'], {stdio: 'inherit'})
  }
  return Object.fromEntries(Object.entries(want).map(([k, v]) => [k, path.join(peersDir, 'node_modules', v)]))
}
