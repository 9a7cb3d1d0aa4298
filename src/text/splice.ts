// Fitting a rewrite into the text around it: a replacement is written for the
// span it replaces, but it is read with what stands before and after it. These
// adjustments keep the seam clean: no doubled space or word, no comma left
// hanging, no question mark after a statement, a capital at a sentence start.
import type {Range} from '../types.js'

export interface Splice {
  text: string
  range: Range
}

const HAN = /[\u3400-\u9fff]/
/** The team as a Chinese subject, which a rewrite may repeat (我们|我们会尽力…). */
const ZH_TEAM = /^(?:我们|这边|咱们)/

/**
 * How much text before a seam the adjustments look at. They only need the
 * last word and the spaces or commas next to the seam; looking at the whole
 * prefix with end-anchored patterns cost time proportional to the offset, so
 * a long reply with many findings was quadratic.
 */
const SEAM_CONTEXT = 200

const LETTER_OR_APOSTROPHE = /^[\p{L}']$/u
const SPACE = /\s/

/**
 * The word (letters and apostrophes) that ends `text` before trailing white
 * space, as /([\p{L}']+)\s+$/u captures it, found from the end: that
 * end-anchored pattern tried every position of the text.
 */
function lastWordBeforeSpace(text: string): string | undefined {
  let end = text.length
  while (end > 0 && SPACE.test(text[end - 1]!)) end--
  if (end === text.length) return undefined
  let start = end
  while (start > 0) {
    const low = text.charCodeAt(start - 1)
    const pair = low >= 0xdc00 && low <= 0xdfff && start > 1 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff
    const width = pair ? 2 : 1
    if (!LETTER_OR_APOSTROPHE.test(text.slice(start - width, start))) break
    start -= width
  }
  return start < end ? text.slice(start, end) : undefined
}

const CLAUSE_END = /[,;:.!?，；：。！？]/

/** Whether `text` is empty or ends in clause punctuation and white space, as /(?:^|[,;:.!?，；：。！？]\s*)$/ tells, found from the end. */
function endsClause(text: string): boolean {
  if (!text.length) return true
  let end = text.length
  while (end > 0 && SPACE.test(text[end - 1]!)) end--
  return end > 0 && CLAUSE_END.test(text[end - 1]!)
}

function isQuestionEnd(text: string): boolean {
  return /[?？吗么嗎麼]$/.test(text.trim())
}

/**
 * Adjusts a replacement so that, applied to `text`, it reads as part of the
 * sentence. `sentenceStart` is where the sentence holding the range begins.
 */
export function fitSplice(text: string, splice: Splice, sentenceStart: number): Splice {
  let [start, end] = splice.range
  let out = splice.text
  const chinese = HAN.test(out) || HAN.test(text.slice(start, end))
  const before = text.slice(Math.max(0, start - SEAM_CONTEXT), start)

  if (out === '') {
    // "It is, definitely, here" -> drop one of the surrounding separators.
    const after = text.slice(end)
    if (/[ \t]$/.test(before) && /^[ \t]/.test(after)) end += after.match(/^[ \t]+/)![0].length
    else if (/[ \t]$/.test(before) && /^[,.;:!?，。；：！？]/.test(after)) start -= before.match(/[ \t]+$/)![0].length
    else if (/[,，]\s*$/.test(before) && /^\s*[,，]/.test(after)) end += after.match(/^\s*[,，]\s*/)![0].length
    // "For sure, we'll…" removed at a sentence start: the next word takes the capital.
    if (start === sentenceStart && !chinese) {
      const rest = text.slice(end)
      const lead = rest.match(/^[\s,]*/)![0]
      const letter = rest[lead.length]
      if (letter && /\p{Ll}/u.test(letter) && !/^i\b/.test(rest.slice(lead.length))) {
        end += lead.length + 1
        out = letter.toUpperCase()
      } else end += lead.length
    }
    return {text: out, range: [start, end]}
  }

  if (chinese) {
    // 我们⟦我们会尽力确保⟧ -> 我们会尽力确保.
    const team = out.match(ZH_TEAM)?.[0]
    if (team && before.endsWith(team)) out = out.slice(team.length)
  } else {
    // "we'll ⟦we'll do our best⟧": a word repeated across the seam.
    const lastBefore = lastWordBeforeSpace(before)
    const firstOut = out.match(/^([\p{L}']+)\s/u)?.[1]
    if (lastBefore && firstOut && lastBefore.toLowerCase() === firstOut.toLowerCase()) out = out.slice(firstOut.length).trimStart()
    const lastOut = out.match(/\s([\p{L}']+)$/u)?.[1]
    const firstAfter = text.slice(end).match(/^\s+([\p{L}']+)/u)?.[1]
    if (lastOut && firstAfter && lastOut.toLowerCase() === firstAfter.toLowerCase()) out = out.slice(0, out.length - lastOut.length).trimEnd()
    // No doubled space at either seam.
    if (/\s$/.test(out) && /^\s/.test(text.slice(end))) out = out.trimEnd()
    if (/^\s/.test(out) && /\s$/.test(before)) out = out.trimStart()
  }

  // A question clause replaced by a statement: "How many times…? The fee is $5."
  const question = text.slice(end).match(/^\s*[?？]+/)
  const wholeClause = endsClause(text.slice(sentenceStart, start))
  if (question && wholeClause && !isQuestionEnd(out)) {
    end += question[0].length
    out += chinese ? '。' : '.'
  }
  return {text: out, range: [start, end]}
}

/** What fitSplices asks of the reply (a RuleContext answers): the sentence holding an offset. */
export interface SentenceFinder {
  sentenceAt(offset: number): {start: number} | undefined
}

/**
 * Fits each suggestion of a finding; `sentences` finds the sentence of an
 * offset (a splice outside every sentence fits as if at the reply's start).
 * It takes the finder rather than a callback: rules made a closure per hit
 * for it, and in a long run those short-lived closures were compiled again
 * and again.
 */
export function fitSplices<T extends Splice>(text: string, splices: T[], sentences: SentenceFinder): T[] {
  // A loop and push rather than map: optimised code's map makes holey
  // arrays, the interpreter's packed ones, and the code reading suggestions
  // that met only one kind is thrown away when the other turns up.
  const fitted: T[] = []
  for (const s of splices) fitted.push({...s, ...fitSplice(text, s, sentences.sentenceAt(s.range[0])?.start ?? 0)})
  return fitted
}
