// The distributed recipe (scripts/distributed/dask_lint.py) on a real Dask
// LocalCluster of two worker processes: the merged answers equal one
// single-process `reply-lint --stream` run over the same partitions, with a
// worker killed in the middle of a task and the task run again elsewhere.
import {describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'dist/bin/reply-lint.js')
const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --stream --max-warnings -1`

// Debian's python3-distributed installs for the system Python, which need not
// be the first python3 on PATH.
function pythonWithDask(): string | undefined {
  const candidates = [process.env.REPLY_LINT_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean) as string[]
  return candidates.find(p => spawnSync(p, ['-c', 'import dask.distributed'], {stdio: 'ignore'}).status === 0)
}

const python = pythonWithDask()
if (!python) console.warn('Dask is not installed (Debian: apt-get install python3-distributed): the distributed recipe test is skipped.')

const REPLIES = [
  'Thanks for waiting, your parcel ships today.',
  'We guarantee it will arrive by Friday.',
  "I can't do anything about it, it's the courier's fault.",
  'ok thx u',
  '您好，已经帮您安排发货了。',
  '這是物流的問題，不是我們的錯。',
  '我保证明天一定到！',
]

/** Partitions of JSONL lines: replies with findings, clean ones, a bad line, a blank line. */
function writePartitions(dir: string, count: number, linesEach: number): string[] {
  const parts: string[] = []
  fs.mkdirSync(dir, {recursive: true})
  for (let p = 0; p < count; p++) {
    const lines: string[] = []
    for (let i = 0; i < linesEach; i++) {
      const n = p * linesEach + i
      if (n % 17 === 5) lines.push('{"id": "broken"')
      else if (n % 23 === 7) lines.push('')
      else lines.push(JSON.stringify({id: `r${n}`, role: n % 2 ? 'agent' : 'customer', text: `${REPLIES[n % REPLIES.length]} (#${n})`}))
    }
    const file = path.join(dir, `part-${String(p).padStart(5, '0')}.jsonl`)
    fs.writeFileSync(file, lines.join('\n') + '\n')
    parts.push(file)
  }
  return parts
}

describe.skipIf(!python)('the Dask recipe', () => {
  it('merges to the single-process answers, with a worker killed mid-task', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-dask-'))
    try {
      const parts = writePartitions(path.join(work, 'parts'), 6, 40)
      const single = spawnSync(process.execPath, [bin, '--stream', '--max-warnings', '-1'], {
        input: Buffer.concat(parts.map(p => fs.readFileSync(p))),
      })
      const victim = 2
      const run = spawnSync(python!, [path.join(import.meta.dirname, 'kill_worker.py'), work, command, String(victim)], {
        encoding: 'utf8',
        timeout: 120_000,
      })
      expect(run.status, run.stderr).toBe(0)
      const report = JSON.parse(run.stdout.trim().split('\n').pop()!)

      const merged = fs.readFileSync(report.merged)
      expect(merged.equals(single.stdout)).toBe(true)

      const answers = single.stdout.toString().trim().split('\n').map(l => JSON.parse(l))
      expect(report.summary).toEqual({
        partitions: 6,
        lines: 240,
        errors: answers.reduce((n, a) => n + (a.errorCount ?? 0), 0),
        warnings: answers.reduce((n, a) => n + (a.warningCount ?? 0), 0),
        failedLines: answers.filter(a => a.error).length,
      })
      expect(report.summary.warnings).toBeGreaterThan(100)

      // The victim's partition ran twice, in two different worker processes;
      // the half-written output of the killed attempt is gone.
      const victimRuns = (report.attempts as string[]).filter(a => a.startsWith(`${victim}-`))
      expect(victimRuns).toHaveLength(2)
      expect(report.outputs).toEqual(parts.map(p => path.basename(p)))
    } finally {
      fs.rmSync(work, {recursive: true, force: true})
    }
  }, 150_000)

  it('runs from its command line on a LocalCluster', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-dask-cli-'))
    try {
      const parts = writePartitions(path.join(work, 'parts'), 3, 20)
      const run = spawnSync(
        python!,
        [path.join(root, 'scripts/distributed/dask_lint.py'), path.join(work, 'parts'), '--output-dir', path.join(work, 'out'), '--merge', path.join(work, 'all.jsonl'), '--command', command],
        {encoding: 'utf8', timeout: 120_000},
      )
      const single = spawnSync(process.execPath, [bin, '--stream', '--max-warnings', '-1'], {input: Buffer.concat(parts.map(p => fs.readFileSync(p)))})
      expect(fs.readFileSync(path.join(work, 'all.jsonl')).equals(single.stdout)).toBe(true)
      // Bad lines are answered in place, and reported in the exit code as reply-lint does.
      expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toMatchObject({partitions: 3, lines: 60})
      expect(run.status).toBe(2)
    } finally {
      fs.rmSync(work, {recursive: true, force: true})
    }
  }, 150_000)
})
