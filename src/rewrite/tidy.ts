// Tidies the seams of applied edits: a rewrite is written for the span it
// replaces, but it is read with what stands around it, and several rewrites
// in one sentence meet each other. These adjustments know no rule: a capital
// at a sentence start, no doubled space, punctuation or word, a/an before
// the next word, and full-width punctuation between Chinese characters.
import type {Range} from '../types.js'
import {isHanCode} from '../text/chinese.js'
import {isAsciiLetterCode, isWhiteSpaceCode} from '../text/code-units.js'

/** How far from a seam the adjustments look. */
const WINDOW = 48

/** `text` with the seams of its edits tidied; `seams` are the ranges the edits' texts occupy. */
export function tidySeams(text: string, seams: readonly Range[]): string {
  const boundaries = [...new Set(seams.flatMap(s => [s[0], s[1]]))].sort((a, b) => b - a)
  // Right to left: what is changed at one seam moves only the text after it.
  // The text is held as the untouched original up to `head`, then `pending`
  // (tidied, within reach of the seams to come), then `done` (out of reach,
  // leftmost piece last): each seam copies only its window, so a reply with
  // thousands of seams is tidied in linear time.
  let head = text.length
  let pending = ''
  const done: string[] = []
  let doneLength = 0
  for (let i = 0; i < boundaries.length; i++) {
    const p = boundaries[i]!
    // Seams are distinct and descending, so each window starts left of the last.
    const from = Math.max(0, p - WINDOW)
    const to = Math.min(head + pending.length + doneLength, p + WINDOW)
    // A tidy that shortened the text can bring finished text back in reach.
    while (to > head + pending.length && done.length) {
      const piece = done.pop()!
      doneLength -= piece.length
      pending += piece
    }
    const window = text.slice(from, Math.min(head, to)) + pending.slice(0, Math.max(0, to - head))
    pending = tidyAt(window, p - from, from === 0) + text.slice(Math.min(head, to), head) + pending.slice(Math.max(0, to - head))
    head = from
    const next = boundaries[i + 1]
    const reach = next === undefined ? 0 : next + WINDOW - head
    if (reach < pending.length) {
      const piece = pending.slice(Math.max(0, reach))
      done.push(piece)
      doneLength += piece.length
      pending = pending.slice(0, Math.max(0, reach))
    }
  }
  done.push(pending, text.slice(0, head))
  return done.reverse().join('')
}

const TERMINAL = '.!?。！？'
const COMMA = ',，;；:：'
const FULL_WIDTH: Record<string, string> = {',': '，', '.': '。', '!': '！', '?': '？', ';': '；', ':': '：'}

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && isHanCode(ch.charCodeAt(0))
}

function isChineseSide(ch: string | undefined): boolean {
  return isHan(ch) || (ch !== undefined && '，。！？；：、“”‘’（）《》【】「」'.includes(ch))
}

/** One seam tidied: `w` is the text around it, `p` the seam's place in it, `atStart` whether `w` begins the text. */
function tidyAt(w: string, p: number, atStart: boolean): string {
  // Spaces at the seam: one at most, none before punctuation, none between Chinese characters.
  let s = p
  while (s > 0 && w[s - 1] === ' ') s--
  let e = p
  while (e < w.length && w[e] === ' ') e++
  if (e - s > 0) {
    const before = w[s - 1]
    const after = w[e]
    let keep = ' '
    // Indentation is the writer's; spaces left at a line's end are not.
    if (before === undefined || before === '\n') keep = w.slice(s, e)
    else if (after === undefined || after === '\n') keep = ''
    else if ((COMMA.includes(after) || TERMINAL.includes(after)) && !(after === '.' && w[e + 1] === '.')) keep = ''
    // Chinese chat breaks clauses with a space: one kept on one side of the
    // seam is the writer's and becomes a comma; spaces the edit left on both
    // sides go.
    else if (isHan(before) && isHan(after) && e - s === 1 && (s === p || e === p)) keep = '，'
    else if (isChineseSide(before) && isChineseSide(after)) keep = ''
    w = w.slice(0, s) + keep + w.slice(e)
    p = Math.min(p, s + keep.length)
  }
  w = tidyPunctuation(w, p)
  w = fullWidth(w, p)
  w = repeatedWord(w, p)
  w = article(w, p)
  w = capital(w, p, atStart)
  return w
}

/** ",," "。。" ",." "!." at the seam: one mark, the stronger one. */
function tidyPunctuation(w: string, p: number): string {
  for (let i = Math.max(1, p - 1); i <= Math.min(w.length - 1, p + 1); i++) {
    const a = w[i - 1]!
    const b = w[i]!
    const aMark = TERMINAL.includes(a) || COMMA.includes(a)
    const bMark = TERMINAL.includes(b) || COMMA.includes(b)
    if (!aMark || !bMark) continue
    // An ellipsis is not a doubled full stop.
    if (a === '.' && b === '.' && (w[i - 2] === '.' || w[i + 1] === '.')) continue
    const keepFirst = TERMINAL.includes(a) || !TERMINAL.includes(b)
    return keepFirst ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i - 1) + w.slice(i)
  }
  return w
}

/** Half-width punctuation at a seam between Chinese text becomes full-width. */
function fullWidth(w: string, p: number): string {
  for (let i = Math.max(0, p - 1); i <= Math.min(w.length - 1, p); i++) {
    const mark = FULL_WIDTH[w[i]!]
    if (!mark) continue
    if (!isChineseSide(w[i - 1])) continue
    const next = w[i + 1]
    if (next === undefined || next === '\n' || isChineseSide(next) || next === ' ') {
      const rest = next === ' ' && isChineseSide(w[i + 2]) ? w.slice(i + 2) : w.slice(i + 1)
      return w.slice(0, i) + mark + rest
    }
  }
  return w
}

/** "the the", "we we" across a seam: the second goes. */
function repeatedWord(w: string, p: number): string {
  // The seam may fall between the words or inside the space between them.
  let s = p
  while (s < w.length && w[s] === ' ') s++
  // The word and white space just before s, read backwards (what
  // /([A-Za-z]+)(\s+)$/ finds in w.slice(0, s), without trying every start).
  let start = s
  while (start > 0 && isWhiteSpaceCode(w.charCodeAt(start - 1))) start--
  let wordStart = start
  while (wordStart > 0 && isAsciiLetterCode(w.charCodeAt(wordStart - 1))) wordStart--
  if (start === s || wordStart === start) return w
  const left = w.slice(wordStart, start)
  const right = /^([A-Za-z]+)\b/.exec(w.slice(s))
  if (!right) return w
  if (left.toLowerCase() !== right[1]!.toLowerCase()) return w
  if (left.length === 1 && left !== 'a' && left !== 'A') return w
  return w.slice(0, start) + w.slice(s + right[1]!.length)
}

/** Words spelled with a vowel that sound a consonant, and the other way round. */
const CONSONANT_SOUND = /^(?:uni(?!nt|mp|nf|nd)|us[eu]|ur[ea]|uti|eu|one\b|once|ewe)/i
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i

function wantsAn(word: string): boolean {
  // Initialisms are read letter by letter: an FAQ, a URL.
  if (/^[A-Z]{2,}\b/.test(word)) return /^[AEFHILMNORSX]/.test(word)
  if (VOWEL_SOUND.test(word)) return true
  if (CONSONANT_SOUND.test(word)) return false
  return /^[aeiou]/i.test(word)
}

/** "a" or "an" touching the seam, matched to the word after it. */
function article(w: string, p: number): string {
  const re = /\b(a|an|A|An)(\s+)([A-Za-z][\w'-]*)/g
  for (let m = re.exec(w); m; m = re.exec(w)) {
    const start = m.index
    const end = start + m[0].length
    if (end < p || start > p) continue
    const an = wantsAn(m[3]!)
    const isAn = m[1]!.length === 2
    if (an === isAn) continue
    const capital = m[1]![0] === 'A'
    const fixed = an ? (capital ? 'An' : 'an') : capital ? 'A' : 'a'
    return w.slice(0, start) + fixed + w.slice(start + m[1]!.length)
  }
  return w
}

/** A sentence that now begins at the seam begins with a capital. */
function capital(w: string, p: number, atStart: boolean): string {
  let i = p
  while (i < w.length && (w[i] === ' ' || w[i] === '"' || w[i] === '“' || w[i] === '(')) i++
  const ch = w[i]
  if (!ch || !/[a-z]/.test(ch)) return w
  // An identifier or brand written in lower case keeps it (iPhone, eBay, example.com).
  const word = /^[\w.@/:-]+/.exec(w.slice(i))?.[0] ?? ''
  if (/[A-Z0-9@/]/.test(word.slice(1)) || /\.[a-z]/.test(word)) return w
  let j = i
  while (j > 0 && (w[j - 1] === ' ' || w[j - 1] === '"' || w[j - 1] === '“' || w[j - 1] === '(')) j--
  const prev = w[j - 1]
  const sentenceStart = prev === undefined ? atStart : prev === '\n' || (TERMINAL.includes(prev) && (j < i || TERMINAL.slice(3).includes(prev)))
  if (!sentenceStart) return w
  return w.slice(0, i) + ch.toUpperCase() + w.slice(i + 1)
}
