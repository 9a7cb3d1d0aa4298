// first-person-overuse: a reply that talks about "I / me / my" more than
// about "you / we" (seed 001, D.1).
import {defineRule, perConfiguration} from '../../src/rule.js'
import {familyOf, type RuleContext} from '../../src/context.js'
import {personReferences} from './references.js'
import {reframe, type Balance} from './reframe.js'
import {EN_SINGULAR} from './pronouns.js'

export interface FirstPersonOveruseOptions {
  /** Fewest first-person-singular references that can be a problem. */
  minFirstPerson: number
  /** Flag when singular references are more than this many times the "you / we" ones. */
  ratio: number
}

const DEFAULTS: FirstPersonOveruseOptions = {minFirstPerson: 4, ratio: 2}

/** The rule's options with defaults filled in. */
const configuredOptions = perConfiguration((given): FirstPersonOveruseOptions => {
  const {minFirstPerson, ratio} = {...DEFAULTS, ...given} as FirstPersonOveruseOptions
  return {
    minFirstPerson: Number.isFinite(minFirstPerson) && minFirstPerson >= 1 ? minFirstPerson : DEFAULTS.minFirstPerson,
    ratio: Number.isFinite(ratio) && ratio >= 0 ? ratio : DEFAULTS.ratio,
  }
})

const MESSAGE = {
  en: (b: Balance) =>
    `This reply says "I / me / my" ${b.singular} times and "you / we" ${b.other} ${b.other === 1 ? 'time' : 'times'}: it centres on the agent, not the customer; speak as "we" and about "you".`,
  zh: (b: Balance) =>
    `这条回复用了 ${b.singular} 次“我”，只有 ${b.other} 次“您/我们”：重心在客服自己身上；多用“您”“我们”，让客户感到我们在为他着想。`,
}

// Where an English first-person-singular word can start: the letters of each
// EN_SINGULAR form before its apostrophe ("i" of "I'm"), as a whole run of
// letters. Every counted word token starts with one of them.
const EN_SINGULAR_STEMS = [...new Set(Object.keys(EN_SINGULAR).map(w => w.split("'")[0]!))].sort((a, b) => b.length - a.length)
const EN_SINGULAR_CANDIDATE = new RegExp(`(?<![A-Za-z])(?:${EN_SINGULAR_STEMS.join('|')})(?![A-Za-z])`, 'gi')

/**
 * Whether the reply may hold `min` "I / me / my": every English one the
 * word-level count can find matches EN_SINGULAR_CANDIDATE and every Chinese
 * one is a 我. Below the minimum the reply cannot be flagged, and its
 * sentences are never parsed into words (the expensive part, done for every
 * English reply otherwise). Counting stops once the minimum is reached.
 */
function mayReach(context: RuleContext, min: number): boolean {
  let count = 0
  if (context.families.has('zh'))
    for (const s of context.sentences) {
      if (s.language === 'en') continue
      for (let i = s.normalized.indexOf('我'); i >= 0 && count < min; i = s.normalized.indexOf('我', i + 1)) count++
    }
  if (!context.families.has('en')) return count >= min
  EN_SINGULAR_CANDIDATE.lastIndex = 0
  while (count < min && EN_SINGULAR_CANDIDATE.exec(context.text)) count++
  EN_SINGULAR_CANDIDATE.lastIndex = 0
  return count >= min
}

function check(context: RuleContext): void {
  const options = configuredOptions(context.options)
  if (!mayReach(context, options.minFirstPerson)) return
  const refs = personReferences(context)
  // Counted in a loop rather than filtered: a filtered array is of one
  // element kind when empty and another when not, and the code reading its
  // length was thrown away and compiled again for each.
  let singular = 0
  let other = 0
  for (const r of refs) {
    if (r.person === 'singular') singular++
    else if (r.person === 'other') other++
  }
  const balance: Balance = {singular, other}
  const flagged = (b: Balance) => b.singular >= options.minFirstPerson && b.singular > options.ratio * b.other
  if (!flagged(balance)) return
  const rewrite = reframe(context, refs, balance, flagged)
  if (!rewrite) return
  // The finding points at the first "I": where the reply starts talking about the agent.
  const first = refs.find(r => r.person === 'singular')!
  const family = familyOf(first.sentence.language)
  context.report({
    range: [first.start, first.end],
    message: MESSAGE[family](balance),
    suggestions: [
      {
        text: rewrite.text,
        range: rewrite.range,
        message: family === 'en' ? 'Reframe around "we" and "you"' : '改用“我们”“您”来表达',
      },
    ],
  })
}

export default defineRule({
  id: 'first-person-overuse',
  meta: {
    description: 'A reply that talks about "I / me / my" more than about "you / we"',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    needs: ['english-syntax'],
    scope: 'reply',
    defaultOptions: {...DEFAULTS} satisfies FirstPersonOveruseOptions,
    docs: 'rules/first-person-overuse/README.md',
  },
  check,
})
