// Splits a reply into sentences with their offsets, in one linear pass.
import {trimmedRange} from './code-units.js'

export interface SentenceSpan {
  start: number
  end: number
}

/**
 * Sentences longer than this are cut at a space or comma so that no later
 * stage (syntax parsing, word segmentation) ever sees an unbounded string.
 */
export const MAX_SENTENCE_LENGTH = 1000

// What each UTF-16 code unit is to the splitter (0: nothing), looked up in a
// table: this runs over every character of every reply, and indexing a
// string for a Han character would make a new one-character string.
const LINE_BREAK = 1
/** . ! ? */
const LATIN_STOP = 2
/** 。！？；… */
const FULLWIDTH_STOP = 3
/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ） 」 』 】 ] */
const CLOSER = 4
const ROLE = new Uint8Array(0x10000)
for (const c of '\n\r') ROLE[c.charCodeAt(0)] = LINE_BREAK
for (const c of '.!?') ROLE[c.charCodeAt(0)] = LATIN_STOP
for (const c of '。！？；…') ROLE[c.charCodeAt(0)] = FULLWIDTH_STOP
for (const c of '"\'”’)）」』】]') ROLE[c.charCodeAt(0)] = CLOSER

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u3000'
}

/** Offsets where a sentence ends (exclusive). */
function boundaries(text: string): number[] {
  const ends: number[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const role = ROLE[text.charCodeAt(i)]!
    if (role === 0 || role === CLOSER) {
      i++
      continue
    }
    if (role === LINE_BREAK) {
      ends.push(i)
      i++
      continue
    }
    let j = i + 1
    while (j < n && (ROLE[text.charCodeAt(j)] === LATIN_STOP || ROLE[text.charCodeAt(j)] === FULLWIDTH_STOP)) j++
    while (j < n && ROLE[text.charCodeAt(j)] === CLOSER) j++
    // A Latin stop ends a sentence only before a space or the end:
    // "4.5", "example.com" and "e.g.x" do not.
    const next = j < n ? text.charCodeAt(j) : -1
    if (role === FULLWIDTH_STOP || j >= n || next === 0x20 || next === 0x09 || next === 0xa0 || next === 0x3000 || ROLE[next] === LINE_BREAK || (next >= 0x3400 && next <= 0x9fff)) ends.push(j)
    i = j
  }
  ends.push(n)
  return ends
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  const range = trimmedRange(text, start, end)
  return range && {start: range[0], end: range[1]}
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

/** The normalized texts of sentences joined by single spaces: a reply as one normalized string, whatever separated its sentences. */
export function joinNormalized(sentences: ReadonlyArray<{normalized: string}>): string {
  // Concatenated rather than mapped and joined: optimised map makes holey arrays, and code that met packed ones is thrown away.
  let text = sentences.length ? sentences[0]!.normalized : ''
  for (let i = 1; i < sentences.length; i++) text += ' ' + sentences[i]!.normalized
  return text
}
