// Fixing escaped formats keeps the file valid, large files stream with the
// same positions, and malformed inputs are reported as file:line:col with
// exit 2 while the other inputs are still linted (the CLI as a process).
import {beforeAll, describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import YAML from 'yaml'
import {fixture, lintPath, root} from './helpers.js'

const bin = path.join(root, 'dist/bin/reply-lint.js')

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--format', 'unix', ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

function temp(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-sources-'))
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run npm run build')
})

describe('--fix on escaped formats', () => {
  it('JSON: fixes are JSON-escaped and the output parses', async () => {
    const file = temp('m.json', '[{"role":"assistant","content":"Caf\\u00e9 \\ud83d\\ude00 says:\\nthat\'s not my problem, we guarantee it."},{"role":"assistant","content":"亲，这个不归我管"}]')
    const {result} = await lintPath(file, {}, {fixDryRun: true})
    const fixed = JSON.parse(result!.output!) as Array<{content: string}>
    expect(fixed[0]!.content).toBe('Café 😀 says:\nthat\'s a "shared" problem, we expect it.')
    expect(fixed[1]!.content).toBe('亲，这个由我来帮您')
  })

  it('CSV: fixes in quoted cells double their quotes; unquoted cells refuse text that would need quoting', async () => {
    const file = temp('c.csv', 'id,text\r\n1,"Line one\r\nthat\'s not my problem, ""really"""\r\n2,that\'s not my problem\r\n3,we guarantee it\r\n')
    const {result} = await lintPath(file, {}, {fixDryRun: true})
    const rows = parseCsv(result!.output!, {columns: true}) as Array<{id: string; text: string}>
    expect(rows.map(r => r.text)).toEqual(['Line one\r\nthat\'s a "shared" problem, "really"', "that's not my problem", 'we expect it'])
    // The unquoted cell keeps its finding and suggestion, without a fix.
    const unquoted = result!.findings.filter(f => f.line === 4)
    expect(unquoted.length).toBe(1)
    expect(unquoted[0]!.fix).toBeUndefined()
  })

  it('YAML: double-quoted, single-quoted and block scalars stay valid', async () => {
    const file = temp('y.yaml', 'a: "we guarantee \\"it\\"\\nnow"\nb: \'that\'\'s not my problem\'\nc: |\n  line\n  that\'s not my problem\n')
    const {result} = await lintPath(file, {}, {fixDryRun: true})
    expect(YAML.parse(result!.output!)).toEqual({a: 'we expect "it"\nnow', b: 'that\'s a "shared" problem', c: 'line\nthat\'s a "shared" problem\n'})
  })

  it('the CLI writes a fixed JSON file that still parses', () => {
    const file = temp('fix.json', '{"messages":[{"role":"user","content":"thx"},{"role":"assistant","content":"It is 100% guaranteed to arrive Friday, thx!\\n\\u4eb2"}]}')
    run(['--fix', file])
    const fixed = JSON.parse(fs.readFileSync(file, 'utf8')) as {messages: Array<{content: string}>}
    expect(fixed.messages[0]!.content).toBe('thx')
    expect(fixed.messages[1]!.content).toMatch(/^It is expected to arrive Friday, thanks!\n亲$/)
  })
})

describe('streaming', () => {
  const strip = (fs: Array<{line: number; column: number; endLine: number; endColumn: number; range: [number, number]; actual: string}>) =>
    fs.map(({line, column, endLine, endColumn, range, actual}) => ({line, column, endLine, endColumn, range, actual}))

  it('a streamed JSONL file gives the same findings as a file read whole', async () => {
    const lines: string[] = []
    for (let i = 0; i < 300; i++) {
      const who = i % 3 === 0 ? 'user' : 'assistant'
      lines.push(JSON.stringify({role: who, content: i % 2 ? `Reply ${i}: "quoted" \u00e9 we guarantee it` : `第${i}条：亲，这个不归我管`}).replace(/é/g, '\\u00e9'))
    }
    const file = temp('big.jsonl', '')
    fs.writeFileSync(file, lines.map((l, i) => l + (i % 7 ? '\n' : '\r\n')).join(''))
    const whole = await lintPath(file)
    const streamed = await lintPath(file, {}, {streamThreshold: 0})
    expect(whole.result!.findings.length).toBe(200)
    expect(strip(streamed.result!.findings)).toEqual(strip(whole.result!.findings))
  })

  it('a streamed CSV file with multi-line quoted cells gives the same findings', async () => {
    const rows = ['id,role,text']
    for (let i = 0; i < 200; i++) rows.push(`${i},${i % 2 ? 'agent' : 'customer'},"Row ${i} ""x""\r\nsecond line, we guarantee it"`)
    const file = temp('big.csv', rows.join('\r\n') + '\r\n')
    const whole = await lintPath(file)
    const streamed = await lintPath(file, {}, {streamThreshold: 0})
    expect(whole.result!.findings.length).toBe(100)
    expect(strip(streamed.result!.findings)).toEqual(strip(whole.result!.findings))
  })

  it('a bad line in a streamed JSONL file is reported with its line number', async () => {
    const file = temp('bad.jsonl', '{"role":"assistant","content":"we guarantee it"}\n{"role": oops}\n{"role":"assistant","content":"we guarantee it"}\n')
    const {result, problems} = await lintPath(file, {}, {streamThreshold: 0})
    expect(result!.findings.map(f => f.line)).toEqual([1, 3])
    expect(problems).toMatchObject([{line: 2, column: 10, fatal: true}])
  })

  it('unused directives are not reported in a streamed file: a warning says so instead of silence', async () => {
    const file = temp('d.jsonl', '{"role":"assistant","content":"reply-lint-disable-next-line"}\n{"role":"assistant","content":"we guarantee it"}\n{"role":"assistant","content":"we guarantee it"}\n')
    const whole = await lintPath(file, {}, {reportUnusedDisableDirectives: true})
    const {result, problems} = await lintPath(file, {}, {streamThreshold: 0, reportUnusedDisableDirectives: true})
    expect(result!.findings.map(f => f.line)).toEqual([3])
    expect(result!.findings.map(f => f.line)).toEqual(whole.result!.findings.map(f => f.line))
    expect(problems).toMatchObject([{message: expect.stringMatching(/unused disable directives are not reported in files over .* read as a stream/), fatal: false}])
  })

  it('a streamed file that only mentions reply-lint has no directives to warn about', async () => {
    const file = temp('m.jsonl', '{"role":"assistant","content":"reply-lint found nothing here, we guarantee it"}\n')
    const {result, problems} = await lintPath(file, {}, {streamThreshold: 0, reportUnusedDisableDirectives: true})
    expect(result!.findings).toHaveLength(1)
    expect(problems).toEqual([])
  })

  it('--fix is refused on a streamed file, with a reason', async () => {
    const file = temp('s.jsonl', '{"role":"assistant","content":"we guarantee it"}\n')
    const {problems} = await lintPath(file, {}, {streamThreshold: 0, fixDryRun: true})
    expect(problems[0]!.message).toMatch(/not fixed: .*read as a stream/)
  })
})

describe('malformed inputs through the CLI', () => {
  it('reports file:line:col and exit 2, and still lints the other files', () => {
    const r = run([fixture('bad', 'broken.json'), fixture('bad', 'unclosed-quote.csv'), fixture('bad', 'broken.yaml'), fixture('transcripts', 'chat-en.txt')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/fixtures\/bad\/broken\.json:3:3: expected ',' or '\]' after an array element, found '\{'/)
    expect(r.stderr).toMatch(/fixtures\/bad\/unclosed-quote\.csv:2:8: quoted field is never closed/)
    expect(r.stderr).toMatch(/fixtures\/bad\/broken\.yaml:\d+:\d+: /)
    expect(r.stdout).toMatch(/chat-en\.txt:3:/)
  })

  it('a bad JSONL line is reported with its line number; the other lines are linted', () => {
    const r = run([fixture('bad', 'broken-line.jsonl')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/broken-line\.jsonl:2:\d+: not valid JSON .*unterminated string/)
    expect(r.stdout).toMatch(/broken-line\.jsonl:1:/)
    expect(r.stdout).toMatch(/broken-line\.jsonl:3:/)
  })

  it('an unknown JSON shape says which options to pass', () => {
    const r = run([fixture('bad', 'unknown-shape.json')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown-shape\.json: no replies found: .*--text-field <path>.*--speaker-field <path>/)
    const ok = run(['--text-field', 'payload', fixture('bad', 'unknown-shape.json')])
    expect(ok.stdout).toMatch(/unknown-shape\.json:1:\d+:.*absolute-promise/)
  })

  it('directories pick up every input extension', () => {
    const r = run([path.join(root, 'fixtures/transcripts')])
    for (const name of ['dialogs.jsonl', 'twcs.csv', 'jddc-chat.tsv', 'macros.yaml', 'canned.md', 'zendesk-comments.json', 'chat-zh.txt'])
      expect(r.stdout).toContain(name)
  })
})
