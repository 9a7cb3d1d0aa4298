// Rewrite metrics, shared by `npm run eval` and the grammar-oracle test: for
// each finding's first rewrite (its fix, or else its first suggestion)
// applied alone, and for each reply's whole-reply rewrite: does it keep the
// facts and the script, does it lint clean, does it need input, and (English)
// does it bring grammar errors the original did not have, as judged by
// harper.js.
import {LocalLinter} from 'harper.js'
import {binaryInlined} from 'harper.js/binaryInlined'

/** The kinds of harper lint counted as grammar errors a rewrite must not bring. */
export const GRAMMAR_KINDS = new Set(['Agreement', 'Miscellaneous', 'Repetition', 'Capitalization', 'Grammar'])

export async function createGrammarJudge() {
  const harper = new LocalLinter({binary: binaryInlined})
  await harper.setup()
  const lintsOf = async text => {
    const counts = new Map()
    for (const lint of await harper.lint(text)) {
      if (!GRAMMAR_KINDS.has(lint.lint_kind())) continue
      const key = `${lint.lint_kind()}: ${lint.message()}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  /** The grammar lints of `rewritten` that `original` did not have. */
  return async (original, rewritten) => {
    const before = await lintsOf(original)
    const after = await lintsOf(rewritten)
    const added = []
    for (const [key, n] of after) if (n > (before.get(key) ?? 0)) added.push(key)
    return added
  }
}

/**
 * `api`: {lintText(text) → findings, applyFixes, rewriteReplies-producing lint (lintWhole(text) → LintResult with rewrites), missingFacts, scriptKept}.
 * `judge`: from createGrammarJudge, or undefined to skip the grammar check.
 */
export async function measureRewrites(texts, api, judge) {
  const m = {findings: 0, withRewrite: 0, needsInput: 0, factsKept: 0, relintClean: 0, grammarChecked: 0, grammarAdded: 0,
    replies: 0, wholeFactsKept: 0, wholeClean: 0, wholeNeedsInput: 0, wholeGrammarChecked: 0, wholeGrammarAdded: 0, problems: []}
  const count = fs => fs.reduce((map, f) => map.set(f.ruleId, (map.get(f.ruleId) ?? 0) + 1), new Map())
  for (const text of texts) {
    const result = await api.lintWhole(text)
    const findings = result.findings
    if (!findings.length) continue
    const before = count(findings)
    for (const f of findings) {
      m.findings++
      const first = f.fix ?? f.suggestions[0]
      if (!first) continue
      m.withRewrite++
      const placeholder = !f.fix && f.suggestions[0].placeholder
      if (placeholder) m.needsInput++
      const rewritten = api.applyFixes(text, [{range: first.range, text: first.text}], {tidy: true}).output
      const missing = api.missingFacts(text, rewritten)
      const script = api.scriptKept(text, rewritten)
      if (!missing.length && script) m.factsKept++
      else m.problems.push({kind: 'facts', ruleId: f.ruleId, text, rewritten, detail: script ? missing.map(x => x.text).join(', ') : 'script changed'})
      const after = count(await api.lintText(rewritten))
      const added = [...after].some(([id, n]) => n > (before.get(id) ?? 0))
      if ((after.get(f.ruleId) ?? 0) < before.get(f.ruleId) && !added) m.relintClean++
      else m.problems.push({kind: 'relint', ruleId: f.ruleId, text, rewritten})
      if (judge && f.language === 'en' && !placeholder) {
        m.grammarChecked++
        const grammar = await judge(text, rewritten)
        if (grammar.length) {
          m.grammarAdded++
          m.problems.push({kind: 'grammar', ruleId: f.ruleId, text, rewritten, detail: grammar.join('; ')})
        }
      }
    }
    for (const whole of result.rewrites ?? []) {
      m.replies++
      const original = text.slice(whole.range[0], whole.range[1])
      if (!api.missingFacts(original, whole.text).length && api.scriptKept(original, whole.text)) m.wholeFactsKept++
      else m.problems.push({kind: 'whole-facts', text, rewritten: whole.text})
      if (whole.needsInput) m.wholeNeedsInput++
      const left = await api.lintText(whole.text)
      if (!left.length) m.wholeClean++
      else m.problems.push({kind: 'whole-relint', ruleId: left.map(f => f.ruleId).join(','), text, rewritten: whole.text})
      if (judge && !/[\u3400-\u9fff]/.test(original) && !whole.needsInput) {
        m.wholeGrammarChecked++
        const grammar = await judge(original, whole.text)
        if (grammar.length) {
          m.wholeGrammarAdded++
          m.problems.push({kind: 'whole-grammar', text, rewritten: whole.text, detail: grammar.join('; ')})
        }
      }
    }
  }
  return m
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-')

export function formatRewriteMetrics(name, m) {
  return [
    `rewrites on ${name}: ${m.findings} findings, ${pct(m.withRewrite, m.findings)} with a rewrite, ${pct(m.needsInput, m.withRewrite)} need input`,
    `  first rewrite alone: facts kept ${pct(m.factsKept, m.withRewrite)}, re-lints clean ${pct(m.relintClean, m.withRewrite)}, English grammar errors introduced ${pct(m.grammarAdded, m.grammarChecked)} (${m.grammarAdded}/${m.grammarChecked})`,
    `  whole-reply rewrite (${m.replies} replies): facts kept ${pct(m.wholeFactsKept, m.replies)}, lints clean ${pct(m.wholeClean, m.replies)}, needs input ${pct(m.wholeNeedsInput, m.replies)}, English grammar errors introduced ${pct(m.wholeGrammarAdded, m.wholeGrammarChecked)} (${m.wholeGrammarAdded}/${m.wholeGrammarChecked})`,
  ].join('\n')
}
