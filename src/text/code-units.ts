// Text read by UTF-16 code unit: classes of characters tested without making
// one-character strings or regex calls, for loops over every character of
// every reply.

/** The code units of `chars` (each character one code unit), for membership tests. */
export function codeUnitSet(chars: string): Set<number> {
  return new Set(Array.from(chars, c => c.charCodeAt(0)))
}

/** Whether a code unit is white space or a line terminator (/\s/). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Whether a code unit is an ASCII letter (/[A-Za-z]/). */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

/** The offsets of text[start, end) without the white space around it, or undefined when it is blank. */
export function trimmedRange(text: string, start = 0, end = text.length): [number, number] | undefined {
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++
  if (start === end) return undefined
  while (isWhiteSpaceCode(text.charCodeAt(end - 1))) end--
  return [start, end]
}
