// One line per finding, in ESLint's unix shape, which editors and grep-style
// tools parse: `path:line:col: message [Warning/rule-id]`.
import type {Formatter} from './types.js'
import {oneLine} from './compact.js'
import {displayPath, plural, severityWord} from './display.js'

export const unix: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const f of result.findings) lines.push(`${file}:${f.line}:${f.column}: ${oneLine(f.message)} [${severityWord(f.severity)}/${f.ruleId}]`)
  }
  return lines.length ? `${lines.join('\n')}\n\n${plural(lines.length, 'problem')}\n` : ''
}
