// GitHub Actions workflow commands: each finding becomes an annotation on the
// pull request's diff. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type {Formatter} from './types.js'
import type {Finding, Severity} from '../types.js'
import {bestRewrite, displayPath, lintedText} from './display.js'

const COMMAND: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Escaping for a command's message (the data after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escaping for a property value, where `:` and `,` also delimit. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(file: string, f: Finding, text: string | undefined): string {
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(f.ruleId)}`,
  ]
  const rewrite = bestRewrite(f)
  const replaced = rewrite && text !== undefined ? text.slice(rewrite.range[0], rewrite.range[1]) : f.actual
  const message = rewrite ? `${f.message}\nRewrite: “${replaced}” → “${rewrite.text}”` : f.message
  return `::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(message)}`
}

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    for (const f of result.findings) lines.push(annotation(file, f, lintedText(result)))
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}
