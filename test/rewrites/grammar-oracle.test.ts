// A real grammar checker (harper.js, local WebAssembly) judges the English
// rewrites: each finding's first rewrite on the dev set and a sample of the
// real replies must bring no new agreement, article, repetition or
// capitalisation error in more than 2% of cases; Chinese rewrites must keep
// their script and facts. Failures are listed for the rules' owners.
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Linter, applyFixes, wholeText} from '../../src/index.js'
import {loadFactChecks, missingFacts, scriptKept} from '../../src/rewrite/facts.js'
// @ts-expect-error: a plain ES module shared with scripts/eval.mjs
import {createGrammarJudge, measureRewrites} from '../../scripts/rewrite-metrics.mjs'
// @ts-expect-error: a plain ES module shared with scripts/real-replies.mjs
import {readRealReplies} from '../../scripts/real-replies-data.mjs'

const DEV = path.resolve(import.meta.dirname, '../../../shared/data/dev.jsonl')
const REAL_SAMPLE = 300

describe.runIf(fs.existsSync(DEV))('rewrites judged by a grammar checker', () => {
  it('bring no new English grammar error in more than 2% of rewrites, and keep Chinese script and facts', async () => {
    await loadFactChecks()
    const judge = await createGrammarJudge()
    const linter = await Linter.create()
    const api = {
      lintText: async (text: string) => (await linter.lintSource(text, wholeText)).findings,
      lintWhole: (text: string) => linter.lintSource(text, wholeText, {rewrites: true}),
      applyFixes,
      missingFacts,
      scriptKept,
    }
    const dev = fs.readFileSync(DEV, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text as string)
    const real = readRealReplies() as Record<string, string[]>
    const texts = [...dev, ...(real.en ?? []).slice(0, REAL_SAMPLE), ...(real.zh ?? []).slice(0, REAL_SAMPLE)]
    const m = await measureRewrites(texts, api, judge)
    type Problem = {kind: string; ruleId?: string; text: string; rewritten: string; detail?: string}
    const list = (kinds: string[]) => (m.problems as Problem[]).filter(p => kinds.includes(p.kind)).map(p => `${p.ruleId ?? ''}: ${p.text} -> ${p.rewritten} [${p.detail ?? ''}]`)
    expect(m.grammarChecked).toBeGreaterThan(50)
    expect(m.grammarAdded / m.grammarChecked, list(['grammar']).join('\n')).toBeLessThanOrEqual(0.02)
    const chinese = (m.problems as Problem[]).filter(p => p.kind === 'facts' && /[\u3400-\u9fff]/.test(p.text) && p.detail === 'script changed')
    expect(chinese.map(p => `${p.ruleId}: ${p.text} -> ${p.rewritten}`)).toEqual([])
  }, 120_000)
})
