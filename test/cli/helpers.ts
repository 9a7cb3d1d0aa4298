// Running the built CLI as a separate process, the way CI runs it.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const bin = path.join(root, 'dist/bin/reply-lint.js')

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

const env = {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}

export function run(args: string[], options: {cwd?: string; input?: string; timeout?: number} = {}): RunResult {
  const started = performance.now()
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: options.timeout ?? 60_000,
    maxBuffer: 512 * 1024 * 1024,
  })
  return {code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started}
}

/** Like run, without blocking the test process (for long runs and for killing them). */
export function start(args: string[], options: {cwd?: string} = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, env, stdio: ['ignore', 'pipe', 'pipe']})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', d => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', d => (stderr += d))
  const done = new Promise<RunResult>(resolve =>
    child.on('close', (code, signal) => resolve({code, signal, stdout, stderr, ms: performance.now() - started})),
  )
  return {child, done}
}

/** Runs with a hard time limit: a run that hangs is killed and reported as such. */
export async function runWithin(limitMs: number, args: string[], options: {cwd?: string} = {}): Promise<RunResult> {
  const {child, done} = start(args, options)
  const timer = setTimeout(() => child.kill('SIGKILL'), limitMs)
  const result = await done
  clearTimeout(timer)
  if (result.signal === 'SIGKILL') throw new Error(`reply-lint ${args.join(' ')} did not finish within ${limitMs / 1000} s`)
  return result
}

export function tempDir(prefix = 'reply-lint-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** Stack frames look like "    at fn (file:line:col)". */
export const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

export function assertBuilt(): void {
  if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run npm run build')
}
