// Bad input through the CLI, as a separate process: each bad input gets one
// line on stderr naming the file and the problem, the documented exit code,
// no stack trace, and the other files on the command line are still linted.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import {assertBuilt, isRoot, root, run, runWithin, STACK_FRAME, tempDir} from './helpers.js'

const fixtures = path.join(root, 'fixtures/bad')
let dir: string
const GOOD = 'We guarantee delivery by Friday.\n'

/** The good file's finding, proof that it was linted next to the bad input. */
const goodLinted = (stdout: string) => expect(stdout).toMatch(/good\.txt:1:1\s+warning\s+.*absolute-promise/)

function expectOneLine(stderr: string, file: string, problem: RegExp): void {
  const lines = stderr.split('\n').filter(l => l.includes(file))
  expect(lines, stderr).toHaveLength(1)
  // The path as given or as displayed (relative to the working folder), then line:column for malformed input.
  expect(lines[0]).toMatch(new RegExp(`^reply-lint: (?:\\S*/)?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+:\\d+)?: `))
  expect(lines[0]).toMatch(problem)
  expect(stderr).not.toMatch(STACK_FRAME)
}

// A 1x1 PNG, a gzip stream and random bytes: small enough to make at test time.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d5e1f50000000049454e44ae426082', 'hex')

beforeAll(() => {
  assertBuilt()
  dir = tempDir('reply-lint-bad-')
  fs.writeFileSync(path.join(dir, 'good.txt'), GOOD)
  fs.writeFileSync(path.join(dir, 'photo.png'), PNG)
  fs.writeFileSync(path.join(dir, 'photo-renamed.txt'), PNG)
  fs.writeFileSync(path.join(dir, 'archive.txt'), zlib.gzipSync('We guarantee it.'))
  fs.writeFileSync(path.join(dir, 'nul-bytes.txt'), Buffer.from('We guarantee\0it.\0\0'))
  // Bytes that are not text in any encoding, without a NUL or a known signature.
  const noise = Buffer.alloc(4096)
  let seed = 7
  for (let i = 0; i < noise.length; i++) noise[i] = 1 + ((seed = (seed * 1103515245 + 12345) >>> 0) % 255)
  fs.writeFileSync(path.join(dir, 'noise.txt'), noise)
  fs.mkdirSync(path.join(dir, 'folder.txt'))
  fs.mkdirSync(path.join(dir, 'no-text'))
  fs.writeFileSync(path.join(dir, 'no-text', 'photo.png'), PNG)
  fs.symlinkSync('loop-b.txt', path.join(dir, 'loop-a.txt'))
  fs.symlinkSync('loop-a.txt', path.join(dir, 'loop-b.txt'))
  fs.writeFileSync(path.join(dir, 'locked.txt'), GOOD)
  fs.chmodSync(path.join(dir, 'locked.txt'), 0o000)
})

describe('empty and blank files', () => {
  it('an empty file lints clean, silently', () => {
    const r = run([path.join(fixtures, 'empty.txt')])
    expect(r).toMatchObject({code: 0, stdout: '', stderr: ''})
  })

  it('a file of only whitespace (spaces, tabs, CRLF, ideographic space) lints clean', () => {
    const r = run([path.join(fixtures, 'whitespace-only.txt')])
    expect(r).toMatchObject({code: 0, stdout: '', stderr: ''})
  })
})

describe('binary files are skipped with a notice, the run goes on', () => {
  it.each([
    ['photo.png', /skipped: binary file \(PNG image\)/],
    ['photo-renamed.txt', /skipped: binary file \(PNG image\)/],
    ['archive.txt', /skipped: binary file \(gzip archive\)/],
    ['nul-bytes.txt', /skipped: binary file \(contains NUL bytes\)/],
    ['noise.txt', /skipped: binary file/],
  ])('%s', (file, problem) => {
    const r = run([file, 'good.txt'], {cwd: dir})
    expectOneLine(r.stderr, file, problem)
    goodLinted(r.stdout)
    // A skipped binary file is a notice: the exit code is good.txt's (one warning).
    expect(r.code).toBe(1)
  })

  it('a binary file alone exits 0', () => {
    expect(run(['photo.png'], {cwd: dir}).code).toBe(0)
  })
})

describe('encodings', () => {
  it('invalid UTF-8 is linted with replacement characters, with a notice giving the byte', () => {
    const r = run([path.join(fixtures, 'latin1.txt'), 'good.txt'], {cwd: dir})
    expectOneLine(r.stderr, 'latin1.txt', /invalid UTF-8 at byte 3: linted with replacement characters/)
    // Positions stay right after the bad byte: "guaranteed" is at column 19 of line 1.
    expect(r.stdout).toMatch(/latin1\.txt:1:19\s+warning\s+.*absolute-promise/)
    goodLinted(r.stdout)
    expect(r.code).toBe(1)
  })

  it('invalid UTF-8 is never fixed, so no byte of it is lost', () => {
    const copy = path.join(dir, 'latin1-copy.txt')
    fs.copyFileSync(path.join(fixtures, 'latin1.txt'), copy)
    const r = run(['--fix', copy])
    expect(r.stderr).toMatch(/invalid UTF-8 at byte 3: linted with replacement characters, not fixed/)
    expect(fs.readFileSync(copy).equals(fs.readFileSync(path.join(fixtures, 'latin1.txt')))).toBe(true)
  })

  it('UTF-16 LE with a BOM is decoded and linted with the right positions', () => {
    const r = run(['--format', 'json', path.join(fixtures, 'utf16le-bom.txt')])
    const [file] = JSON.parse(r.stdout)
    expect(r.stderr).toBe('')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ruleId: 'absolute-promise', line: 2, column: 16, actual: 'guaranteed'})
    expect(r.code).toBe(1)
  })
})

describe('paths that are not readable files', () => {
  it.each([
    ['missing.txt', /no such file or directory/],
    ['loop-a.txt', /symbolic link loop/],
    ['folder.txt', /no files to lint in this directory/],
    ['no-text', /no files to lint in this directory/],
    ['nothing-*.txt', /no files match this pattern/],
  ])('%s: exit 2, and the other files are still linted', (input, problem) => {
    const r = run([input, 'good.txt'], {cwd: dir})
    expectOneLine(r.stderr, input, problem)
    goodLinted(r.stdout)
    expect(r.code).toBe(2)
  })

  // chmod 000 does not stop root from reading, so the case cannot be made there.
  it.skipIf(isRoot)('an unreadable file (chmod 000): permission denied, exit 2, the others still linted', () => {
    const r = run(['locked.txt', 'good.txt'], {cwd: dir})
    expectOneLine(r.stderr, 'locked.txt', /permission denied/)
    goodLinted(r.stdout)
    expect(r.code).toBe(2)
  })
})

describe('usage errors: exit 2 with one line, before anything is linted', () => {
  it.each([
    [['--rule', 'no-such-rule=error'], /^reply-lint: --rule no-such-rule: unknown rule 'no-such-rule'/],
    [['--rule', 'absolute-promise=loud'], /^reply-lint: --rule absolute-promise: severity must be/],
    [['--format', 'no-such-format'], /^reply-lint: --format: unknown format 'no-such-format'/],
    [['--input-format', 'no-such-input'], /unknown input format 'no-such-input'/],
    [['--max-warnings', 'many'], /--max-warnings/],
    [['--no-such-option'], /unknown option '--no-such-option'/],
  ])('%j', (args, message) => {
    const r = run([...args, 'good.txt'], {cwd: dir})
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })
})

describe('malformed structured input', () => {
  it.each([
    ['broken.json', /broken\.json:3:3: expected ','/],
    ['broken-line.jsonl', /broken-line\.jsonl:2:\d+: not valid JSON \(the other lines are still linted\)/],
    ['broken.yaml', /broken\.yaml:\d+:\d+: /],
    ['unclosed-quote.csv', /unclosed-quote\.csv:2:\d+: quoted field is never closed/],
    ['unknown-shape.json', /unknown-shape\.json: no replies found/],
  ])('%s: one line with the position, exit 2, the other files still linted', (file, problem) => {
    const r = run([path.join(fixtures, file), 'good.txt'], {cwd: dir})
    expectOneLine(r.stderr, file, problem)
    goodLinted(r.stdout)
    expect(r.code).toBe(2)
  })
})

describe('malformed configuration', () => {
  it('a broken config file stops only the files under it', () => {
    const project = tempDir('reply-lint-bad-config-')
    fs.writeFileSync(path.join(project, 'good.txt'), GOOD)
    fs.mkdirSync(path.join(project, 'team'))
    fs.writeFileSync(path.join(project, 'team', 'reply.txt'), GOOD)
    fs.writeFileSync(path.join(project, 'team', '.replylintrc.yaml'), 'rules:\n  absolute-promise: [error\n')
    const r = run(['good.txt', 'team/reply.txt'], {cwd: project})
    expect(r.code).toBe(2)
    expectOneLine(r.stderr, 'team/reply.txt', /not linted: team\/\.replylintrc\.yaml:\d+:\d+: /)
    goodLinted(r.stdout)
    expect(r.stdout).not.toMatch(/team\/reply\.txt/)
  })

  it('an unknown rule in a config file names the file and the rule', () => {
    const project = tempDir('reply-lint-bad-config-')
    fs.writeFileSync(path.join(project, 'good.txt'), GOOD)
    fs.writeFileSync(path.join(project, '.replylintrc.json'), '{"rules": {"no-such-rule": "error"}}')
    const r = run(['good.txt'], {cwd: project})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/\.replylintrc\.json: rules\.no-such-rule: unknown rule 'no-such-rule'/)
    expect(r.stderr).not.toMatch(STACK_FRAME)
  })
})

describe('internal errors', () => {
  it('print one line, and the stack only with --debug', () => {
    fs.writeFileSync(path.join(dir, 'throwing-formatter.mjs'), 'export default () => { throw new Error("formatter broke") }\n')
    const plain = run(['--format', './throwing-formatter.mjs', 'good.txt'], {cwd: dir})
    expect(plain.code).toBe(2)
    expect(plain.stderr.trim()).toBe('reply-lint: internal error: formatter broke (run with --debug for details)')
    const debug = run(['--debug', '--format', './throwing-formatter.mjs', 'good.txt'], {cwd: dir})
    expect(debug.code).toBe(2)
    expect(debug.stderr).toMatch(STACK_FRAME)
  })
})

describe('a 50 MB file', () => {
  it('is linted whole, in linear time, with positions right to the last line', async () => {
    const big = path.join(dir, 'export.txt')
    const paragraphs = [
      'Hello, thanks for reaching out about your order. The parcel left our warehouse this morning and should reach you by Friday.',
      '您好，感谢您的耐心等待，您的订单已经发货，预计两天内送达。',
      'Please let us know if there is anything else we can help with today.',
    ]
    const promise = 'It is guaranteed to arrive by Friday.'
    const out = fs.openSync(big, 'w')
    let size = 0
    let promises = 0
    let line = 0
    let lastPromiseLine = 0
    for (let i = 0; size < 50_000_000; i++) {
      let text = paragraphs[i % 3]!
      if (i % 25 === 0) {
        text = `${promise} ${text}`
        promises++
        lastPromiseLine = line + 1
      }
      const chunk = `${text}\n\n`
      fs.writeSync(out, chunk)
      size += Buffer.byteLength(chunk)
      line += 2
    }
    fs.closeSync(out)
    // Measured on two shared cores: about 10 s; the limit only guards against a hang.
    const r = await runWithin(300_000, ['--format', 'unix', big], {cwd: dir})
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    const found = r.stdout.split('\n').filter(l => l.includes('absolute-promise'))
    expect(found).toHaveLength(promises)
    expect(found[found.length - 1]).toMatch(new RegExp(`export\\.txt:${lastPromiseLine}:7:`))
    fs.rmSync(big)
  }, 320_000)
})
