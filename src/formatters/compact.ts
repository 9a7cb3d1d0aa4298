// One line per finding, in ESLint's compact shape:
// `path: line 3, col 7, Warning - message (rule-id)`.
import type {Formatter} from './types.js'
import {displayPath, plural, severityWord} from './display.js'

export const compact: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const f of result.findings)
      lines.push(`${file}: line ${f.line}, col ${f.column}, ${severityWord(f.severity)} - ${oneLine(f.message)} (${f.ruleId})`)
  }
  return lines.length ? `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n` : ''
}

/** Messages are one sentence, but a line-based format must never break a line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
