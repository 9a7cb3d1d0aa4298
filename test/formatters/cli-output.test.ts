// The CLI's report options as a user runs them: --format NAME|module,
// --output-file and --stats (needs the build: npm run build).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'dist/bin/reply-lint.js')
let dir: string

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {cwd: dir, input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: r.status, stdout: r.stdout, stderr: r.stderr}
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-cli-'))
  fs.writeFileSync(path.join(dir, 'promise.txt'), 'Your refund is 100% guaranteed by Friday.\n')
  fs.writeFileSync(path.join(dir, 'thanks.txt'), 'Thanks for your patience while we look into this.\n')
  fs.writeFileSync(path.join(dir, 'names.mjs'), 'export default (results, context) => results.map(r => r.filePath.split("/").pop() + ":" + r.findings.map(f => f.ruleId).join(",")).join("\\n") + "\\ncwd=" + (context.cwd === process.cwd())\n')
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('reply-lint report options', () => {
  it('writes the report to --output-file and nothing to stdout', () => {
    const r = cli(['--format', 'sarif', '--output-file', 'out/report.sarif', 'promise.txt', 'thanks.txt'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'))
    expect(log.runs[0].results.map((x: {ruleId: string}) => x.ruleId)).toContain('absolute-promise')
    expect(log.runs[0].artifacts.map((a: {location: {uri: string}}) => a.location.uri)).toEqual(['promise.txt', 'thanks.txt'])
  })

  it('writes the json report to --output-file byte for byte as on stdout, leaving no temp file', () => {
    const shown = cli(['--format', 'json', 'promise.txt', 'thanks.txt'])
    const r = cli(['--format', 'json', '-o', 'json/report.json', 'promise.txt', 'thanks.txt'])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(fs.readFileSync(path.join(dir, 'json/report.json'), 'utf8')).toBe(shown.stdout)
    expect(fs.readdirSync(path.join(dir, 'json'))).toEqual(['report.json'])
  })

  it('keeps the previous report whole when the run fails', () => {
    fs.mkdirSync(path.join(dir, 'kept'), {recursive: true})
    fs.writeFileSync(path.join(dir, 'kept/report.json'), '[]\n')
    const r = cli(['--format', 'json', '-o', 'kept/report.json', '--rule', 'no-such-rule:error', 'promise.txt'])
    expect(r.code).toBe(2)
    expect(fs.readFileSync(path.join(dir, 'kept/report.json'), 'utf8')).toBe('[]\n')
    expect(fs.readdirSync(path.join(dir, 'kept'))).toEqual(['report.json'])
  })

  it('writes through a symbolic link, which stays a link', () => {
    fs.mkdirSync(path.join(dir, 'linked'), {recursive: true})
    fs.writeFileSync(path.join(dir, 'linked/target.json'), '')
    fs.symlinkSync('target.json', path.join(dir, 'linked/report.json'))
    expect(cli(['--format', 'json', '-o', 'linked/report.json', 'promise.txt']).code).toBe(1)
    expect(fs.lstatSync(path.join(dir, 'linked/report.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'linked/target.json'), 'utf8'))[0].messages[0].ruleId).toBe('absolute-promise')
  })

  it.runIf(process.platform !== 'win32')('writes into a named pipe as a reader takes it', () => {
    const r = spawnSync('sh', ['-c', `mkfifo report.pipe && { "${process.execPath}" "${bin}" --format json -o report.pipe promise.txt & cat report.pipe; wait $!; echo "exit $?"; }`], {cwd: dir, encoding: 'utf8'})
    const [report, exit] = r.stdout.trim().split('\n')
    expect(exit).toBe('exit 1')
    expect(JSON.parse(report!)[0].messages[0].ruleId).toBe('absolute-promise')
  })

  it('exits 2 with one line naming the report when it cannot be written', () => {
    for (const format of ['json', 'stylish']) {
      const r = cli(['--format', format, '-o', 'promise.txt/report.out', 'promise.txt'])
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^reply-lint: cannot write the report to .*promise\.txt\/report\.out: EEXIST/)])
    }
  })

  it.runIf(fs.existsSync('/proc/self'))('exits 2 when a folder for the report cannot be made, instead of retrying for ever', () => {
    const r = cli(['-o', '/proc/self/no-such-folder/report.txt', 'promise.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^reply-lint: cannot write the report to \/proc\/self\/no-such-folder\/report\.txt: ENOENT/)
  })

  it('makes the folders the report goes in', () => {
    const r = cli(['-o', 'new/deeper/report.txt', 'promise.txt'])
    expect(r.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'new/deeper/report.txt'), 'utf8')).toMatch(/absolute-promise/)
  })

  it.runIf(fs.existsSync('/dev/full'))('exits 2 when the disk is full', () => {
    const r = cli(['--format', 'json', '-o', '/dev/full', 'promise.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^reply-lint: cannot write the report to \/dev\/full: ENOSPC/)
  })

  it('prints --stats to stderr, leaving a machine-readable stdout intact', () => {
    const r = cli(['--format', 'json', '--stats', 'promise.txt', 'thanks.txt'])
    expect(JSON.parse(r.stdout)).toHaveLength(2)
    expect(r.stderr).toMatch(/^speaker\s+replies\s+with findings\s+findings\s+per 100 replies$/m)
    expect(r.stderr).toMatch(/^total\s+2\s+1\s+\d+\s+\d+\.\d$/m)
    expect(r.stderr).toMatch(/^absolute-promise\s+1\s+\d+\s+\d+\.\d$/m)
  })

  it('runs a formatter module given as a path', () => {
    const r = cli(['--format', './names.mjs', 'promise.txt', 'thanks.txt'])
    expect(r.stdout).toMatch(/^promise\.txt:.*absolute-promise/m)
    expect(r.stdout).toMatch(/^thanks\.txt:$/m)
    expect(r.stdout).toContain('cwd=true')
  })

  it('exits 2 with a clear message for an unknown format', () => {
    const r = cli(['--format', 'nope', 'promise.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/unknown format 'nope'/)
  })

  it('writes a self-contained HTML report', () => {
    cli(['--format', 'html', '-o', 'report.html', 'promise.txt'])
    const page = fs.readFileSync(path.join(dir, 'report.html'), 'utf8')
    expect(page).toContain('<mark class="sev-warning"')
    expect(page).not.toMatch(/\u001b\[/) // no terminal colours in a file
  })

  it('shows no progress bar when stderr is not a terminal', () => {
    const files = Array.from({length: 25}, (_, i) => `reply-${i}.txt`)
    for (const f of files) fs.writeFileSync(path.join(dir, f), 'Thanks for waiting.\n')
    const r = cli(['--format', 'compact', ...files])
    expect(r.stderr).toBe('')
  })
})
