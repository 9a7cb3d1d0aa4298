// negative-language: telling the customer what cannot or will not be done.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {customerIsSubject, isConditional} from '../../src/text/clauses.js'

const phrases = loadRulePhrases(import.meta.url)

export default defineRule({
  id: 'negative-language',
  meta: {
    description: 'Telling the customer what cannot or will not be done',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    docs: 'rules/negative-language/README.md',
  },
  check(context) {
    for (const hit of context.match(phrases)) {
      const {sentence, range} = hit
      // "If we can't fix it, we'll replace it" offers a plan; it refuses nothing.
      if (isConditional(sentence, range[0], range[1])) continue
      if (sentence.language !== 'en' && customerIsSubject(sentence, range[0])) continue
      context.reportHit(hit)
    }
  },
})
