// The GitHub Action and the pre-commit hooks, run the way their hosts run
// them (needs the build: npm run build).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import YAML from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'))
const hooks = YAML.parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))
let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-action-'))
  fs.mkdirSync(path.join(dir, 'replies'))
  fs.writeFileSync(path.join(dir, 'replies', 'promise.txt'), 'Your refund is 100% guaranteed, no questions asked.\n')
  fs.writeFileSync(path.join(dir, 'replies', 'thanks.txt'), 'Thanks for your patience while we look into this.\n')
  // The repository installs reply-lint itself, so the action must use that copy.
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), {recursive: true})
  fs.symlinkSync(path.join(root, 'dist/bin/reply-lint.js'), path.join(dir, 'node_modules', '.bin', 'reply-lint'))
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

/** Runs the action's lint step as the runner does: bash -e, inputs as env, GITHUB_OUTPUT a file. */
function runLintStep(inputs: Record<string, string>) {
  const step = action.runs.steps.find((s: {id?: string}) => s.id === 'lint')
  const output = path.join(dir, `output-${Math.random().toString(36).slice(2)}`)
  fs.writeFileSync(output, '')
  const defaults = Object.fromEntries(Object.entries(action.inputs as Record<string, {default: string}>).map(([k, v]) => [k, v.default]))
  const values = {...defaults, ...inputs}
  const env = {...process.env, NO_COLOR: '1', GITHUB_OUTPUT: output}
  for (const [name, expression] of Object.entries(step.env as Record<string, string>)) {
    const input = /inputs\.([\w-]+)/.exec(expression)![1]!
    env[name] = values[input]!
  }
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {cwd: dir, env, encoding: 'utf8'})
  const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').filter(Boolean).map(l => l.split(/=(.*)/s).slice(0, 2)))
  return {code: r.status, stdout: r.stdout, stderr: r.stderr, outputs}
}

describe('GitHub Action', () => {
  it('annotates findings in the github format and reports the exit code', () => {
    const r = runLintStep({paths: 'replies'})
    expect(r.code).toBe(0) // the failing is left to the next step
    expect(r.outputs['exit-code']).toBe('1')
    expect(r.stdout).toMatch(/^::warning file=replies\/promise\.txt,line=1,col=\d+,.*title=absolute-promise::/m)
  })

  it('writes a SARIF file with the sarif format, passing extra args through', () => {
    const r = runLintStep({paths: 'replies/*.txt', format: 'sarif', args: '--max-warnings -1', 'sarif-file': 'out.sarif'})
    expect(r.outputs).toEqual({'sarif-file': 'out.sarif', 'exit-code': '0'})
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'))
    expect(log.runs[0].results.length).toBeGreaterThan(0)
  })

  it('refuses other formats', () => {
    const r = runLintStep({format: 'stylish'})
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('::error title=reply-lint::format must be github or sarif')
  })

  it('declares every input its steps read', () => {
    const used = [...JSON.stringify(action.runs.steps).matchAll(/inputs\.([\w-]+)/g)].map(m => m[1])
    for (const name of used) expect(action.inputs).toHaveProperty(name!)
  })
})

describe('pre-commit hooks', () => {
  it('run reply-lint on the staged files the hook selects', () => {
    for (const hook of hooks) {
      expect(hook.language).toBe('node')
      expect(new RegExp(hook.files).test('replies/promise.txt')).toBe(true)
      expect(new RegExp(hook.files).test('package.json')).toBe(false)
    }
    const lint = hooks.find((h: {id: string}) => h.id === 'reply-lint')
    const [command, ...args] = lint.entry.split(' ')
    const bin = path.join(dir, 'node_modules', '.bin', command)
    const r = spawnSync(bin, [...args, 'replies/promise.txt', 'replies/thanks.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('absolute-promise')
  })
})
