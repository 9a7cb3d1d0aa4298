// impatience: showing annoyance or hurrying the customer.
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import {isConditional} from '../../src/text/clauses.js'
import type {PhraseHit} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import {aboutTheCustomer, agentTakesItOn, clauseBefore, customerRepeats, hurriesSomeoneElse, inApologyFrame, isEmpathy, sentenceAfter} from './frames.js'

const phrases = loadRulePhrases(import.meta.url)

/** Entries the seeds allow when the agent apologises and asks for understanding. */
const EXCUSED_BY_APOLOGY = new Set(['busy', 'no-time', 'exasperated', 'grudging'])

function isFine(hit: PhraseHit, sentences: readonly Sentence[]): boolean {
  const {sentence, range, entry} = hit
  // "If it's a hassle for you, we can collect it" offers help.
  if (isConditional(sentence, range[0], range[1])) return true
  if (EXCUSED_BY_APOLOGY.has(entry.id) && inApologyFrame(sentences, sentence)) return true
  const before = clauseBefore(sentence, range[0], range[1])
  const chinese = sentence.language !== 'en'
  switch (entry.id) {
    case 'hassle':
      return isEmpathy(sentence, before) || (chinese && (aboutTheCustomer(before) || agentTakesItOn(sentenceAfter(sentence, range[1]))))
    case 'annoyed':
      return chinese && isEmpathy(sentence, before)
    case 'hurry':
    case 'hurry-to-act':
      return hurriesSomeoneElse(before)
    case 'repeated':
      return chinese && (customerRepeats(before) || isEmpathy(sentence, before))
    default:
      return false
  }
}

export default defineRule({
  id: 'impatience',
  meta: {
    description: 'Showing annoyance or hurrying the customer',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    docs: 'rules/impatience/README.md',
  },
  check(context) {
    for (const hit of context.match(phrases)) if (!isFine(hit, context.sentences)) context.reportHit(hit)
  },
})
