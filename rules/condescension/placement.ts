// Where a condescension rewrite goes. The lecturing frame is what goes; the
// rest of the sentence stays and must still read well:
//   "Calm down, sir, we're looking into it." -> "I understand how frustrating this is, and we're looking into it."
//   "It's not that hard, just press the red button." -> "Happy to walk you through it: just press the red button."
//   "这么简单的操作你都不会吗？" -> "没关系，这边一步步教您。" (a question frame leaves a statement)
//   "这不是很明显吗？按钮就在背面。" -> "按钮就在背面。" (a frame with nothing of its own is dropped)
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'
import {codeUnitSet, isWhiteSpaceCode} from '../../src/text/code-units.js'

/** A rewrite's place: the range it replaces and what goes around the rewrite's own words. */
export interface Placement {
  range: Range
  before: string
  after: string
}

interface Clause {
  /** Reply offsets of the clause's words, without separators or the sentence's final punctuation. */
  start: number
  end: number
  body: string
}

// Words that only address or soften ("Calm down, sir"): no content of their own.
const EN_EMPTY = /^(?:sir|madam|ma'am|mate|buddy|dear|please|ok|okay|now|then|again|honestly|seriously|really|alright|all\s+right|fine|look|listen|lol|come\s+on|oh\s+come\s+on|ugh|sigh|geez|jeez|right|yeah)$/i
// 亲 is the polite address of Chinese e-commerce and stays.
const ZH_EMPTY = /^(?:好吗|好不好|行吗|啊|呀|吧|哈|真是的)$/
// 你自己看 / 自己找一下: sends the customer off to look it up alone, which the rewrite replaces.
// 你还问: a jab at the customer for asking again.
const ZH_ASKING_AGAIN = /^(?:你|您)?(?:还|又|怎么还)(?:问|来问|在问)(?:吗|呢|啊)?$/
const ZH_SELF_SERVICE = /^(?:你|您)?自己(?:去)?(?:看|找|查|研究|翻)(?:看|一下|下)?\p{Script=Han}{0,6}?(?:吧|去|啊|哦)*$/u
// A clause that opens with its subject: "…, we're looking into it".
const EN_SUBJECT_START = /^(?:I|I'm|I've|I'll|we|we're|we've|we'll|it|it's|this|that|the|your|our|my|there|there's|they|you|you're|you'll)\b/i
// An instruction after the frame: "…, just press the red button".
const EN_INSTRUCTION_START = /^(?:just|simply|you\s+(?:just|simply|only)|all\s+you\s+(?:need|have)\s+to\s+do\s+is)\b/i
// A clause that hangs on the frame ("…, which is why you were charged") goes with it.
const EN_DEPENDENT = /^(?:which|that's\s+why|that\s+is\s+why|so\s+that's\s+why|and\s+that's\s+why|hence)\b/i
const ZH_DEPENDENT = /^(?:所以|才|难怪|因此)/
// Rewrites that already lead into what follows ("Just to confirm, …").
const EN_LEADS_IN = /^(?:just\s+to|to\s+recap|just\s+so|here's|here\s+are|sorry\s+if|let\s+me)\b/i
// A rewrite that announces what follows (再跟您确认一下) takes a colon before it.
const ZH_ANNOUNCES = /一下$/
const EN_QUESTION_START = /^(?:is|are|was|were|do|does|did|can|could|will|would|should|have|has|what|when|where|why|how|which|who|whose)\b/i

// Clause breaks, by code unit (each is one): scanned for character by character.
const EN_CLAUSE_BREAKS = codeUnitSet(',;:—–')
const ZH_CLAUSE_BREAKS = codeUnitSet(',;:—–，；：')

/** The clauses of a sentence. */
function clausesOf(sentence: Sentence): Clause[] {
  const breaks = sentence.language === 'en' ? EN_CLAUSE_BREAKS : ZH_CLAUSE_BREAKS
  const text = sentence.normalized
  const out: Clause[] = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !breaks.has(text.charCodeAt(i))) continue
    const raw = text.slice(from, i)
    const body = raw.replace(/[.!?。！？…]+\s*$/u, '').trim()
    if (body) {
      const s = from + raw.indexOf(body)
      out.push({start: sentence.start + s, end: sentence.start + s + body.length, body})
    }
    from = i + 1
  }
  return out
}

function isEmptyClause(sentence: Sentence, body: string): boolean {
  return (sentence.language === 'en' ? EN_EMPTY : ZH_EMPTY).test(body)
}

/**
 * The frame's range: the clause around the hit, widened over neighbouring
 * clauses that add nothing ("sir", 你自己看); and the clauses with content
 * left before and after it.
 */
export function frameAround(sentence: Sentence, hitRange: Range): {range: Range; before: Clause[]; after: Clause[]} {
  const [cs, ce] = clauseAround(sentence, hitRange[0], hitRange[1])
  const clauses = clausesOf(sentence)
  let first = clauses.findIndex(c => c.end > cs)
  let last = clauses.findIndex(c => c.end >= ce)
  if (first < 0 || last < 0) return {range: [cs, ce], before: [], after: []}
  const trailing = (c: Clause) =>
    isEmptyClause(sentence, c.body) ||
    (sentence.language === 'en' ? EN_DEPENDENT.test(c.body) : ZH_SELF_SERVICE.test(c.body) || ZH_DEPENDENT.test(c.body) || ZH_ASKING_AGAIN.test(c.body))
  while (last + 1 < clauses.length && trailing(clauses[last + 1]!)) last++
  while (first > 0 && (isEmptyClause(sentence, clauses[first - 1]!.body) || (sentence.language !== 'en' && ZH_SELF_SERVICE.test(clauses[first - 1]!.body)))) first--
  return {
    range: [Math.min(cs, clauses[first]!.start), Math.max(ce, clauses[last]!.end)],
    before: clauses.slice(0, first),
    after: clauses.slice(last + 1),
  }
}

/** The sentence's closing question mark, if one closes it. */
function closingQuestionMark(sentence: Sentence): Range | undefined {
  const m = sentence.normalized.match(/[?？]+(?=\s*$)/u)
  return m ? [sentence.start + m.index!, sentence.start + m.index! + m[0].length] : undefined
}

/**
 * Where a clause rewrite of the hit goes: over the frame, with the joint to
 * the rest of the sentence smoothed, and the question mark of a question
 * frame turned into a full stop.
 */
export function placeClause(sentence: Sentence, hitRange: Range, rewrite: string, reply: string, next?: Sentence, leadsIn = false): Placement {
  const en = sentence.language === 'en'
  const frame = frameAround(sentence, hitRange)
  let [start, end] = frame.range
  // 都跟你说了不能退 -> 再跟您确认一下，不能退: a frame that leads into a statement
  // in its own clause gives way to the rewrite, and the statement stays.
  const [clauseStart, clauseEnd] = clauseAround(sentence, hitRange[0], hitRange[1])
  if (!en && leadsIn && hitRange[0] === clauseStart && clauseEnd - hitRange[1] >= 2) {
    const rest = reply.slice(hitRange[1], clauseEnd)
    // A refusal stays inside the reminder's frame (都跟你说了不能退): said afresh
    // it would need its own reason, so the clause rewrite takes it whole.
    if (!/[吗么嘛][呢呀啊]?$/.test(rest) && !/[不没别無无]/.test(rest)) return {range: [start, hitRange[1]], before: '', after: '，'}
  }
  let after = ''
  const question = closingQuestionMark(sentence)
  if (question && !frame.after.length) {
    // "这都不会吗？" -> "没关系，这边一步步教您。"; before more text an announcing rewrite takes a colon.
    end = question[1]
    after = en ? '.' : next && ZH_ANNOUNCES.test(rewrite) ? '：' : '。'
    return {range: [start, end], before: '', after}
  }
  if (en && frame.after.length) {
    const joint = reply.slice(end, frame.after[0]!.start)
    const following = frame.after[0]!.body
    if (/^\s*,\s*$/.test(joint) && EN_INSTRUCTION_START.test(following)) {
      end = frame.after[0]!.start
      after = ': '
    } else if (/^\s*,\s*$/.test(joint) && EN_SUBJECT_START.test(following) && !EN_LEADS_IN.test(rewrite)) {
      end = frame.after[0]!.start
      after = ', and '
    }
    // "How many times do I have to tell you, the code is case-sensitive?": the
    // question was the frame; what is left states a fact.
    if (question && !EN_QUESTION_START.test(following)) {
      after += reply.slice(end, question[0])
      end = question[1]
      after += '.'
    }
  }
  return {range: [start, end], before: '', after}
}

/**
 * Drops a frame that says nothing of its own ("As anyone can see, …",
 * 这不是很明显吗？): its clause and joint, or its whole sentence when the
 * next one carries the information. Undefined when nothing would be left.
 */
export function dropFrame(sentence: Sentence, hitRange: Range, reply: string, next?: Sentence): Placement | undefined {
  const frame = frameAround(sentence, hitRange)
  const [start, end] = frame.range
  if (frame.after.length) {
    // "As anyone can see, the box was sealed." -> "The box was sealed."
    const nextClause = frame.after[0]!
    const first = reply[nextClause.start]!
    if (frame.before.length) {
      // "The box, as anyone can see, was sealed." -> "The box was sealed."
      const cut = jointBefore(reply, start, COMMAS)
      return cut >= 0 ? {range: [cut, nextClause.start], before: '', after: sentence.language === 'en' ? ' ' : ''} : undefined
    }
    return {range: [start, nextClause.start + 1], before: '', after: sentence.language === 'en' ? first.toUpperCase() : first}
  }
  if (frame.before.length) {
    // "The box was sealed, as anyone can see." -> "The box was sealed."
    const cut = jointBefore(reply, start, COMMAS_AND_SEMICOLONS)
    return cut >= 0 ? {range: [cut, end], before: '', after: ''} : undefined
  }
  if (next && next.start >= sentence.end) return {range: [sentence.start, next.start], before: '', after: ''}
  return undefined
}

const COMMAS = codeUnitSet(',，')
const COMMAS_AND_SEMICOLONS = codeUnitSet(',，;；')

/**
 * Where the joint that ends right at `end` starts (a mark of `marks` with
 * any white space around it), or -1 when the text before `end` does not end
 * in one: what reply.slice(0, end).search(/\s*[,，]\s*$/) finds, read
 * backwards from `end` instead of tried at every offset of the reply.
 */
function jointBefore(reply: string, end: number, marks: ReadonlySet<number>): number {
  let at = end
  while (at > 0 && isWhiteSpaceCode(reply.charCodeAt(at - 1))) at--
  if (at === 0 || !marks.has(reply.charCodeAt(at - 1))) return -1
  at--
  while (at > 0 && isWhiteSpaceCode(reply.charCodeAt(at - 1))) at--
  return at
}
