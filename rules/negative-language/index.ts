// negative-language: telling the customer what cannot or will not be done.
import {defineRule} from '../../src/rule.js'
import {findRefusals, messageAround} from './refusals.js'
import {optionsRewrite} from './options-rewrite.js'
import {fitSplices} from '../../src/text/splice.js'

export default defineRule({
  id: 'negative-language',
  meta: {
    description: 'Telling the customer what cannot or will not be done',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    docs: 'rules/negative-language/README.md',
  },
  check(context) {
    for (const {hit, softened} of findRefusals(context)) {
      // "While we can't do X here, you can…" already leads with what can be done.
      if (softened) continue
      const keepsTopic = optionsRewrite(context, hit)
      const general = hit.entry.rewrites.map(r => {
        const resolved = context.resolveRewrite(r, hit)
        // A clause rewrite replaces the chat message that refuses, not its neighbours.
        return typeof r === 'string' || !('clause' in r) ? resolved : {...resolved, range: messageAround(context.text, resolved.range, hit.range)}
      })
      const sentenceStart = (offset: number) => context.sentenceAt(offset)?.start ?? 0
      context.reportHit(hit, {suggestions: fitSplices(context.text, keepsTopic ? [keepsTopic, ...general] : general, sentenceStart)})
    }
  },
})
