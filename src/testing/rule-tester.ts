// RuleTester: rule tests as data, in the manner of ESLint's RuleTester.
// Each invalid case also checks the rule's first rewrite: applied to the text,
// it must remove the finding and bring no new finding from any rule.
import assert from 'node:assert/strict'
import type {Config, Finding, Rule} from '../types.js'
import {Linter, wholeText} from '../engine.js'
import {loadBuiltinRules} from '../rules-loader.js'
import {applyFixes} from '../fix.js'

export interface ValidCase {
  text: string
  options?: Record<string, unknown>
  name?: string
}

export interface ExpectedFinding {
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  actual?: string
  language?: Finding['language']
  /** The first suggestion's text. */
  suggestion?: string
  /** The whole text with the first suggestion applied (for rewrites that drop words). */
  rewritten?: string
}

export interface InvalidCase extends ValidCase {
  /** How many findings, or what they are. */
  findings: number | ExpectedFinding[]
  /** The text after --fix; omit when the rule offers no fix here. */
  output?: string
  /** Skip the first-rewrite check (for a case whose rewrite is knowingly partial). */
  skipRewriteCheck?: boolean
}

export interface RuleTesterCases {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}

type Describe = (name: string, fn: () => void) => void
type It = (name: string, fn: () => Promise<void>) => void

const preview = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s)

export class RuleTester {
  /** Set these to the test framework's functions (vitest, mocha, node:test). */
  static describe: Describe = (name, fn) => {
    const g = globalThis as unknown as {describe?: Describe}
    if (!g.describe) throw new Error('RuleTester.describe is not set: assign your test framework\'s describe')
    g.describe(name, fn)
  }
  static it: It = (name, fn) => {
    const g = globalThis as unknown as {it?: It}
    if (!g.it) throw new Error('RuleTester.it is not set: assign your test framework\'s it')
    g.it(name, fn)
  }

  constructor(private readonly base: Config = {}) {}

  private async linterFor(rule: Rule, options?: Record<string, unknown>): Promise<Linter> {
    const builtins = await loadBuiltinRules()
    const others = builtins.filter(r => r.id !== rule.id)
    return Linter.create({
      rules: [...others, rule],
      config: {...this.base, rules: {...this.base.rules, [rule.id]: options ? [rule.meta.defaultSeverity, options] : rule.meta.defaultSeverity}},
    })
  }

  private async findings(linter: Linter, text: string, rule?: Rule, fix = false) {
    const result = await linter.lintSource(text, wholeText, {fix})
    return {all: result.findings, own: rule ? result.findings.filter(f => f.ruleId === rule.id) : result.findings, output: result.output ?? text}
  }

  run(rule: Rule, cases: RuleTesterCases): void {
    RuleTester.describe(rule.id, () => {
      RuleTester.describe('valid', () => {
        for (const raw of cases.valid) {
          const c = typeof raw === 'string' ? {text: raw} : raw
          RuleTester.it(c.name ?? preview(c.text), async () => {
            const linter = await this.linterFor(rule, c.options)
            const {own} = await this.findings(linter, c.text, rule)
            assert.deepEqual(own.map(f => f.actual), [], `expected no ${rule.id} finding in: ${c.text}`)
          })
        }
      })
      RuleTester.describe('invalid', () => {
        for (const c of cases.invalid) {
          RuleTester.it(c.name ?? preview(c.text), async () => {
            const linter = await this.linterFor(rule, c.options)
            const {all, own} = await this.findings(linter, c.text, rule)
            const count = typeof c.findings === 'number' ? c.findings : c.findings.length
            assert.equal(own.length, count, `expected ${count} ${rule.id} finding(s) in: ${c.text}\n got: ${JSON.stringify(own.map(f => f.actual))}`)
            if (Array.isArray(c.findings))
              c.findings.forEach((expected, i) => {
                const f = own[i]!
                const first = f.suggestions[0]
                const rewritten = first ? applyFixes(c.text, [{range: first.range, text: first.text}]).output : undefined
                const got = {...f, suggestion: first?.text, rewritten}
                for (const key of Object.keys(expected) as Array<keyof ExpectedFinding>)
                  assert.equal(got[key], expected[key], `finding ${i} ${key} in: ${c.text}`)
              })
            for (const f of own) {
              assert.ok(f.message.length > 10, 'every finding says why it hurts the customer')
              assert.ok(f.suggestions.length > 0, 'every finding offers a rewrite')
            }
            if (c.output !== undefined) {
              const {output} = await this.findings(linter, c.text, rule, true)
              assert.equal(output, c.output, `--fix output of: ${c.text}`)
            }
            if (!c.skipRewriteCheck) await this.checkRewrites(linter, rule, c.text, own, all)
          })
        }
      })
    })
  }

  /** Each finding's first rewrite must remove it and bring no new finding. */
  private async checkRewrites(linter: Linter, rule: Rule, text: string, own: Finding[], before: Finding[]): Promise<void> {
    const countBy = (fs: Finding[]) => fs.reduce((m, f) => m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1), new Map<string, number>())
    for (const f of own) {
      const s = f.suggestions[0]!
      const rewritten = applyFixes(text, [{range: s.range, text: s.text}]).output
      const {all} = await this.findings(linter, rewritten)
      const prior = countBy(before)
      const after = countBy(all)
      assert.ok((after.get(rule.id) ?? 0) < (prior.get(rule.id) ?? 0), `rewrite did not remove the ${rule.id} finding: ${rewritten}`)
      for (const [id, n] of after) assert.ok(n <= (prior.get(id) ?? 0), `rewrite brought a new ${id} finding: ${rewritten}`)
    }
  }
}
