// Finds the parts of a reply that are not the agent's own wording: quotes of
// the customer, URLs, e-mail addresses, code, order numbers, handles. Phrase
// matches inside them are not the agent speaking and are skipped.

import {someMatch} from './matches.js'

export type ProtectedKind = 'url' | 'email' | 'code' | 'quote' | 'identifier' | 'handle'

export interface ProtectedSpan {
  kind: ProtectedKind
  start: number
  end: number
}

// A pattern that scans a run of characters may only start where the run
// starts (the lookbehinds below): started anywhere inside a long run it
// rescans the rest of the run each time, which is quadratic on a long token
// ("aaaa…", "a.a.a.…", a pasted base64 blob).
//
// Each pattern comes with characters every match of it holds: a text without
// any of them is not searched (most replies hold no backtick, @ or #, and
// Chinese ones seldom a full stop), which spares a look-behind at every position.
const PATTERNS: Array<[ProtectedKind, RegExp, readonly string[]]> = [
  ['code', /`[^`\n]+`/g, ['`']],
  ['url', /\b(?:https?:\/\/|www\.)[^\s<>"'“”，。）]+|\b(?<![a-z0-9-]|[a-z0-9-]\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|uk|cn|tw|hk|shop|store|help)(?:\/[^\s<>"'“”，。）]*)?/gi, ['.', '://']],
  ['email', /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ['@']],
  ['handle', /(?<![\w@])[@#][\w]+/g, ['@', '#']],
  // Order numbers, tracking codes, masked ids: a token of letters and digits
  // with at least one digit and five characters or more, or [订单x]-style masks.
  ['identifier', /(?<![\w-])(?=[\w-]*\d)[A-Za-z0-9][\w-]{4,}(?![\w-])|\[[^\]\n]{1,12}\]/g, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '[']],
]

function holdsAny(text: string, marks: readonly string[]): boolean {
  for (const mark of marks) if (text.includes(mark)) return true
  return false
}

const PAIRED_QUOTES: Array<[string, string]> = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
]

const MAX_QUOTE = 400

function findQuotes(text: string, out: ProtectedSpan[]): void {
  for (const [open, close] of PAIRED_QUOTES) {
    let from = 0
    // The first closer after the current opener, kept while it is still ahead:
    // searching afresh from every opener made many unclosed quotes quadratic.
    let end = -1
    for (;;) {
      const start = text.indexOf(open, from)
      if (start < 0) break
      if (end <= start) end = text.indexOf(close, start + 1)
      // No closer after this opener means none after any later opener either.
      if (end < 0) break
      if (end - start > MAX_QUOTE) {
        from = start + 1
        continue
      }
      out.push({kind: 'quote', start, end: end + 1})
      from = end + 1
    }
  }
  findSingleQuotes(text, out)
}

const WORD = /[\p{L}\p{N}]/u

/**
 * Single quotes double as apostrophes ("can't", "customers'"), so a quote
 * opens only after a space or punctuation and closes only before one.
 */
function findSingleQuotes(text: string, out: ProtectedSpan[]): void {
  for (const q of ["'", '‘']) {
    const closer = q === '‘' ? '’' : "'"
    // Whether a closer may close at k depends on k alone, so the next closer and
    // the next line break are found once and reused by every opener before
    // them: linear, where a fresh scan per opener cost up to MAX_QUOTE each.
    const closesAt = (k: number) => !WORD.test(text[k + 1] ?? ' ') && !/\s/.test(text[k - 1]!)
    let nextCloser = -1
    let nextBreak = -1
    let from = 0
    for (;;) {
      const start = text.indexOf(q, from)
      if (start < 0) break
      from = start + 1
      const before = text[start - 1]
      const after = text[start + 1]
      if ((before && WORD.test(before)) || !after || /\s/.test(after)) continue
      if (nextBreak < start + 2) {
        const k = text.indexOf('\n', start + 2)
        nextBreak = k < 0 ? Infinity : k
      }
      if (nextCloser < start + 2) {
        let k = text.indexOf(closer, start + 2)
        while (k >= 0 && !closesAt(k)) k = text.indexOf(closer, k + 1)
        nextCloser = k < 0 ? Infinity : k
      }
      const end = nextCloser < nextBreak && nextCloser - start <= MAX_QUOTE ? nextCloser : -1
      if (end < 0) continue
      out.push({kind: 'quote', start, end: end + 1})
      from = end + 1
    }
  }
}

export function findProtectedSpans(text: string): ProtectedSpan[] {
  const out: ProtectedSpan[] = []
  for (const [kind, pattern, marks] of PATTERNS) {
    if (holdsAny(text, marks)) someMatch(pattern, text, m => void out.push({kind, start: m.index, end: m.index + m[0].length}))
  }
  const quotes: ProtectedSpan[] = []
  findQuotes(text, quotes)
  // A quote around the whole reply is how some exports wrap text, not a
  // quotation of the customer.
  const body = text.trim().length
  for (const q of quotes) if (q.end - q.start < body * 0.9) out.push(q)
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * Protected spans sorted by start, with the running maximum of their ends, so
 * an overlap query is a binary search plus a short walk back instead of a
 * scan from the start of the reply (which made long replies quadratic).
 */
export class ProtectedIndex {
  private readonly maxEnd: number[] = []

  constructor(readonly spans: readonly ProtectedSpan[]) {
    let max = -1
    for (const s of spans) this.maxEnd.push((max = Math.max(max, s.end)))
  }

  /** Whether [start, end) overlaps a span of one of the given kinds. */
  overlaps(start: number, end: number, kinds?: readonly ProtectedKind[]): boolean {
    const {spans} = this
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (spans[mid]!.start < end) lo = mid + 1
      else hi = mid
    }
    for (let k = lo - 1; k >= 0 && this.maxEnd[k]! > start; k--) {
      const s = spans[k]!
      if (s.end > start && (!kinds || kinds.includes(s.kind))) return true
    }
    return false
  }
}
