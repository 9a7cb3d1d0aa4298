// Splits a reply into sentences with their offsets, in one linear pass.

export interface SentenceSpan {
  start: number
  end: number
}

/**
 * Sentences longer than this are cut at a space or comma so that no later
 * stage (syntax parsing, word segmentation) ever sees an unbounded string.
 */
export const MAX_SENTENCE_LENGTH = 1000

const CJK_TERMINATORS = new Set(['。', '！', '？', '；', '…', '!', '?'])
const CLOSERS = new Set(['"', "'", '”', '’', ')', '）', '」', '』', '】', ']'])

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000'
}

/** Offsets where a sentence ends (exclusive). */
function boundaries(text: string): number[] {
  const ends: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text[i]!
    if (c === '\n' || c === '\r') {
      ends.push(i)
      i++
      continue
    }
    const fullwidth = CJK_TERMINATORS.has(c) && c !== '!' && c !== '?'
    if (c === '.' || c === '!' || c === '?' || fullwidth) {
      let j = i + 1
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CJK_TERMINATORS.has(text[j]!))) j++
      while (j < n && CLOSERS.has(text[j]!)) j++
      // A Latin stop ends a sentence only before a space or the end:
      // "4.5", "example.com" and "e.g.x" do not.
      if (fullwidth || j >= n || isSpace(text[j]) || text[j] === '\n' || text[j] === '\r' || /[\u3400-\u9fff]/.test(text[j]!)) {
        ends.push(j)
        i = j
        continue
      }
      i = j
      continue
    }
    i++
  }
  ends.push(n)
  return ends
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return start < end ? {start, end} : undefined
}

function cutLong(text: string, span: SentenceSpan, out: SentenceSpan[]): void {
  let {start} = span
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    let cut = start + MAX_SENTENCE_LENGTH
    const floor = start + MAX_SENTENCE_LENGTH / 2
    for (let k = cut; k > floor; k--) {
      const c = text[k - 1]!
      if (isSpace(c) || c === ',' || c === '，' || c === '、') {
        cut = k
        break
      }
    }
    // Never cut a surrogate pair in two.
    const code = text.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut++
    const piece = trimSpan(text, start, cut)
    if (piece) out.push(piece)
    start = cut
  }
  const rest = trimSpan(text, start, span.end)
  if (rest) out.push(rest)
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = []
  let start = 0
  for (const end of boundaries(text)) {
    if (end > start) {
      const span = trimSpan(text, start, end)
      if (span) cutLong(text, span, out)
    }
    start = end
  }
  return out
}
