// --fix rewrites people's files: it must keep what it does not fix (encoding,
// BOM, line endings, permissions, links), never write over a file that changed
// since it was read, and never leave a half-written file, even under kill -9.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {Linter} from '../../src/engine.js'
import {lintFile} from '../../src/files.js'
import {defineRule} from '../../src/rule.js'
import {loadBuiltinRules} from '../../src/rules-loader.js'
import {ChangedOnDiskError, removeStaleTempFiles, writeAtomically} from '../../src/io/write.js'
import {assertBuilt, run, start, tempDir} from './helpers.js'

let dir: string
const PROMISE = 'Your parcel is guaranteed to arrive on Friday.'
const FIXED = 'Your parcel is expected to arrive on Friday.'

const temps = (folder: string) => fs.readdirSync(folder).filter(n => n.endsWith('.reply-lint.tmp'))

beforeAll(() => {
  assertBuilt()
  dir = tempDir('reply-lint-fix-')
})

describe('--fix keeps what it does not fix', () => {
  it('UTF-8 with a BOM and CRLF line endings', () => {
    const file = path.join(dir, 'bom-crlf.txt')
    fs.writeFileSync(file, `\ufeffHello,\r\n${PROMISE}\r\nThanks!\r\n`)
    run(['--fix', file])
    expect(fs.readFileSync(file, 'utf8')).toBe(`\ufeffHello,\r\n${FIXED}\r\nThanks!\r\n`)
  })

  it('UTF-16 LE with a BOM', () => {
    const file = path.join(dir, 'utf16.txt')
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Hello,\r\n${PROMISE}\r\n`, 'utf16le')]))
    run(['--fix', file])
    const bytes = fs.readFileSync(file)
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString('utf16le')).toBe(`Hello,\r\n${FIXED}\r\n`)
  })

  it('permissions', () => {
    const file = path.join(dir, 'mode.txt')
    fs.writeFileSync(file, PROMISE)
    fs.chmodSync(file, 0o640)
    run(['--fix', file])
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED)
    expect(fs.statSync(file).mode & 0o777).toBe(0o640)
  })

  it('a symbolic link stays a link, and its target is fixed', () => {
    const target = path.join(dir, 'target.txt')
    const link = path.join(dir, 'link.txt')
    fs.writeFileSync(target, PROMISE)
    fs.symlinkSync('target.txt', link)
    run(['--fix', link])
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(target, 'utf8')).toBe(FIXED)
  })

  it('--fix-dry-run writes nothing and shows the output', () => {
    const file = path.join(dir, 'dry.txt')
    fs.writeFileSync(file, PROMISE)
    const r = run(['--fix-dry-run', '--format', 'json', file])
    expect(JSON.parse(r.stdout)[0].output).toBe(FIXED)
    expect(fs.readFileSync(file, 'utf8')).toBe(PROMISE)
    expect(temps(dir)).toEqual([])
  })

  it('--fix-rule applies only the named rules\' fixes', () => {
    const file = path.join(dir, 'fix-rule.txt')
    fs.writeFileSync(file, PROMISE)
    const other = run(['--fix', '--fix-rule', 'negative-language', file])
    expect(fs.readFileSync(file, 'utf8')).toBe(PROMISE)
    expect(other.stderr).toBe('')
    run(['--fix', '--fix-rule', 'negative-language,absolute-promise', file])
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED)
    const unknown = run(['--fix', '--fix-rule', 'no-such-rule', file])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^reply-lint: --fix-rule: unknown rule 'no-such-rule'/)
    const alone = run(['--fix-rule', 'absolute-promise', file])
    expect(alone.code).toBe(2)
    expect(alone.stderr).toMatch(/--fix-rule needs --fix or --fix-dry-run/)
  })
})

describe('a file that changed on disk is never overwritten', () => {
  it('writeAtomically refuses when the bytes differ from what was read', () => {
    const file = path.join(dir, 'changed.txt')
    fs.writeFileSync(file, 'edited by someone else')
    expect(() => writeAtomically(file, Buffer.from(FIXED), Buffer.from(PROMISE))).toThrow(ChangedOnDiskError)
    expect(fs.readFileSync(file, 'utf8')).toBe('edited by someone else')
    expect(temps(dir)).toEqual([])
  })

  it('lintFile reports "not fixed" when the file is edited while it is being linted', async () => {
    const file = path.join(dir, 'edited-meanwhile.txt')
    fs.writeFileSync(file, PROMISE)
    // A rule that plays the colleague saving the file in an editor mid-run.
    const editor = defineRule({
      id: 'test-editor',
      meta: {description: 'Edits the file during the lint (test rule)', languages: ['en'], defaultSeverity: 'info'},
      check() {
        fs.writeFileSync(file, 'Saved in an editor meanwhile.')
      },
    })
    const linter = await Linter.create({config: {extends: 'all'}, rules: [...(await loadBuiltinRules()), editor]})
    const {problems} = await lintFile(linter, file, {fix: true})
    expect(problems.map(p => p.message)).toContain('not fixed: the file changed on disk while it was being linted; not written')
    expect(fs.readFileSync(file, 'utf8')).toBe('Saved in an editor meanwhile.')
  })
})

describe('kill -9 during a large fix', () => {
  // About 3 MB with a fixable promise on every line: long enough to kill at
  // several points, including while the fixed copy is being written.
  const original = `${PROMISE} Thanks for waiting.\r\n`.repeat(45_000)
  let fixed: string

  beforeAll(async () => {
    const reference = path.join(dir, 'reference.txt')
    fs.writeFileSync(reference, original)
    const r = await start(['--fix', '--format', 'compact', reference]).done
    expect(r.code).toBe(0)
    fixed = fs.readFileSync(reference, 'utf8')
    expect(fixed).toBe(original.replaceAll(PROMISE, FIXED))
  }, 120_000)

  /** Returns whether the temp copy was seen before the kill. */
  async function killDuringFix(file: string, when: 'middle' | 'writing', afterMs = 0): Promise<boolean> {
    fs.writeFileSync(file, original)
    const folder = path.dirname(file)
    const {child, done} = start(['--fix', file])
    let sawTemp = false
    if (when === 'writing') {
      // Kill the moment the temp copy appears beside the file.
      await new Promise<void>(resolve => {
        const timer = setInterval(() => {
          sawTemp = temps(folder).length > 0
          if (sawTemp || child.exitCode !== null) {
            clearInterval(timer)
            child.kill('SIGKILL')
            resolve()
          }
        }, 1)
      })
    } else {
      await new Promise(resolve => setTimeout(resolve, afterMs))
      child.kill('SIGKILL')
    }
    await done
    return sawTemp
  }

  it.each([
    ['early', 150],
    ['middle', 1500],
    ['late', 3000],
    ['writing', 0],
  ] as const)('killed %s: the file is the original or the whole fixed text', async (when, afterMs) => {
    const folder = fs.mkdtempSync(path.join(dir, 'kill-'))
    const file = path.join(folder, 'replies.txt')
    const sawTemp = await killDuringFix(file, when === 'writing' ? 'writing' : 'middle', afterMs)
    if (when === 'writing') expect(sawTemp, 'the run was killed while its temp copy existed').toBe(true)
    const after = fs.readFileSync(file, 'utf8')
    expect(after === original || after === fixed, `a ${after.length}-character file is neither`).toBe(true)
    // At most the killed run's temp copy is left; the next fix removes it and finishes the job.
    expect(temps(folder).length).toBeLessThanOrEqual(1)
    const again = await start(['--fix', '--format', 'compact', file]).done
    expect(again.code).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe(fixed)
    expect(temps(folder)).toEqual([])
  }, 120_000)

  it('a temp file of a process that is still running is left alone', () => {
    const file = path.join(dir, 'busy.txt')
    fs.writeFileSync(file, PROMISE)
    const mine = `.busy.txt.${process.ppid}-abcdef.reply-lint.tmp`
    const dead = `.busy.txt.999999999-abcdef.reply-lint.tmp`
    fs.writeFileSync(path.join(dir, mine), 'x')
    fs.writeFileSync(path.join(dir, dead), 'x')
    expect(removeStaleTempFiles(file)).toEqual([dead])
    expect(fs.existsSync(path.join(dir, mine))).toBe(true)
    fs.rmSync(path.join(dir, mine))
  })
})
