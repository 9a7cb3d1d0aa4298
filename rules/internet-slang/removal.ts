// Where to cut when slang is simply removed ("lol", "冲鸭"): the cut takes the
// space or comma beside the word with it, so the sentence left behind has no
// double space, no dangling comma and, in English, still opens with a capital.
import type {Range} from '../../src/types.js'

export interface Span {
  start: number
  end: number
}

export interface Removal {
  range: Range
  /** Usually empty; the next word's capital letter when the cut opens a sentence. */
  text: string
}

const SPACE = /[ \t\u00a0\u3000]/
/** Marks that separate parts of a sentence; one of them goes with the removed word. */
const PAUSE = /[,;:，、；：]/
const WORD_CHAR = /[\p{L}\p{N}]/u
/** What may follow a word that ends its sentence. */
const TERMINAL_ONLY = /^[\s.!?。！？~～…]*$/u

const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c)

/**
 * The edit that removes `range` from `text`, inside `sentence`.
 * `capitalise` asks for the next word to take a capital when the removed
 * word opened the sentence ("lol you entered…" -> "You entered…").
 */
export function removalEdit(text: string, sentence: Span, range: Range, capitalise: boolean): Removal {
  const [start, end] = range
  let after = end
  while (after < sentence.end && isSpace(text[after])) after++
  let before = start
  while (before > sentence.start && isSpace(text[before - 1])) before--
  const pauseAfter = after < sentence.end && PAUSE.test(text[after]!)
  const pauseBefore = before > sentence.start && PAUSE.test(text[before - 1]!)
  const opensSentence = !WORD_CHAR.test(text.slice(sentence.start, start))

  if (opensSentence) {
    let cut = pauseAfter ? after + 1 : after
    while (cut < sentence.end && isSpace(text[cut])) cut++
    if (TERMINAL_ONLY.test(text.slice(cut, sentence.end))) {
      // The word is the whole sentence: drop the sentence and the space before it.
      let from = start
      while (from > 0 && isSpace(text[from - 1])) from--
      return {range: [from, sentence.end], text: ''}
    }
    const next = text.slice(cut).match(/^[a-z]+\b/)?.[0]
    // Only a plain lower-case word is capitalised: "iPhone" keeps its spelling.
    if (capitalise && next && next !== 'i') return {range: [start, cut + 1], text: next[0]!.toUpperCase()}
    return {range: [start, cut], text: ''}
  }
  const endsClause = after >= sentence.end || !WORD_CHAR.test(text[after]!)
  // "Sorry lol, we…" / "sorry, lol!" : cut the word with the space or comma before it.
  if (pauseAfter || endsClause) return {range: [pauseBefore ? before - 1 : before, end], text: ''}
  // "arrive lol tomorrow": cut the word with the space after it.
  return {range: [start, after], text: ''}
}
