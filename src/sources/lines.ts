// Line-by-line reading, for formats whose records never span lines (JSONL)
// or span them only inside quotes (CSV): each line with its 1-based number
// and its offset in the input, line terminator excluded.

export interface Line {
  text: string
  number: number
  /** UTF-16 offset of the line's first character in the whole input. */
  offset: number
  /** The line terminator that followed the line ('' at the end of the input). */
  eol: string
}

/** The lines of a text; `number`: the first line's (a piece of a larger file starts further on). */
export function* linesOf(text: string, number = 1): Generator<Line> {
  let offset = 0
  while (offset < text.length) {
    let end = text.indexOf('\n', offset)
    if (end < 0) end = text.length
    const body = end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end
    yield {text: text.slice(offset, body), number, offset, eol: text.slice(body, end + 1)}
    offset = end + 1
    number++
  }
}
