// Converts UTF-16 offsets to 1-based line/column pairs, ESLint style.

export interface Position {
  line: number
  column: number
}

/** Line starts of a text; a line ends at \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    // indexOf searches natively, many times faster than a loop over the
    // characters; a text without carriage returns needs nothing else.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
      return
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  position(offset: number): Position {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - this.starts[lo]! + 1}
  }

  get lineCount(): number {
    return this.starts.length
  }
}
