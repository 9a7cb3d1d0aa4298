import {describe, expect, it} from 'vitest'
import {lint, Linter, defineRule, applyFixes, type Rule} from '../src/index.js'
import {splitSentences, MAX_SENTENCE_LENGTH} from '../src/text/sentences.js'
import {LineIndex} from '../src/text/positions.js'

describe('lint()', () => {
  it('reports a finding with rule id, 1-based position, range, actual text, message and rewrite', async () => {
    const text = 'Hello!\nWe guarantee it arrives tomorrow.'
    const {findings, warningCount, errorCount} = await lint(text)
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f).toMatchObject({ruleId: 'absolute-promise', severity: 'warning', line: 2, column: 1, endLine: 2, endColumn: 13, actual: 'We guarantee', language: 'en'})
    expect(text.slice(f!.range[0], f!.range[1])).toBe('We guarantee')
    expect(f!.message.length).toBeGreaterThan(20)
    expect(f!.suggestions[0]).toMatchObject({text: 'We expect', range: f!.range})
    expect([warningCount, errorCount]).toEqual([1, 0])
  })

  it('leaves a polite reply alone', async () => {
    expect((await lint('Thanks, happy to help!')).findings).toEqual([])
  })

  it('applies per-rule severity and turns rules off from the config', async () => {
    const text = "We guarantee it. We can't refund it."
    const asErrors = await lint(text, {config: {rules: {'absolute-promise': 'error', 'negative-language': 'off'}}})
    expect(asErrors.findings.filter(f => f.severity !== 'info').map(f => [f.ruleId, f.severity])).toEqual([['absolute-promise', 'error']])
    expect(asErrors.errorCount).toBe(1)
  })

  it('rejects an unknown rule id in the config', async () => {
    await expect(lint('hi', {config: {rules: {'no-such-rule': 'error'}}})).rejects.toThrow(/unknown rule 'no-such-rule'/)
  })

  it('the strict preset makes warnings errors', async () => {
    const {findings} = await lint('We guarantee it.', {config: {extends: 'strict'}})
    expect(findings[0]!.severity).toBe('error')
  })

  it('detects the language of each sentence in a mixed reply', async () => {
    const {findings} = await lint('We guarantee delivery. 这个不归我管。這個保證沒問題。')
    expect(findings.filter(f => f.severity !== 'info').map(f => [f.actual, f.language])).toEqual([
      ['We guarantee', 'en'],
      ['不归我管', 'zh-Hans'],
      ['保證', 'zh-Hant'],
    ])
  })

  it('keeps rewrites in the script of the reply', async () => {
    const [f] = (await lint('明天保證送到。')).findings
    expect(f!.suggestions.map(x => x.text)).toContain('我們會盡力確保')
    for (const x of f!.suggestions) expect(x.text).not.toMatch(/[们会尽确]/)
    expect(f!.message).toMatch(/[們會]/)
  })

  it('skips quotes of the customer, URLs, e-mail addresses and code', async () => {
    for (const text of [
      'You wrote "we can\'t wait any longer", so here is the fix.',
      'See https://shop.example.com/lowest-price-guaranteed for details.',
      'Write to guaranteed@example.com for help.',
      'If you see `Error: we cannot connect`, restart the app.',
    ])
      expect((await lint(text)).findings, text).toEqual([])
  })

  it('applies fixes and re-lints until stable', async () => {
    const result = await lint("It's guaranteed to arrive. It's 100% guaranteed.", {fix: true})
    expect(result.output).toBe("It's expected to arrive. It's expected.")
    expect(result.findings.filter(f => f.fix)).toEqual([])
  })
})

describe('rules and the rule API', () => {
  const shout: Rule = defineRule({
    id: 'no-shouting',
    meta: {description: 'Replies in capitals', languages: ['en'], defaultSeverity: 'warning', fixable: true},
    check(ctx) {
      for (const m of ctx.text.matchAll(/\b[A-Z]{4,}\b/g))
        ctx.report({range: [m.index!, m.index! + m[0].length], message: 'Capitals read as shouting at the customer.', suggestions: [m[0].toLowerCase()], fix: m[0].toLowerCase()})
    },
  })

  it('runs a rule given to the linter, with its fix', async () => {
    const linter = await Linter.create({rules: [shout]})
    const result = await linter.lintSource('PLEASE wait', t => [{text: t, start: 0}], {fix: true})
    // The fix starts the sentence, so the seam tidying gives it its capital back.
    expect(result.output).toBe('Please wait')
  })

  it('keeps a whole-reply rewrite pass only when it leaves fewer findings', async () => {
    // A rule whose rewrite brings its own finding back, twice over.
    const echo = defineRule({
      id: 'echo',
      meta: {description: 'x', languages: ['en'], defaultSeverity: 'warning'},
      check(ctx) {
        for (const m of ctx.text.matchAll(/\bsure thing\b/g))
          ctx.report({range: [m.index!, m.index! + m[0].length], message: 'Sounds offhand to the customer.', suggestions: ['of course, sure thing and sure thing']})
      },
    })
    const linter = await Linter.create({rules: [echo]})
    const {rewrites} = await linter.lintSource('Yes, sure thing.', t => [{text: t, start: 0}], {rewrites: true})
    expect(rewrites?.map(r => r.text)).toEqual(['Yes, of course, sure thing and sure thing.'])
  })

  it('refuses a fix from a rule that does not declare fixable', async () => {
    const sneaky = defineRule({...shout, id: 'sneaky', meta: {...shout.meta, fixable: false}})
    const linter = await Linter.create({rules: [sneaky]})
    const result = await linter.lintSource('PLEASE', t => [{text: t, start: 0}])
    expect(result.findings).toEqual([])
    expect(linter.notices.join()).toMatch(/sneaky.*fixable/)
  })

  it('a crashing rule becomes a notice and the other rules still run', async () => {
    const broken = defineRule({id: 'broken', meta: {description: 'x', languages: ['en'], defaultSeverity: 'warning'}, check: () => { throw new Error('boom') }})
    const linter = await Linter.create({rules: [broken, shout]})
    const result = await linter.lintSource('LOUD', t => [{text: t, start: 0}])
    expect(result.findings.map(f => f.ruleId)).toEqual(['no-shouting'])
    expect(linter.notices).toContain('rule broken failed and was skipped: boom')
  })

  it('validates rule definitions', () => {
    expect(() => defineRule({...shout, id: 'Bad Id'})).toThrow(/Invalid rule id/)
    expect(() => defineRule({...shout, meta: {...shout.meta, languages: []}})).toThrow(/languages/)
  })
})

describe('fix application', () => {
  it('applies non-overlapping fixes in order and leaves overlapping ones for the next pass', () => {
    const r = applyFixes('abcdef', [{range: [4, 5], text: 'E'}, {range: [0, 2], text: 'AB'}, {range: [1, 3], text: 'x'}])
    expect(r).toEqual({output: 'ABcdEf', applied: 2, skipped: 1})
  })
})

describe('text basics', () => {
  it('splits sentences without breaking decimals, URLs or abbreviations inside words', () => {
    const text = 'It costs 4.50 today. See example.com/help! 好的。谢谢'
    expect(splitSentences(text).map(s => text.slice(s.start, s.end))).toEqual(['It costs 4.50 today.', 'See example.com/help!', '好的。', '谢谢'])
  })

  it('cuts very long sentences into bounded pieces', () => {
    const text = 'word '.repeat(3000)
    const pieces = splitSentences(text)
    expect(pieces.length).toBeGreaterThan(10)
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH)
  })

  it('maps offsets to lines and columns across LF, CRLF and CR', () => {
    const lines = new LineIndex('a\r\nb\nc\rd')
    expect([0, 3, 5, 7].map(o => lines.position(o))).toEqual([
      {line: 1, column: 1},
      {line: 2, column: 1},
      {line: 3, column: 1},
      {line: 4, column: 1},
    ])
  })
})

describe('Chinese scripts', () => {
  it('keeps Simplified characters that OpenCC would map (么, 干) and still reads Traditional as Traditional', async () => {
    const simplified = await lint('亲，这个颜色木有了，怎么办呢')
    expect(new Set(simplified.findings.map(f => f.language))).toEqual(new Set(['zh-Hans']))
    const [slang] = simplified.findings.filter(f => f.ruleId === 'internet-slang')
    expect(slang!.suggestions[0]!.text).toBe('没有')
    const traditional = await lint('這個顏色木有了，怎麼辦呢')
    expect(traditional.findings.filter(f => f.ruleId === 'internet-slang')[0]!.language).toBe('zh-Hant')
  })
})
