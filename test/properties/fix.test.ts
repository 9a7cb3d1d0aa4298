// Properties of fixing: each pass only rewrites the fixed ranges, the fixed
// text is stable (fixing it again changes nothing) and carries no fixable
// finding any more.
import {beforeAll, describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {Linter, MAX_FIX_PASSES, wholeText} from '../../src/engine.js'
import {applyFixes} from '../../src/fix.js'
import {loadBuiltinRules} from '../../src/rules-loader.js'
import type {Fix} from '../../src/types.js'
import {anyText, fixableSlang, replyLike, runs} from './helpers.js'

let linter: Linter

beforeAll(async () => {
  linter = await Linter.create({config: {extends: 'all'}, rules: [...(await loadBuiltinRules()), fixableSlang]})
})

const fixed = async (text: string) => (await linter.lintSource(text, wholeText, {fix: true})).output ?? text

/**
 * Checks, without re-implementing applyFixes, that `output` keeps every
 * character of `text` outside the fix ranges: the text before the first fix
 * and after the last one is identical, and every stretch between fixes
 * appears in order.
 */
function expectOnlyFixRangesChanged(text: string, fixes: readonly Fix[], output: string): void {
  if (!fixes.length) {
    expect(output).toBe(text)
    return
  }
  // Merge the fix ranges, overlapping ones included: whatever survives outside them must be untouched.
  const ranges = fixes.map(f => f.range).sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [s, e] of ranges) {
    const last = merged[merged.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else merged.push([s, e])
  }
  const head = text.slice(0, merged[0]![0])
  const tail = text.slice(merged[merged.length - 1]![1])
  expect(output.startsWith(head), 'text before the first fix is kept').toBe(true)
  expect(output.endsWith(tail), 'text after the last fix is kept').toBe(true)
  expect(output.length >= head.length + tail.length).toBe(true)
  let cursor = head.length
  for (let i = 1; i < merged.length; i++) {
    const between = text.slice(merged[i - 1]![1], merged[i]![0])
    const at = output.indexOf(between, cursor)
    expect(at, `the text between two fixes, ${JSON.stringify(between)}, is kept in order`).toBeGreaterThanOrEqual(0)
    cursor = at + between.length
  }
  expect(cursor <= output.length - tail.length).toBe(true)
}

describe('fixing any text', () => {
  it('changes only the fixed ranges in each pass, and the passes add up to lintSource', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async text => {
        let current = text
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          const fixes = (await linter.lintReplies(current, wholeText(current))).flatMap(f => (f.fix ? [f.fix] : []))
          if (!fixes.length) break
          // Fixes alone change only their ranges; the seam tidying --fix adds
          // may then touch their neighbours (a capital, a doubled space).
          expectOnlyFixRangesChanged(current, fixes, applyFixes(current, fixes).output)
          const {output} = applyFixes(current, fixes, {tidy: true})
          if (output === current) break
          current = output
        }
        expect(await fixed(text)).toBe(current)
      }),
      runs(250),
    )
  })

  it('is idempotent and leaves no fixable finding', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async text => {
        const once = await fixed(text)
        expect(await fixed(once)).toBe(once)
        const after = await linter.lintSource(once, wholeText)
        expect(after.findings.filter(f => f.fix).map(f => `${f.ruleId} ${JSON.stringify(f.actual)}`)).toEqual([])
      }),
      runs(250),
    )
  })

  it('never splits a surrogate pair or leaves a lone surrogate that was not there', async () => {
    await fc.assert(
      fc.asyncProperty(replyLike, async text => {
        const out = await fixed(text)
        const lone = (s: string) => (s.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g) ?? []).length
        expect(lone(out)).toBeLessThanOrEqual(lone(text))
      }),
      runs(150),
    )
  })

  it('applies a fix only with fix: true, and only the fixes a filter lets through', async () => {
    const text = 'Thx, it is guaranteed to arrive. Pls wait, u will get it.'
    expect((await linter.lintSource(text, wholeText)).output).toBeUndefined()
    const onlySlang = await linter.lintSource(text, wholeText, {fix: f => f.ruleId === 'test-slang'})
    expect(onlySlang.output).toBe('Thanks, it is guaranteed to arrive. Please wait, you will get it.')
    const all = await fixed(text)
    expect(all).toBe('Thanks, it is expected to arrive. Please wait, you will get it.')
  })
})
