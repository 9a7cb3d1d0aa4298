// absolute-promise: guarantees that can turn into disappointment.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'

const phrases = loadRulePhrases(import.meta.url)

export interface AbsolutePromiseOptions {
  /** Terms that are names, not promises: a brand's "Price Promise" programme, say. */
  allow: string[]
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
    const allow = ((context.options.allow as string[] | undefined) ?? []).map(t => t.toLowerCase())
    for (const hit of context.match(phrases)) {
      const sentence = hit.sentence.text.toLowerCase()
      const offset = hit.range[0] - hit.sentence.start
      const named = allow.some(term => {
        for (let at = sentence.indexOf(term); at >= 0; at = sentence.indexOf(term, at + 1))
          if (at < offset + hit.actual.length && at + term.length > offset) return true
        return false
      })
      if (!named) context.reportHit(hit)
    }
  },
})
