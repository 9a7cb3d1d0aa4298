// Rewrites that keep what follows an impatient frame, instead of replacing the
// clause with a stock line that reads as a comma splice:
//   "For the third time, the order ships on Monday." -> "Just to confirm, the order ships on Monday."
//   已经跟您讲三次了，退款要七个工作天。            -> 再跟您确认一下，退款要七个工作天。
//   赶紧的，把地址发过来。                            -> 方便的时候麻烦您把地址发过来。
//   抓紧时间，活动今天结束。                          -> 温馨提醒一下，活动今天结束。
//   "Get to the point, what is the order number?"    -> "Take your time, there's no rush. What is the order number?"
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

export interface Restatement {
  text: string
  range: Range
  message: string
}

// A clause that goes on after the frame: a separator, then words.
const GOES_ON = /^\s*[,:;，：；]\s*(?=\S)/
// All the hurry clause says, beside the hurry word: particles and the like.
const ZH_HURRY_ONLY = /^(?:你|您|请|亲)?(?:能不能|可不可以)?(?:快点儿?|快一点儿?|快些|赶紧|赶快|抓紧(?:时间)?|别(?:再)?磨蹭|不要磨蹭|别磨叽|别墨迹|别拖了|麻利点|利索点|速度点)(?:的|了|吧|啊|呀|哈|点|些)*(?:好吗|好不好|行吗|行不行|可以吗)?$/
const ZH_HURRY_TO_SPEAK = /(?:说|讲)(?:重点)?(?:吧|啊|呀)?$|^(?:直接)?(?:说|讲)重点/
// What the customer is asked to do next: 把地址发过来, 快付款, 先拍照.
const ZH_INSTRUCTION = /^(?:快点儿?|快|赶紧|赶快|马上|立刻)?(?:把|先|付|下单|拍|发|填|提供|上传|确认|选|告诉|联系|点|去|回复|补)/
const ZH_LEADING_HURRY = /^(?:快点儿?|快一点|快|赶紧|赶快|马上|立刻)(?=[\u4e00-\u9fff])/

/** The repetition frame as a patient confirmation, the point after it kept. */
function repeatedFrame(context: RuleContext, hit: PhraseHit): Restatement | undefined {
  const {sentence} = hit
  // "For the third time," ends on its own comma, which is the joint to keep.
  const trailing = hit.actual.match(/[\s,;:，；：]+$/)?.[0].length ?? 0
  const [cs, ce] = clauseAround(sentence, hit.range[0], hit.range[1] - trailing)
  if (!GOES_ON.test(context.text.slice(ce, sentence.end))) return undefined
  const words = sentence.language === 'en' ? 'just to confirm' : '再跟您确认一下'
  let text = context.rewrite(words, [cs, ce])
  // "pls stop asking, …" is chat in lower case; the rewrite still opens a sentence with a capital.
  if (cs === sentence.start && sentence.language === 'en') text = text[0]!.toUpperCase() + text.slice(1)
  return {text, range: [cs, ce], message: 'Confirm the point patiently'}
}

/** A Chinese hurry clause standing alone before the point: the point stays, without the push. */
function zhHurryClause(context: RuleContext, hit: PhraseHit): Restatement | undefined {
  const {sentence} = hit
  const [cs, ce] = clauseAround(sentence, hit.range[0], hit.range[1])
  const offset = sentence.start
  const clause = sentence.normalized.slice(cs - offset, ce - offset).replace(/[！!。.？?～~\s]+$/u, '')
  const rest = sentence.normalized.slice(ce - offset)
  // 有事快点说 / 说重点: the customer is hurried to speak, wherever the clause stands.
  if (ZH_HURRY_TO_SPEAK.test(clause) && clause.length <= 8) {
    return {text: context.rewrite('您慢慢说，不着急', [cs, ce]), range: [cs, ce], message: 'Let the customer take their time'}
  }
  if (!ZH_HURRY_ONLY.test(clause)) return undefined
  // 快一点好吗？后面还有人: a hurry asked as its own sentence leaves a statement.
  const asked = rest.match(/^\s*[？?]+/)
  if (asked && ce + asked[0].length < sentence.end + 1 && context.sentences[sentence.index + 1]) {
    const end = ce + asked[0].length
    return {text: context.rewrite('您不着急，慢慢来。', [cs, end]), range: [cs, end], message: 'Let the customer take their time'}
  }
  const joint = rest.match(GOES_ON)
  if (!joint) return undefined
  const next = rest.slice(joint[0].length)
  if (ZH_INSTRUCTION.test(next)) {
    const lead = next.match(ZH_LEADING_HURRY)?.[0].length ?? 0
    const end = ce + joint[0].length + lead
    return {text: context.rewrite('方便的时候麻烦您', [cs, end]), range: [cs, end], message: 'Ask kindly, when it suits the customer'}
  }
  return {text: context.rewrite('温馨提醒一下', [cs, ce]), range: [cs, ce], message: 'Share the reason without the push'}
}

export function restatement(context: RuleContext, hit: PhraseHit): Restatement | undefined {
  if (hit.entry.id === 'repeated') return repeatedFrame(context, hit)
  if (hit.sentence.language !== 'en' && (hit.entry.id === 'hurry' || hit.entry.id === 'hurry-to-act')) return zhHurryClause(context, hit)
  return undefined
}

// Rewrites that lead into what follows ("…, so", "…, please") keep the comma.
const EN_LEADS_ON = /\b(?:so|please|and|but|because)$/i

/**
 * "Take your time, there's no rush, what is the order number?" is a comma
 * splice: a whole-clause rewrite before another clause ends its sentence.
 */
export function endsItsSentence(reply: string, suggestion: {text: string; range: Range}): {text: string; range: Range} {
  if (EN_LEADS_ON.test(suggestion.text) || /[\u3400-\u9fff]/.test(suggestion.text)) return suggestion
  const joint = reply.slice(suggestion.range[1]).match(/^\s*,\s*(\p{L})/u)
  if (!joint) return suggestion
  const letter = joint[1]!
  // "I" and names keep their case; "what", "we" take a capital.
  const capital = letter.toUpperCase()
  return {text: `${suggestion.text}. ${capital}`, range: [suggestion.range[0], suggestion.range[1] + joint[0].length]}
}
