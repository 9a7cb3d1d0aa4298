// Properties of what rules see of a reply: sentences, normalized text, tokens
// and clauses always describe the text as written, whatever it holds.
import {beforeAll, describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {Linter, wholeText} from '../../src/engine.js'
import {defineRule} from '../../src/rule.js'
import type {RuleContext} from '../../src/context.js'
import {clauseAround, isConditional} from '../../src/text/clauses.js'
import {MAX_SENTENCE_LENGTH} from '../../src/text/sentences.js'
import {anyText, onCodePointBoundary, runs} from './helpers.js'

/** Everything a probe rule saw, checked after the run (a rule's own errors would be caught by the engine). */
let problems: string[] = []
let sentencesSeen = 0

function probe(context: RuleContext): void {
  const {text} = context
  let previousEnd = 0
  for (const s of context.sentences) {
    sentencesSeen++
    const where = `sentence ${s.index} [${s.start}, ${s.end}]`
    if (!(s.start >= previousEnd && s.start < s.end && s.end <= text.length)) problems.push(`${where}: out of order or outside the text`)
    if (s.end - s.start > MAX_SENTENCE_LENGTH + 1) problems.push(`${where}: longer than the cap`)
    if (!onCodePointBoundary(text, s.start) || !onCodePointBoundary(text, s.end)) problems.push(`${where}: splits a surrogate pair`)
    if (s.text !== text.slice(s.start, s.end)) problems.push(`${where}: text is not the slice`)
    if (s.normalized.length !== s.text.length) problems.push(`${where}: normalized text has another length`)
    if (context.sentenceAt(s.start) !== s || context.sentenceAt(s.end - 1) !== s) problems.push(`${where}: sentenceAt disagrees`)
    previousEnd = s.end
    // Asked before tokens(): a Chinese sentence is then segmented around the offset only.
    const held = [s.start, Math.floor((s.start + s.end) / 2), s.end - 1, s.end].map(at => ({at, token: context.tokenAt(s, at)}))
    const tokens = context.tokens(s)
    for (const {at, token} of held)
      if (JSON.stringify(token) !== JSON.stringify(tokens.find(t => t.start <= at && at < t.end))) problems.push(`${where}: tokenAt(${at}) is not the token holding it`)
    let tokenEnd = s.start
    for (const t of tokens) {
      if (t.start < tokenEnd || t.end < t.start || t.end > s.end) problems.push(`${where}: token [${t.start}, ${t.end}] out of place`)
      else if (t.text !== text.slice(t.start, t.end)) problems.push(`${where}: token text ${JSON.stringify(t.text)} is not the slice`)
      tokenEnd = Math.max(tokenEnd, t.end)
    }
    for (const at of [s.start, Math.floor((s.start + s.end) / 2), s.end - 1]) {
      const [cs, ce] = clauseAround(s, at, at + 1)
      if (!(cs >= s.start && ce <= s.end && cs <= ce)) problems.push(`${where}: clause [${cs}, ${ce}] outside the sentence`)
      isConditional(s, at, at + 1)
    }
  }
}

const probeRule = defineRule({
  id: 'test-probe',
  meta: {description: 'Checks the analysed reply (test rule)', languages: ['en', 'zh'], defaultSeverity: 'info', needs: ['english-syntax']},
  check: probe,
})

let linter: Linter

beforeAll(async () => {
  linter = await Linter.create({config: {extends: 'all'}, rules: [probeRule]})
})

describe('the analysed reply', () => {
  it('describes the text as written: sentences, normalized text, tokens, clauses', async () => {
    problems = []
    sentencesSeen = 0
    await fc.assert(
      fc.asyncProperty(anyText, async text => {
        await linter.lintSource(text, wholeText)
        expect(problems).toEqual([])
      }),
      runs(200),
    )
    expect(linter.notices).toEqual([])
    expect(sentencesSeen).toBeGreaterThan(200)
  })
})
