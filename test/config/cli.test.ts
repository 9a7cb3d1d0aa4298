// Configuration through the CLI as a user runs it: a separate process on the built dist/.
import {beforeAll, describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fixtures, root, tempProject} from './helpers.js'

const bin = path.join(root, 'dist/bin/reply-lint.js')

function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [bin, ...args], {cwd, input, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

/** ruleId@severity of each finding, from the json format. */
function findings(stdout: string): string[] {
  const results = JSON.parse(stdout) as Array<{filePath: string; messages: Array<{ruleId: string; level: string}>}>
  return results.flatMap(r => r.messages.map(m => `${path.basename(path.dirname(r.filePath))}/${path.basename(r.filePath)}:${m.ruleId}@${m.level}`))
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run npm run build')
})

describe('configuration on the command line', () => {
  it('lints each folder with its own config', () => {
    const r = run(['--format', 'json', '.'], path.join(fixtures, 'nested'))
    expect(r.code).toBe(1)
    expect(findings(r.stdout).filter(f => f.includes('absolute-promise'))).toEqual(['team-a/reply.txt:absolute-promise@error'])
  })

  it('catches a house phrase from a phrase pack, in English and Chinese', () => {
    const r = run(['--format', 'json', 'reply.txt', 'reply.zh.txt'], path.join(fixtures, 'pack'))
    expect(r.code).toBe(1)
    expect(findings(r.stdout)).toEqual(expect.arrayContaining(['pack/reply.txt:house/policy-speak@error', 'pack/reply.zh.txt:house/policy-speak@error']))
  })

  it('never lints its own config and phrase pack files when given a folder', () => {
    const r = run(['--format', 'json', '.'], path.join(fixtures, 'pack'))
    const linted = (JSON.parse(r.stdout) as Array<{filePath: string}>).map(x => path.basename(x.filePath)).sort()
    expect(linted).toEqual(['greeting.txt', 'reply.txt', 'reply.zh.txt'])
  })

  it('--list-rules includes the rules of the phrase packs and plugins in use', () => {
    expect(run(['--list-rules'], path.join(fixtures, 'pack')).stdout).toMatch(/^house\/policy-speak\s+warning\s+en,zh\s+House phrases from house-phrases\.yaml, house-phrases\.zh\.yaml$/m)
    expect(run(['--list-rules'], path.join(fixtures, 'plugin')).stdout).toMatch(/^house\/no-asap\s+warning\s+en\s/m)
  })

  it('lets --rule win over the config', () => {
    const r = run(['--format', 'json', '--rule', 'house/policy-speak=off', 'reply.txt'], path.join(fixtures, 'pack'))
    expect(findings(r.stdout).some(f => f.includes('house/policy-speak'))).toBe(false)
  })

  it('exits 2 with one line naming the file and the bad key', () => {
    const dir = tempProject({'.replylintrc.yaml': 'rules:\n  impatience: loud\n', 'a.txt': 'Hello\n'})
    const r = run(['a.txt'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('reply-lint: .replylintrc.yaml: rules.impatience: severity must be off, info, warning or error (or 0, 1, 2), or [severity, {options}], not "loud"\n')
  })

  it('exits 2 naming the pack, entry and pattern of a catastrophic regular expression', () => {
    const dir = tempProject({
      '.replylintrc.yaml': 'phrasePacks: [./slow.yaml]\n',
      'slow.yaml': 'language: en\nentries:\n  - id: spaces\n    rule: house/spaces\n    pattern: "/(\\\\s*,\\\\s*)*x/"\n    message: m\n    rewrites: [y]\n',
      'a.txt': 'Hello\n',
    })
    const r = run(['a.txt'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^reply-lint: slow\.yaml: entries\[0\]\.pattern: entry 'spaces': \/\(\\s\*,\\s\*\)\*x\/ can take exponential time/)
  })

  it("passes the config's speakers to transcript inputs; --speaker wins", () => {
    const dir = tempProject({'.replylintrc.yaml': 'speakers: [Tom]\n', 'chat.txt': 'Mia: We guarantee it ships today.\nTom: We guarantee you will love it.\n'})
    const lines = (args: string[]) => (JSON.parse(run(['--format', 'json', '--input-format', 'transcript', ...args, 'chat.txt'], dir).stdout) as Array<{messages: Array<{line: number}>}>)[0]!.messages.map(m => m.line)
    expect(lines([])).toEqual([2])
    expect(lines(['--speaker', 'Mia'])).toEqual([1])
  })

  it("passes the config's speakers to a transcript on stdin too; --speaker wins", () => {
    const dir = tempProject({'.replylintrc.yaml': 'speakers: [Tom]\n'})
    const chat = 'Mia: We guarantee it ships today.\nTom: We guarantee you will love it.\n'
    const lines = (args: string[]) => (JSON.parse(run(['--format', 'json', '--input-format', 'transcript', '--stdin-filename', 'chat.txt', ...args], dir, chat).stdout) as Array<{messages: Array<{line: number}>}>)[0]!.messages.map(m => m.line)
    expect(lines([])).toEqual([2])
    expect(lines(['--speaker', 'Mia'])).toEqual([1])
  })

  it('--no-config lints with the defaults only', () => {
    const r = run(['--format', 'json', '--no-config', 'reply.txt'], path.join(fixtures, 'pack'))
    expect(findings(r.stdout).some(f => f.includes('house/'))).toBe(false)
  })

  it('--config uses the given file', () => {
    const r = run(['--format', 'json', '--config', '../nested/.replylintrc.yaml', 'reply.txt'], path.join(fixtures, 'overrides'))
    expect(findings(r.stdout)).toContain('overrides/reply.txt:absolute-promise@error')
  })

  it('--print-config prints the settings of a file as JSON', () => {
    const r = run(['--print-config', 'macros/refund.txt'], path.join(fixtures, 'overrides'))
    expect(r.code).toBe(0)
    const printed = JSON.parse(r.stdout)
    expect(printed).toMatchObject({configFile: 'reply-lint.config.yaml', ignored: false, rules: {'absolute-promise': 'info', 'negative-language': 'warning'}})
  })

  it('says so when a file named outright is ignored', () => {
    const r = run(['drafts/wip.txt', 'reply.txt'], path.join(fixtures, 'ignore'))
    expect(r.stderr).toContain('reply-lint: drafts/wip.txt: ignored (.replylintignore)')
    expect(r.stdout).toContain('reply.txt')
    expect(r.stdout).not.toContain('wip.txt')
  })

  it('--report-unused-disable-directives warns about directives that silence nothing', () => {
    const dir = tempProject({'a.txt': '<!-- reply-lint-disable-next-line absolute-promise -->\nThanks for writing in.\n'})
    expect(run(['a.txt'], dir).code).toBe(0)
    const r = run(['--report-unused-disable-directives', 'a.txt'], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/1:1\s+warning\s+Unused reply-lint-disable-next-line directive \(no problems were reported from 'absolute-promise'\)\.\s+unused-disable-directive/)
  })

  it('--init writes a starter config that loads, and refuses to overwrite it', () => {
    const dir = tempProject({'a.txt': 'We guarantee it.\n'})
    expect(run(['--init'], dir)).toMatchObject({code: 0, stdout: 'reply-lint: wrote .replylintrc.yaml\n'})
    expect(fs.readFileSync(path.join(dir, '.replylintrc.yaml'), 'utf8')).toContain('extends: recommended')
    expect(run(['--print-config', 'a.txt'], dir).code).toBe(0)
    const again = run(['--init'], dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
  })
})
