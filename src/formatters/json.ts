// ESLint-compatible JSON, so tools that read ESLint's output read ours.
import type {Formatter} from './types.js'
import type {Finding} from '../types.js'
import type {FileResult} from '../files.js'

export function eslintSeverity(finding: Finding): 1 | 2 {
  return finding.severity === 'error' ? 2 : 1
}

export function toEslintMessage(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: eslintSeverity(f),
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...(f.fix ? {fix: {range: f.fix.range, text: f.fix.text}} : {}),
    suggestions: f.suggestions.map(s => ({desc: s.message, fix: {range: s.range, text: s.text}, ...(s.placeholder ? {placeholder: true} : {})})),
    // reply-lint's own fields; ESLint readers ignore them.
    level: f.severity,
    actual: f.actual,
    language: f.language,
    ...(f.speaker ? {speaker: f.speaker} : {}),
  }
}

/** One file's entry of the report. */
export function eslintResult(r: FileResult) {
  return entryWith(r, r.findings.map(toEslintMessage))
}

/** A file's entry with no messages written in it, all else as eslintResult gives it (the source too, when the file has findings). */
export function eslintResultFrame(r: FileResult) {
  return entryWith(r, [])
}

function entryWith(r: FileResult, messages: ReturnType<typeof toEslintMessage>[]) {
  return {
    filePath: r.filePath,
    messages,
    suppressedMessages: [],
    errorCount: r.errorCount,
    fatalErrorCount: 0,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(r.output !== undefined ? {output: r.output} : {}),
    ...(r.findings.length && r.source !== undefined ? {source: r.source} : {}),
    usedDeprecatedRules: [],
    // reply-lint's own field: each reply with findings, rewritten whole.
    ...(r.rewrites?.length ? {rewrites: r.rewrites.map(w => ({range: w.range, text: w.text, needsInput: w.needsInput}))} : {}),
  }
}

export const json: Formatter = results => JSON.stringify(results.map(eslintResult))
