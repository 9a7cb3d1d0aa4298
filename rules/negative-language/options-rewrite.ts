// An English rewrite that keeps what the customer asked about:
// "we can't unlock a phone that's still under contract" ->
// "let's look at the options for unlocking a phone that's still under contract".
// The generic "let's see what we can do for you" loses the subject of the
// conversation; this keeps it and turns the refusal into the next step.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'
import {messageAround} from './refusals.js'

/** Verbs whose object is the thing on offer: "offer a refund" -> "a refund". */
const OBJECT_VERBS = /^(?:offer|give|provide|issue|accept|do|process|make|arrange|allow|support|sell|honou?r)$/i
/** "assist with travel inquiries" -> "travel inquiries". */
const HELP_VERBS = /^(?:help|assist)$/i
/** Words between the refusal and its verb that the rewrite does without. */
const FILLER = /^(?:(?:really|just|simply|currently|still|even|be\s+able\s+to|to)\s+)+/i
/** A softener that only introduces the refusal goes with it ("Unfortunately, we can't…"). */
const SOFTENER = /\b(?:unfortunately|sadly|regrettably|I'm\s+afraid(?:\s+that)?|I\s+am\s+afraid(?:\s+that)?|we're\s+afraid(?:\s+that)?)\s*,?\s*$/i

/** The -ing form of a regular English verb: change -> changing, ship -> shipping. */
function gerund(verb: string): string {
  const v = verb.toLowerCase()
  if (v === 'be' || v === 'see' || /ee$/.test(v)) return `${v}ing`
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`
  if (/(?:[^aeiouy]|u)e$/.test(v)) return `${v.slice(0, -1)}ing`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${v}${v.slice(-1)}ing`
  return `${v}ing`
}

/** Words that name no topic on their own: "do anything about it", "help with that", "look at this now". */
const EMPTY_TOPIC_WORD = /^(?:it|that|this|these|those|them|anything|something|everything|nothing|about|at|with|for|on|to|now|here|there|right|today|further|more|else|any|again|you|me|us)$/i
/** A reason joined to the refused action: "cancel it because it has been packed". */
const REASON = /\s+(?:because|since|as)\s+((?:it|this|that|the|your|our|we|they|its|these|those|there|he|she)\b.+)$/i

function namesSomething(phrase: string, verb: string): boolean {
  return phrase
    .split(/\s+/)
    .filter(w => w && w.toLowerCase() !== gerund(verb) && w.toLowerCase() !== verb.toLowerCase())
    .some(w => !EMPTY_TOPIC_WORD.test(w.replace(/[^\p{L}']/gu, '')))
}

/** What the refusal is about, as a phrase that fits after "the options for". */
function topic(verb: string, object: string): string | undefined {
  if (OBJECT_VERBS.test(verb)) return object.replace(/^any\s+/i, '') || undefined
  // "assist with travel inquiries" -> "travel inquiries"; "assist further
  // through this forum" keeps the verb.
  const helpedWith = HELP_VERBS.test(verb) ? object.match(/^(?:you\s+)?with\s+(.+)$/i) : null
  if (helpedWith) return helpedWith[1]
  if (HELP_VERBS.test(verb) && /^you$/i.test(object)) return undefined
  return `${gerund(verb)}${object ? ` ${object}` : ''}`
}

/**
 * The rewrite for an English refusal whose action can be read off the clause,
 * or undefined (the rule then offers its general rewrites).
 */
export function optionsRewrite(context: RuleContext, hit: PhraseHit): {text: string; range: Range; message: string} | undefined {
  const {sentence, entry} = hit
  if (sentence.language !== 'en') return chineseTopicRewrite(context, hit)
  const [clauseStart, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  const text = context.text
  const after = text.slice(hit.range[1], clauseEnd).replace(FILLER, ' ').trim().replace(FILLER, '')
  let verb: string
  let object: string
  let start = hit.range[0]
  if (entry.id === 'cannot') {
    const m = after.match(/^([a-z]+(?:-[a-z]+)*)(?![\w'’-])\s*(.*)$/i)
    if (!m) return undefined
    ;[verb, object] = [m[1]!, m[2]!.trim()]
  } else if (entry.id === 'do-not-do' || (entry.id === 'not-offered' && /support$/i.test(hit.actual))) {
    verb = hit.actual.match(/([a-z]+)$/i)![1]!
    object = after
    if (entry.id === 'not-offered') start = clauseStart
  } else if (entry.id === 'impossible' || (entry.id === 'not-offered' && /(?:possible|allowed)$/i.test(hit.actual))) {
    // "It's impossible to recover chats…": the subject is a dummy "it".
    const m = text.slice(hit.range[1], clauseEnd).match(/^\s+to\s+([a-z]+(?:-[a-z]+)*)(?![\w'’-])\s*(.*)$/i)
    if (!m || !/^(?:it(?:'s|’s|\s+is)?|currently\s+it(?:'s|’s|\s+is)?|this|that)\s*$/i.test(text.slice(clauseStart, hit.range[0]).replace(/\b(?:is|isn't|isn’t|was)\s*$/i, '').trim()))
      return undefined
    ;[verb, object] = [m[1]!, m[2]!.trim()]
    start = clauseStart
  } else return undefined
  if (!/^[a-z]+(?:-[a-z]+)*$/i.test(verb)) return undefined
  // "cancel the order because it has been packed": the reason leads, so the rewrite keeps it.
  const reason = object.match(REASON)
  if (reason) object = object.slice(0, reason.index)
  const about = topic(verb, object)
  if (!about || !namesSomething(about, verb)) return undefined
  const softener = text.slice(sentence.start, start).match(SOFTENER)
  if (softener) start -= softener[0].length
  const range: Range = [start, clauseEnd]
  const options = `let's look at the options for ${about}`
  return {
    text: context.rewrite(reason ? `${reason[1]}, so ${options}` : options, range),
    range,
    message: 'Keep what the customer asked about and turn to what can be done',
  }
}

/** The refusing word, and a verb it may hold (不能修改 -> 修改). */
const ZH_MODAL = /^(?:无法|没办法|没有办法|没法|不能|不可以|不支持|不接受)/
/** What may stand before the refusal and be dropped with it: apologies, address, "we / on our side". */
const ZH_DROPPABLE =
  /^(?:(?:非常|很|实在|真的)?(?:抱歉|不好意思)(?:的)?(?:呢|哦|哈)?)?(?:亲爱的|亲亲|亲)?(?:我们|我|小妹|妹子|咱们)?(?:这边|这里)?(?:也|是|确实|暂时|目前|现在|还)*$/
/** Particles, address and apologies that close a chat message: 的呢亲抱歉. */
const ZH_TAIL = /(?:[的了呢哦哈呀啊嘛吧噢喔哟~～!！。.]|亲爱的|亲爱哒|亲亲|亲|抱歉|不好意思)+$/
const ZH_PARTICLE_START = /^[的了呢哦哈呀啊嘛吧噢喔哟]/

/**
 * 我们这边无法修改已经提交的贷款申请 -> 关于修改已经提交的贷款申请，这边帮您看看有什么办法:
 * the topic is kept and the reply turns to what can be done. Only when nothing
 * but apologies and "we / on our side" stands before the refusal, so no reason
 * or condition is lost.
 */
function chineseTopicRewrite(context: RuleContext, hit: PhraseHit): {text: string; range: Range; message: string} | undefined {
  const {sentence} = hit
  const n = sentence.normalized
  const at = (offset: number) => offset - sentence.start
  // In chat replies the refusing message ends at a space (…不可以更换的哦 还有…).
  const [clauseStart, clauseEnd] = messageAround(context.text, clauseAround(sentence, hit.range[0], hit.range[1]), hit.range)
  const own = n.slice(at(hit.range[0]), at(hit.range[1]))
  if (!ZH_MODAL.test(own)) return undefined
  const before = n.slice(at(clauseStart), at(hit.range[0])).trim()
  if (!ZH_DROPPABLE.test(before)) return undefined
  const after = n.slice(at(hit.range[1]), at(clauseEnd))
  const topic = (own.replace(ZH_MODAL, '') + after.replace(ZH_TAIL, '')).replace(/^(?:为您|给您|帮您|替您|再)/, '')
  if (!/^[\u4e00-\u9fff]{2,20}$/.test(topic) || ZH_PARTICLE_START.test(topic)) return undefined
  const sorry = /抱歉|不好意思/.test(before) ? '非常抱歉，' : ''
  const range: Range = [clauseStart, clauseEnd]
  // The topic is taken from the Simplified form; rewrite() gives it back in the sentence's script.
  return {
    text: context.rewrite(`${sorry}关于${topic}，这边帮您看看有什么办法`, range),
    range,
    message: '保留客户问的事情，转向能做什么',
  }
}
