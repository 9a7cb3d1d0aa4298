// Properties of lint() over any text: it never throws, every finding points
// at real text on code-point boundaries with consistent positions, and the
// result does not depend on anything but the input.
import {beforeAll, describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {Linter, lint, wholeText} from '../../src/engine.js'
import {loadBuiltinRules} from '../../src/rules-loader.js'
import type {Finding, LintResult, Range} from '../../src/types.js'
import {anyText, anyUnicode, fixableSlang, lineColumn, onCodePointBoundary, replyLike, runs} from './helpers.js'

let linter: Linter

beforeAll(async () => {
  // 'all' turns every rule on, info-level ones included.
  linter = await Linter.create({config: {extends: 'all'}, rules: [...(await loadBuiltinRules()), fixableSlang]})
})

function checkRange(text: string, range: Range, what: string): void {
  const [start, end] = range
  expect(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`).toBe(true)
  expect(start >= 0 && start <= end && end <= text.length, `${what}: [${start}, ${end}] inside a text of ${text.length}`).toBe(true)
  expect(onCodePointBoundary(text, start) && onCodePointBoundary(text, end), `${what}: [${start}, ${end}] splits a surrogate pair`).toBe(true)
}

function checkFinding(text: string, f: Finding): void {
  checkRange(text, f.range, `${f.ruleId} range`)
  expect(f.range[0] < f.range[1], `${f.ruleId}: empty finding`).toBe(true)
  expect(f.actual).toBe(text.slice(f.range[0], f.range[1]))
  expect({line: f.line, column: f.column}).toEqual(lineColumn(text, f.range[0]))
  expect({line: f.endLine, column: f.endColumn}).toEqual(lineColumn(text, f.range[1]))
  expect(f.message.length).toBeGreaterThan(0)
  expect(f.suggestions.length).toBeGreaterThan(0)
  for (const s of f.suggestions) checkRange(text, s.range, `${f.ruleId} suggestion`)
  if (f.fix) checkRange(text, f.fix.range, `${f.ruleId} fix`)
}

const stable = (r: LintResult) => JSON.stringify(r.findings)

describe('lint on any text', () => {
  it('never throws and reports findings that point at the text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async text => {
        const result = await linter.lintSource(text, wholeText)
        for (const f of result.findings) checkFinding(text, f)
      }),
      runs(400),
    )
  })

  it('finds something in generated replies (the generator reaches the rules)', async () => {
    // Guards the property above against passing vacuously.
    const samples = fc.sample(replyLike, {seed: 7, numRuns: 60})
    let findings = 0
    let fixes = 0
    for (const text of samples) {
      const {findings: found} = await linter.lintSource(text, wholeText)
      findings += found.length
      fixes += found.filter(f => f.fix).length
    }
    expect(findings).toBeGreaterThan(60)
    expect(fixes).toBeGreaterThan(20)
  })

  it('gives the same result on every run, with a fresh linter too', async () => {
    const fresh = await Linter.create({config: {extends: 'all'}, rules: [...(await loadBuiltinRules()), fixableSlang]})
    await fc.assert(
      fc.asyncProperty(anyText, async text => {
        const first = await linter.lintSource(text, wholeText)
        const second = await linter.lintSource(text, wholeText)
        const third = await fresh.lintSource(text, wholeText)
        expect(stable(second)).toBe(stable(first))
        expect(stable(third)).toBe(stable(first))
      }),
      runs(150),
    )
  })

  it('lint() accepts any string, with any language hint', async () => {
    await fc.assert(
      fc.asyncProperty(anyUnicode, fc.constantFrom(undefined, 'en', 'zh-Hans', 'zh-Hant' as const), async (text, language) => {
        const result = await lint(text, {language})
        for (const f of result.findings) checkFinding(text, f)
      }),
      runs(60),
    )
  })
})
