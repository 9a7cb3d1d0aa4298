// negative-language: telling the customer what cannot or will not be done.
import {defineRule} from '../../src/rule.js'
import {findRefusals, messageAround} from './refusals.js'
import {honestRewrites} from './honest-refusal.js'
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
    // A second refusal in a sentence the first one's rewrite already covers
    // ("…doesn't support X, and there are no plans to…") shares that rewrite.
    let covering: {range: [number, number]; suggestions: ReturnType<typeof honestRewrites>} | undefined
    for (const {hit, softened, considerate} of findRefusals(context)) {
      // "While we can't do X here, you can…" already leads with what can be
      // done; "I'm sorry, … because …, but you can…" is the refusal done well.
      if (softened || considerate) continue
      if (covering && hit.range[0] >= covering.range[0] && hit.range[1] <= covering.range[1]) {
        context.report({range: hit.range, message: hit.entry.message, suggestions: covering.suggestions})
        continue
      }
      const honest = honestRewrites(context, hit)
      if (honest.length) {
        covering = {range: honest[0]!.range, suggestions: honest}
        context.report({range: hit.range, message: hit.entry.message, suggestions: honest})
        continue
      }
      // A loop and push rather than map, and a literal rather than a spread
      // copy: optimised code's map makes holey arrays where the interpreter's
      // makes packed ones, a spread copy gets a shape of its own, and code
      // that met one kind is thrown away when the other turns up.
      const general: Array<ReturnType<typeof context.resolveRewrite>> = []
      for (const r of hit.entry.rewrites) {
        const resolved = context.resolveRewrite(r, hit)
        // A clause rewrite replaces the chat message that refuses, not its neighbours.
        general.push(
          typeof r === 'string' || !('clause' in r)
            ? resolved
            : {text: resolved.text, range: messageAround(context.text, resolved.range, hit.range), message: resolved.message},
        )
      }
      // The data's last-resort rewrites hold bracketed gaps to fill in.
      const fitted: Array<{text: string; range: [number, number]; message?: string; placeholder: boolean}> = []
      for (const g of fitSplices(context.text, general, context)) fitted.push({text: g.text, range: g.range, message: g.message, placeholder: /\[[^\]]+\]/.test(g.text)})
      context.reportHit(hit, {suggestions: fitted})
    }
  },
})
