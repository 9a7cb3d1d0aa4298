// Applies fixes, ESLint style: sorted by position, any fix that overlaps an
// earlier one is left for the next pass.
import type {Fix} from './types.js'

export interface AppliedFixes {
  output: string
  applied: number
  skipped: number
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let cursor = 0
  let applied = 0
  let skipped = 0
  for (const fix of sorted) {
    const [start, end] = fix.range
    if (start < cursor || start < 0 || end > text.length || end < start) {
      skipped++
      continue
    }
    output += text.slice(cursor, start) + fix.text
    cursor = end
    applied++
  }
  return {output: output + text.slice(cursor), applied, skipped}
}
