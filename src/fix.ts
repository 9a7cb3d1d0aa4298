// Applies fixes, ESLint style: sorted by position, any fix that overlaps an
// earlier one is left for the next pass.
import type {Fix, Range} from './types.js'
import {tidySeams} from './rewrite/tidy.js'

export interface AppliedFixes {
  output: string
  applied: number
  skipped: number
}

/**
 * `tidy`: tidy the seams (a capital at a sentence start, no doubled space or
 * punctuation, a/an), as several fixes of one sentence are written each for
 * its own span.
 */
export function applyFixes(text: string, fixes: readonly Fix[], options: {tidy?: boolean} = {}): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let cursor = 0
  let applied = 0
  let skipped = 0
  const seams: Range[] = []
  for (const fix of sorted) {
    const [start, end] = fix.range
    if (start < cursor || start < 0 || end > text.length || end < start) {
      skipped++
      continue
    }
    output += text.slice(cursor, start)
    seams.push([output.length, output.length + fix.text.length])
    output += fix.text
    cursor = end
    applied++
  }
  output += text.slice(cursor)
  return {output: options.tidy && applied ? tidySeams(output, seams) : output, applied, skipped}
}
