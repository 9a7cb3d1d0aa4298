// Line-by-line reading, for formats whose records never span lines (JSONL)
// and for streaming: each line with its 1-based number and its offset in the
// whole input, line terminator excluded.

export interface Line {
  text: string
  number: number
  /** UTF-16 offset of the line's first character in the whole input. */
  offset: number
  /** The line terminator that followed the line ('' at the end of the input). */
  eol: string
}

/** The lines of a text. */
export function* linesOf(text: string): Generator<Line> {
  let number = 1
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

/** The lines of a stream of text chunks, without holding more than one line. */
export async function* streamLines(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  let pending = ''
  let number = 1
  let offset = 0
  const emit = (raw: string, eol: string): Line => {
    const cr = raw.endsWith('\r')
    const line = {text: cr ? raw.slice(0, -1) : raw, number, offset, eol: cr ? `\r${eol}` : eol}
    number++
    offset += raw.length + eol.length
    return line
  }
  for await (const chunk of chunks) {
    pending += chunk
    let from = 0
    for (;;) {
      const end = pending.indexOf('\n', from)
      if (end < 0) break
      yield emit(pending.slice(from, end), '\n')
      from = end + 1
    }
    pending = pending.slice(from)
  }
  if (pending) yield emit(pending, '')
}
