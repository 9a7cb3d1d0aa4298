// How formatters name files and severities, so every report agrees.
import path from 'node:path'
import type {FileResult} from '../files.js'
import type {Finding, Severity} from '../types.js'

/** A file's path relative to the working directory, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.isAbsolute(filePath) ? path.relative(cwd, filePath) || filePath : filePath
  return relative.split(path.sep).join('/')
}

/** ESLint's capitalised severity words ("Error", "Warning"), plus "Info". */
export function severityWord(severity: Severity): string {
  return severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Info'
}

/** The text findings' offsets refer to: the fixed text when fixes were applied. */
export function lintedText(result: FileResult): string | undefined {
  return result.output ?? result.source
}

/** The best rewrite of a finding: its fix, or else its first suggestion. */
export function bestRewrite(finding: Finding): {text: string; range: [number, number]} | undefined {
  return finding.fix ?? finding.suggestions[0]
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
