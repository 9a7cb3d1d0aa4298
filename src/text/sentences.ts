// Splits a reply into sentences with their offsets, in one linear pass.
import {isWhiteSpaceCode} from './whitespace.js'

export interface SentenceSpan {
  start: number
  end: number
}

/**
 * Sentences longer than this are cut at a space or comma so that no later
 * stage (syntax parsing, word segmentation) ever sees an unbounded string.
 */
export const MAX_SENTENCE_LENGTH = 1000

// Read as UTF-16 code units: indexing a string for a Han character makes a
// new one-character string, and this runs over every character of every reply.
const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const FULL_STOP = 0x2e
const EXCLAMATION = 0x21
const QUESTION = 0x3f

/** Full-width sentence ends: 。！？；… */
function isFullwidthTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026
}

function isTerminator(c: number): boolean {
  return c === FULL_STOP || c === EXCLAMATION || c === QUESTION || isFullwidthTerminator(c)
}

/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ） 」 』 】 ] */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0xff09 || c === 0x300d || c === 0x300f || c === 0x3011 || c === 0x5d
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000'
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000
}

/** Offsets where a sentence ends (exclusive). */
function boundaries(text: string): number[] {
  const ends: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === LINE_FEED || c === CARRIAGE_RETURN) {
      ends.push(i)
      i++
      continue
    }
    const fullwidth = isFullwidthTerminator(c)
    if (c === FULL_STOP || c === EXCLAMATION || c === QUESTION || fullwidth) {
      let j = i + 1
      while (j < n && isTerminator(text.charCodeAt(j))) j++
      while (j < n && isCloser(text.charCodeAt(j))) j++
      // A Latin stop ends a sentence only before a space or the end:
      // "4.5", "example.com" and "e.g.x" do not.
      const next = j < n ? text.charCodeAt(j) : -1
      if (fullwidth || j >= n || isSpaceCode(next) || next === LINE_FEED || next === CARRIAGE_RETURN || (next >= 0x3400 && next <= 0x9fff)) {
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
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
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
