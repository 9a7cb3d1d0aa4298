// The CLI as a user runs it: a separate process, real files, exit codes.
import {describe, expect, it, beforeAll} from 'vitest'
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'dist/bin/reply-lint.js')

function run(args: string[], options: {input?: string; cwd?: string; env?: Record<string, string>} = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env},
  })
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-cli-'))
}

beforeAll(() => {
  if (!fs.existsSync(bin)) throw new Error('dist/ is missing: run npm run build (npm ci does it)')
})

describe('reply-lint CLI', () => {
  it('exits 1 with an absolute-promise finding for a guarantee on stdin', () => {
    const r = run([], {input: 'We guarantee it arrives tomorrow\n'})
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/<stdin>:1:1\s+warning\s+.*absolute-promise/)
    expect(r.stdout).toMatch(/→ “We guarantee” → “We expect”/)
    expect(r.stdout).toMatch(/1 problem \(0 errors, 1 warning\)/)
  })

  it('exits 0 on a polite reply', () => {
    const r = run(['-'], {input: 'Thanks, happy to help!\n'})
    expect(r).toMatchObject({code: 0, stdout: ''})
  })

  it('prints ESLint-compatible JSON', () => {
    const r = run(['--format', 'json'], {input: 'Hi!\nWe guarantee it.'})
    const [file] = JSON.parse(r.stdout)
    expect(file).toMatchObject({filePath: '<stdin>', errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0})
    expect(file.messages[0]).toMatchObject({ruleId: 'absolute-promise', severity: 1, line: 2, column: 1, endLine: 2, endColumn: 13})
    expect(file.messages[0].suggestions).toContainEqual({desc: 'Replace with “We expect”', fix: {range: [4, 16], text: 'We expect'}})
    for (const s of file.messages[0].suggestions) expect(s).toEqual({desc: expect.any(String), fix: {range: [expect.any(Number), expect.any(Number)], text: expect.any(String)}})
  })

  it('lints directories and globs, and reports each file', () => {
    const r = run(['--format', 'json', 'fixtures/examples/', 'fixtures/examples/*.txt'])
    const files = JSON.parse(r.stdout).map((f: {filePath: string}) => path.basename(f.filePath))
    expect(files).toContain('good-reply.txt')
    expect(new Set(files).size).toBe(files.length)
    expect(r.code).toBe(1)
  })

  it('--rule changes severity; --quiet shows errors only; --max-warnings sets the limit', () => {
    const text = "We guarantee it. We can't refund it."
    expect(run(['--rule', 'absolute-promise=off', '--rule', 'negative-language=off'], {input: text}).code).toBe(0)
    const quiet = run(['--quiet', '--rule', 'absolute-promise=error', '--format', 'json'], {input: text})
    expect(JSON.parse(quiet.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['absolute-promise'])
    expect(quiet.code).toBe(1)
    expect(run(['--max-warnings', '2'], {input: text}).code).toBe(0)
    expect(run(['--max-warnings', '1'], {input: text}).code).toBe(1)
    expect(run(['--rule', 'nope=error'], {input: text})).toMatchObject({code: 2, stderr: expect.stringMatching(/unknown rule 'nope'/)})
  })

  it('exit 2 for a missing path, while the other files are still linted', () => {
    const r = run(['--format', 'json', 'does-not-exist.txt', 'fixtures/examples/good-reply.txt', 'fixtures/examples/delivery-promise.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('reply-lint: does-not-exist.txt: no such file or directory\n')
    expect(JSON.parse(r.stdout)).toHaveLength(2)
  })

  it('exit 2 for a directory without text files; a binary file is skipped with a notice', () => {
    const dir = tempDir()
    fs.mkdirSync(path.join(dir, 'empty'))
    fs.writeFileSync(path.join(dir, 'logo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'Thanks!')
    const empty = run([path.join(dir, 'empty')])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/empty: no files to lint in this directory/)
    const binary = run([path.join(dir, 'logo.txt'), path.join(dir, 'ok.txt')])
    expect(binary.code).toBe(0)
    expect(binary.stderr).toMatch(/logo\.txt: skipped: binary file \(PNG image\)/)
  })

  it('--fix writes only the fixed spans, keeps CRLF and the BOM, and a second run changes nothing', () => {
    const dir = tempDir()
    const file = path.join(dir, 'reply.txt')
    const original = "\uFEFFHello,\r\nIt's guaranteed to arrive.\r\nThanks!\r\n"
    fs.writeFileSync(file, original)
    const first = run(['--fix', file])
    expect(first.code).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe("\uFEFFHello,\r\nIt's expected to arrive.\r\nThanks!\r\n")
    const before = fs.readFileSync(file)
    run(['--fix', file])
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.readdirSync(dir)).toEqual(['reply.txt'])
  })

  it('--fix-dry-run reports the output without writing', () => {
    const dir = tempDir()
    const file = path.join(dir, 'reply.txt')
    fs.writeFileSync(file, "It's guaranteed.")
    const r = run(['--fix-dry-run', '--format', 'json', file])
    expect(JSON.parse(r.stdout)[0].output).toBe("It's expected.")
    expect(fs.readFileSync(file, 'utf8')).toBe("It's guaranteed.")
  })

  it('--fix on stdin prints the fixed text', () => {
    expect(run(['--fix'], {input: "It's guaranteed."}).stdout).toBe("It's expected.")
  })

  /** The CLI on raw bytes in, raw bytes out. */
  const runBytes = (args: string[], input: Buffer) => {
    const r = spawnSync(process.execPath, [bin, ...args], {cwd: root, input, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}})
    return {code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8')}
  }

  it('--fix on stdin writes back the encoding and BOM it was given, and unchanged input byte for byte', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    expect(runBytes(['--fix'], Buffer.concat([bom, Buffer.from("It's guaranteed.\r\n")])).stdout).toEqual(Buffer.concat([bom, Buffer.from("It's expected.\r\n")]))
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(runBytes(['--fix'], utf16("It's guaranteed.")).stdout).toEqual(utf16("It's expected."))
    const clean = Buffer.concat([bom, Buffer.from('Thanks for waiting!\n')])
    expect(runBytes(['--fix'], clean).stdout).toEqual(clean)
  })

  it('binary on stdin is skipped with a word, not linted; --fix passes it through untouched', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("k thx u, it's guaranteed")])
    const r = runBytes(['-f', 'unix'], png)
    expect(r.code).toBe(0)
    expect(r.stdout.toString('utf8')).not.toMatch(/internet-slang|absolute-promise/)
    expect(r.stderr).toMatch(/^reply-lint: <stdin>: skipped: .*PNG image/m)
    expect(runBytes(['--fix'], png).stdout).toEqual(png)
  })

  it('invalid UTF-8 on stdin is linted with replacement characters, said once, and not fixed', () => {
    const input = Buffer.concat([Buffer.from("It's guaranteed, caf"), Buffer.from([0xe9]), Buffer.from('.')])
    const r = runBytes(['-f', 'unix'], input)
    expect(r.stdout.toString('utf8')).toMatch(/absolute-promise/)
    expect(r.stderr).toMatch(/<stdin>: invalid UTF-8 at byte 20: linted with replacement characters/)
    expect(runBytes(['--fix'], input).stdout).toEqual(input)
  })

  it('colour only when asked or on a TTY; NO_COLOR and --no-color turn it off', () => {
    const input = 'We guarantee it.'
    expect(run([], {input}).stdout).not.toMatch(/\u001b\[/)
    expect(run(['--color'], {input}).stdout).toMatch(/\u001b\[/)
    expect(run([], {input, env: {FORCE_COLOR: '1', NO_COLOR: ''}}).stdout).toMatch(/\u001b\[/)
    expect(run(['--no-color'], {input, env: {FORCE_COLOR: '1', NO_COLOR: ''}}).stdout).not.toMatch(/\u001b\[/)
  })

  it('--version, --help, --list-rules and --explain', () => {
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version)
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Examples:/)
    expect(help.stdout).toMatch(/Exit codes:/)
    expect(run(['--list-rules']).stdout).toMatch(/absolute-promise\s+warning/)
    expect(run(['--explain', 'negative-language']).stdout).toMatch(/negative-language/)
    expect(run(['--explain', 'nope'])).toMatchObject({code: 2})
    expect(run(['--format', 'nope'], {input: 'x'})).toMatchObject({code: 2, stderr: expect.stringMatching(/unknown format 'nope'/)})
    expect(run(['--bogus-flag'], {input: 'x'}).code).toBe(2)
  })
})
