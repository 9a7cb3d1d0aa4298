// The server's diagnostics are the CLI's findings: for every fixture, the
// same rule ids, the same places (the CLI's 1-based line and column, here
// 0-based) and the same messages and severities.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import fg from 'fast-glob'
import {fileUri, root, startClient, type LspClient} from './client.js'

const LANGUAGE: Record<string, string> = {'.md': 'markdown', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.jsonl': 'jsonl', '.csv': 'csv', '.tsv': 'tsv'}
const LEVEL: Record<string, number> = {error: 1, warning: 2, info: 3}

/** Texts the fixtures lack: emoji and CJK before findings, in every line-break style, and escapes in YAML and JSON strings. */
const MADE: Record<string, string> = {
  'emoji-crlf.txt': '您好 😀👍🏽\r\n亲，我们保证明天一定送到！🙏 We guarantee it arrives tomorrow.\r\n',
  'lone-cr.txt': 'x\r\r😀 That\'s not my problem, please ask the bank.\r',
  'crlf.md': '# 标题\r\n\r\n- 😀 That\'s not my problem, please ask the bank.\r\n- 亲，这个不归我管，您找售后吧。\r\n',
  'escapes.yaml': 'a: "\\U0001F600 \\u4EB2，我们保证明天到。"\nb: |\n  🙏🙏 We guarantee it arrives tomorrow.\n',
  'escapes.json': '[{"role": "agent", "text": "\\ud83d\\ude00 We guarantee it \\u2014 for sure."}, {"role": "agent", "text": "😀 亲，明天一定能到，保证没问题！"}]',
}
const made = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-lsp-parity-'))
for (const [name, text] of Object.entries(MADE)) fs.writeFileSync(path.join(made, name), text)

const files = [...Object.keys(MADE).map(name => path.join(made, name)), ...fg.sync(['fixtures/examples/*', 'fixtures/transcripts/*', 'fixtures/config/**/*.{txt,md,yaml,json}'], {cwd: root, dot: true}).filter(f => !/reply-lint\.config|replylintrc|house-phrases/.test(f))]

interface Place {
  rule: string
  severity: number
  message: string
  start: [number, number]
  end: [number, number]
}

const byPlace = (a: Place, b: Place) => a.start[0] - b.start[0] || a.start[1] - b.start[1] || a.end[0] - b.end[0] || a.end[1] - b.end[1] || a.rule.localeCompare(b.rule)

let cli: Map<string, Place[]>
let client: LspClient

beforeAll(async () => {
  // Every finding the CLI shows with --verbose (info too, as the server does).
  const run = spawnSync(process.execPath, [path.join(root, 'dist/bin/reply-lint.js'), '--verbose', '--format', 'json', '--max-warnings', '-1', ...files], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const report = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{ruleId: string; level: string; message: string; line: number; column: number; endLine: number; endColumn: number}>}>
  cli = new Map(
    report.map(r => [
      path.resolve(root, r.filePath),
      r.messages.map(m => ({rule: m.ruleId, severity: LEVEL[m.level]!, message: m.message, start: [m.line - 1, m.column - 1], end: [m.endLine - 1, m.endColumn - 1]}) as Place).sort(byPlace),
    ]),
  )
  client = await startClient({folders: [root]})
})

afterAll(async () => {
  await client?.stop()
  fs.rmSync(made, {recursive: true, force: true})
})

describe('diagnostics equal the CLI findings', () => {
  it('covers fixtures of every kind, with findings', () => {
    for (const name of Object.keys(MADE)) expect(cli.get(path.join(made, name))?.length, name).toBeGreaterThan(0)
    expect(files.length).toBeGreaterThan(30)
    expect([...cli.values()].flat().length).toBeGreaterThan(40)
  })

  it.each(files)('%s', async file => {
    const absolute = path.resolve(root, file)
    const text = fs.readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '')
    // Files the CLI could not read as UTF-8 (fixtures/bad) have no findings to compare.
    if (!fs.readFileSync(absolute).equals(Buffer.from(fs.readFileSync(absolute, 'utf8'), 'utf8'))) return
    const published = await client.open(fileUri(absolute), text, LANGUAGE[path.extname(file)] ?? 'plaintext')
    const server = published.diagnostics
      .filter(d => d.code !== undefined)
      .map(d => ({rule: String(d.code), severity: d.severity!, message: d.message, start: [d.range.start.line, d.range.start.character], end: [d.range.end.line, d.range.end.character]}) as Place)
      .sort(byPlace)
    expect(server).toEqual(cli.get(absolute) ?? [])
  })
})
