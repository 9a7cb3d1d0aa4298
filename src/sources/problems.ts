// What a source reports about its input: a malformed file (SourceError,
// thrown: nothing in the file can be trusted) or a problem with one part of
// it (SourceProblem, reported: the rest of the file is still linted).
import {LineIndex} from '../text/positions.js'

export interface SourceProblem {
  message: string
  /** 1-based position in the file, when the problem has one. */
  line?: number
  column?: number
  /** Whether the problem makes the run fail (exit 2), as malformed input does. */
  fatal: boolean
}

/** Malformed input: the file cannot be read as its format. `offset` is in the text. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message)
  }

  /** The problem with its offset turned into a line and column of `text`. */
  toProblem(text: string, base: {line: number; column: number} = {line: 1, column: 1}): SourceProblem {
    if (this.offset === undefined) return {message: this.message, fatal: true}
    const at = new LineIndex(text).position(Math.min(this.offset, text.length))
    return {message: this.message, line: base.line + at.line - 1, column: at.line === 1 ? base.column + at.column - 1 : at.column, fatal: true}
  }
}

/** A short, printable quote of a character, for error messages. */
export function describeChar(c: string | undefined): string {
  if (c === undefined || c === '') return 'end of input'
  if (c === '\n' || c === '\r') return 'a line break'
  if (c === '\t') return 'a tab'
  return `'${c}'`
}
