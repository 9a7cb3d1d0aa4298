// A report piped to a reader that stops early (`reply-lint … | head`): the
// rest of the output has nowhere to go, which is no crash, and the exit code
// still says what the run found.
import {describe, expect, it} from 'vitest'
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'dist/bin/reply-lint.js')

/** Runs the CLI and closes its output after the first chunk, as `head -c 1` would. */
function runClosingEarly(args: string[]): Promise<{code: number | null; stderr: string}> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [bin, ...args], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr.on('data', chunk => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('close', code => resolve({code, stderr}))
  })
}

function manyFindings(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-closed-'))
  // Enough report that it cannot all go out before the reader leaves.
  fs.writeFileSync(path.join(dir, 'replies.txt'), Array.from({length: 4000}, (_, i) => `Reply ${i}: we guarantee it arrives tomorrow, it's the courier's fault.`).join('\n\n'))
  return dir
}

describe('output closed by its reader', () => {
  it('--help ends quietly with exit code 0', async () => {
    const r = await runClosingEarly(['--help'])
    expect(r.stderr).not.toMatch(/EPIPE|Error/)
    expect(r.code).toBe(0)
  })

  it('a json report still exits 1 for its findings', async () => {
    const r = await runClosingEarly(['--format', 'json', '--split', 'paragraph', manyFindings()])
    expect(r.stderr).not.toMatch(/EPIPE|internal error/)
    expect(r.code).toBe(1)
  })

  it('a stylish report still exits 1 for its findings', async () => {
    const r = await runClosingEarly(['--split', 'paragraph', manyFindings()])
    expect(r.stderr).not.toMatch(/EPIPE|internal error/)
    expect(r.code).toBe(1)
  })
})
