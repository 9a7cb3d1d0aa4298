// Findings of one rule in one sentence: an agent who takes either finding's
// first rewrite must not be left sending the other half of the fault.
import {describe, expect, it} from 'vitest'
import {lint, Linter, defineRule, type Finding, type Rule} from '../../src/index.js'

/** The text with a finding's first suggestion applied. */
function firstApplied(text: string, f: Finding): string {
  const s = f.suggestions[0]!
  return text.slice(0, s.range[0]) + s.text + text.slice(s.range[1])
}

/** A rule that flags "very" and "really", each rewritten to nothing. */
function intensifiers(siblings?: 'compose' | 'separate'): Rule {
  return defineRule({
    id: 'no-intensifiers',
    meta: {description: 'x', languages: ['en'], defaultSeverity: 'warning', fixable: true, ...(siblings ? {siblings} : {})},
    check(ctx) {
      for (const m of ctx.text.matchAll(/\b(?:very|really) /g))
        ctx.report({range: [m.index!, m.index! + m[0].length], message: 'Piles of intensifiers sound insincere.', suggestions: [''], fix: ''})
    },
  })
}

async function findingsOf(rule: Rule, text: string): Promise<Finding[]> {
  const linter = await Linter.create({rules: [rule]})
  return (await linter.lintSource(text, t => [{text: t, start: 0}])).findings
}

describe('sibling findings', () => {
  it('offers each sibling the sentence with all of them rewritten, first', async () => {
    const text = 'We are very sorry and really grateful. This is very late.'
    const findings = await findingsOf(intensifiers(), text)
    expect(findings).toHaveLength(3)
    expect(findings.slice(0, 2).map(f => firstApplied(text, f))).toEqual([
      'We are sorry and grateful. This is very late.',
      'We are sorry and grateful. This is very late.',
    ])
    // The rule's own rewrite stays behind it; a finding alone in its sentence keeps only its own.
    expect(findings[0]!.suggestions[1]).toMatchObject({text: '', range: [7, 12]})
    expect(findings[2]!.suggestions).toHaveLength(1)
    // --fix applies each rule's own fix, not the composed suggestion.
    expect(findings[0]!.fix).toEqual({text: '', range: [7, 12]})
  })

  it("leaves a rule's siblings one by one when the rule says they are separate faults", async () => {
    const text = 'We are very sorry and really grateful.'
    const findings = await findingsOf(intensifiers('separate'), text)
    expect(findings.map(f => f.suggestions.length)).toEqual([1, 1])
  })

  it('composes two halves of one promise', async () => {
    const text = 'Your parcel will definitely be there by Friday, I promise.'
    const {findings} = await lint(text)
    const promises = findings.filter(f => f.ruleId === 'absolute-promise')
    expect(promises).toHaveLength(2)
    for (const f of promises) expect(firstApplied(text, f)).toBe('Your parcel should be there by Friday.')
  })

  it('spells out the slang words of one sentence together', async () => {
    const text = 'Sry, the size M is sold out rn.'
    const {findings} = await lint(text)
    const slang = findings.filter(f => f.ruleId === 'internet-slang')
    expect(slang.length).toBeGreaterThan(1)
    for (const f of slang) expect(firstApplied(text, f)).toBe('Sorry, the size M is sold out right now.')
  })

  it('keeps misspellings one by one: each word has its own candidates', async () => {
    const text = 'Your paymnet went through and the reciept is in your inbox.'
    const {findings} = await lint(text)
    expect(findings.map(f => [f.actual, f.suggestions[0]!.text])).toEqual([['paymnet', 'payment'], ['reciept', 'receipt']])
  })
})
