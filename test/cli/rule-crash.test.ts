// A rule that throws on one reply costs that rule's findings for that reply,
// announced in one line; every other rule, reply and file is still linted.
import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {Linter, wholeText} from '../../src/engine.js'
import {defineRule} from '../../src/rule.js'
import {loadBuiltinRules} from '../../src/rules-loader.js'
import {lintFiles} from '../../src/files.js'
import {run, STACK_FRAME, tempDir} from './helpers.js'

const crashing = defineRule({
  id: 'test-crash',
  meta: {description: 'Throws on replies that mention a parcel (test rule)', languages: ['en', 'zh'], defaultSeverity: 'warning'},
  check(context) {
    if (/parcel/.test(context.text)) throw new Error('cannot read properties of undefined (reading "x")\n    at check (rule.js:1:1)')
  },
})

describe('a rule that throws', () => {
  it('becomes a one-line notice; the other rules still report on that reply', async () => {
    const linter = await Linter.create({rules: [...(await loadBuiltinRules()), crashing]})
    const result = await linter.lintSource('Your parcel is guaranteed to arrive.', wholeText)
    expect(result.findings.map(f => f.ruleId)).toContain('absolute-promise')
    expect(result.findings.some(f => f.ruleId === 'test-crash')).toBe(false)
    expect(result.notices).toHaveLength(1)
    expect(result.notices![0]).toMatch(/^rule test-crash failed and was skipped: cannot read properties of undefined/)
    expect(result.notices![0]).not.toMatch(/\n/)
  })

  it('does not stop the files after it', async () => {
    const dir = tempDir('reply-lint-crash-')
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Your parcel is guaranteed to arrive.')
    fs.writeFileSync(path.join(dir, 'b.txt'), 'We guarantee delivery by Friday.')
    const {results} = await lintFiles([dir], {rules: [...(await loadBuiltinRules()), crashing]})
    expect(results.map(r => [path.basename(r.filePath), r.findings.map(f => f.ruleId)])).toEqual([
      ['a.txt', ['absolute-promise']],
      ['b.txt', ['absolute-promise']],
    ])
  })

  it('through the CLI, from a config plugin: one notice line on stderr, no stack, findings still exit 1', () => {
    const dir = tempDir('reply-lint-crash-')
    fs.writeFileSync(
      path.join(dir, 'crash-plugin.mjs'),
      `export default {rules: [{id: 'house/crash', meta: {description: 'Throws (test plugin)', languages: ['en'], defaultSeverity: 'warning'},
        check(context) { if (context.text.includes('parcel')) throw new TypeError('boom in a plugin') }}]}\n`,
    )
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'plugins:\n  - ./crash-plugin.mjs\n')
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Your parcel is guaranteed to arrive.')
    fs.writeFileSync(path.join(dir, 'b.txt'), 'We guarantee delivery by Friday.')
    const r = run(['a.txt', 'b.txt'], {cwd: dir})
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual(['reply-lint: rule house/crash failed and was skipped: boom in a plugin'])
    expect(r.stderr).not.toMatch(STACK_FRAME)
    expect(r.stdout).toMatch(/a\.txt:1:16\s+warning/)
    expect(r.stdout).toMatch(/b\.txt:1:1\s+warning/)
  })
})
