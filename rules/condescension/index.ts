// condescension: belittling or lecturing the customer ("do you even know…",
// "as I already said", "calm down", "obviously"; 你懂不懂, 我不是说过了吗).
import {defineRule} from '../../src/rule.js'
import {loadRulePhrases} from '../../src/phrases/load.js'
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'
import {isConditional, isHedged} from '../../src/text/clauses.js'

const phrases = loadRulePhrases(import.meta.url)

// What follows 你知道吗 tells a quiz from a tip: "你知道吗，这个就在设置里，
// 自己找一下" scolds; "您知道吗？现在下单还能领券" shares news.
const REPROACH_AFTER = /就在|都(?:写|有|说|在)|自己|早就|明明|写着|清清楚楚|不是|根本|到底/
const TIP_AFTER = /可以|推出|新|优惠|活动|福利|技巧|窍门|只需|只要|免费|享受|还能|其实|小贴士/

function followingText(context: RuleContext, hit: PhraseHit, length: number): string {
  const next: Sentence | undefined = context.sentences[hit.sentence.index + 1]
  const rest = hit.sentence.normalized.slice(hit.range[1] - hit.sentence.start) + (next?.normalized ?? '')
  return rest.slice(0, length)
}

function isFriendlyTip(context: RuleContext, hit: PhraseHit): boolean {
  const after = followingText(context, hit, 40)
  return !REPROACH_AFTER.test(after) && TIP_AFTER.test(after)
}

/**
 * "Obviously you need to charge it" reads the same without "obviously", so the
 * best rewrite drops the word (and the comma or space that goes with it).
 */
function withoutObviously(context: RuleContext, hit: PhraseHit): {range: [number, number]; text: string} | undefined {
  if (!/^obviously$/i.test(hit.actual)) return undefined
  const text = context.text
  const [start, end] = hit.range
  if (start === hit.sentence.start) {
    const next = text.slice(end).match(/^,?\s+(\p{L})/u)
    if (!next) return undefined
    const letterAt = end + next[0].length - next[1]!.length
    return {range: [start, letterAt + 1], text: next[1]!.toUpperCase()}
  }
  const before = text.slice(hit.sentence.start, start).match(/,?\s+$/)
  if (!before) return undefined
  const comma = before[0].startsWith(',') && text[end] === ','
  return {range: [start - before[0].length, comma ? end + 1 : end], text: comma ? ',' : ''}
}

export default defineRule({
  id: 'condescension',
  meta: {
    description: 'Belittling or lecturing the customer',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'rules/condescension/README.md',
  },
  check(context) {
    // One finding per wording per sentence: "Let me explain this again,
    // slowly this time" is one jab, with one rewrite.
    const reported = new Set<string>()
    for (const hit of context.match(phrases)) {
      const {sentence, range, entry} = hit
      const key = `${sentence.index}:${entry.id}`
      if (reported.has(key)) continue
      // "If you misunderstood the terms, …", 如果您不知道怎么操作: a case, not a jab.
      // "If you'd bothered to read…" is the jab itself, so that entry keeps it.
      if (entry.id !== 'did-you-not-read' && isConditional(sentence, range[0], range[1])) continue
      if (entry.id === 'did-you-know' && isFriendlyTip(context, hit)) continue
      // 您是不是看错了 checks gently; 你搞错了吧 tells the customer off.
      if (entry.id === 'you-got-it-wrong' && isHedged(sentence, range[0])) continue
      reported.add(key)
      const removal = entry.id === 'obviously' ? withoutObviously(context, hit) : undefined
      if (!removal) {
        context.reportHit(hit)
        continue
      }
      const others = entry.rewrites.map(r => context.resolveRewrite(r, hit))
      context.report({
        range,
        message: entry.message,
        suggestions: [{...removal, message: 'Drop “obviously”'}, ...others],
        fix: removal,
      })
    }
  },
})
