// absolute-promise: guarantees that can turn into disappointment.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {englishRewrite} from './hedge-en.js'
import {chineseRewrite} from './hedge-zh.js'
import {fitSplices} from '../../src/text/splice.js'

const phrases = loadRulePhrases(import.meta.url)

export interface AbsolutePromiseOptions {
  /** Terms that are names, not promises: a brand's "Price Promise" programme, say. */
  allow: string[]
}

/**
 * Reports a promise with a rewrite that fits its sentence first (who promises,
 * what follows, whether it is negated), then the phrase data's own rewrites.
 */
function report(context: RuleContext, hit: PhraseHit): void {
  // Loops and push rather than map here and in check: optimised code's map
  // makes holey arrays where the interpreter's makes packed ones, and code
  // that met one kind is thrown away when the other turns up.
  const general: Array<{text: string; range: Range; message?: string}> = []
  for (const r of hit.entry.rewrites) general.push(context.resolveRewrite(r, hit))
  const found = hit.sentence.language === 'en' ? englishRewrite(context, hit) : chineseRewrite(context, hit)
  if (!found) return context.reportHit(hit, {suggestions: fitSplices(context.text, general, context)})
  // Chinese rewrites are written in Simplified; rewrite() gives a Traditional sentence its own script.
  const text = hit.sentence.language === 'en' ? found.text : context.rewrite(found.text, found.range)
  const fitted = fitSplices(context.text, [{text, range: found.range}], context)[0]!
  const isFound = (g: {text: string; range: Range}) => g.text === text && g.range[0] === found.range[0] && g.range[1] === found.range[1]
  context.reportHit(hit, {
    suggestions: [fitted, ...fitSplices(context.text, general.filter(g => !isFound(g)), context)],
    // --fix applies only the data's meaning-keeping rewrite, never a fitted paraphrase.
    fix: hit.entry.fix && general[0] && isFound(general[0]) ? fitted : undefined,
  })
}

export default defineRule({
  id: 'absolute-promise',
  meta: {
    description: 'Guarantees and absolute promises that can turn into disappointment',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    fixable: true,
    defaultOptions: {allow: []} satisfies AbsolutePromiseOptions,
    docs: 'rules/absolute-promise/README.md',
  },
  check(context) {
    const allow: string[] = []
    for (const term of (context.options.allow as string[] | undefined) ?? []) allow.push(term.toLowerCase())
    for (const hit of context.match(phrases)) {
      const sentence = hit.sentence.text.toLowerCase()
      const offset = hit.range[0] - hit.sentence.start
      const named = allow.some(term => {
        for (let at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + 1))
          if (at < offset + hit.actual.length && at + term.length > offset) return true
        return false
      })
      if (!named) report(context, hit)
    }
  },
})
