// Findings and input problems as LSP diagnostics. LSP positions are 0-based
// lines and UTF-16 characters; reply-lint's offsets are UTF-16 already, so a
// finding's range converts through the document's own line table (the same
// line breaks as the CLI's: \n, \r\n and a lone \r).
import type {Diagnostic, DiagnosticSeverity, Range as LspRange} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Finding, Range, Severity} from '../types.js'
import type {InputProblem} from '../io/inputs.js'
import {UNUSED_DIRECTIVE_RULE} from '../directives.js'
import {ruleDocsUrl} from '../rules-loader.js'
import {ruleOf, type DocumentLint} from './document-lint.js'

export const DIAGNOSTIC_SOURCE = 'reply-lint'

const SEVERITY: Record<Severity, DiagnosticSeverity> = {error: 1, warning: 2, info: 3}
/** DiagnosticTag.Unnecessary: editors fade what an unused directive covers. */
const UNNECESSARY = 1

/** What a diagnostic carries back in code action requests: the finding it stands for. */
export interface FindingRef {
  ruleId: string
  range: Range
}

export function lspRange(document: TextDocument, [start, end]: Range): LspRange {
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

export function findingDiagnostic(document: TextDocument, finding: Finding, lint: DocumentLint): Diagnostic {
  const href = ruleDocsUrl(ruleOf(lint, finding.ruleId), finding.ruleId)
  const data: FindingRef = {ruleId: finding.ruleId, range: finding.range}
  return {
    range: lspRange(document, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? {codeDescription: {href}} : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    ...(finding.ruleId === UNUSED_DIRECTIVE_RULE ? {tags: [UNNECESSARY]} : {}),
    data,
  }
}

/** A problem with the text or its config: at its line and column when it has them, else at the start. */
export function problemDiagnostic(document: TextDocument, problem: InputProblem): Diagnostic {
  const start = document.positionAt(document.offsetAt({line: Math.max(0, (problem.line ?? 1) - 1), character: Math.max(0, (problem.column ?? 1) - 1)}))
  // A placed problem marks the rest of its line, so that it shows; one without a place, the start of the document.
  const rest = problem.line !== undefined ? document.getText({start, end: {line: start.line + 1, character: 0}}).replace(/(?:\r\n|\r|\n)$/, '').length : 0
  return {
    range: {start, end: {line: start.line, character: start.character + rest}},
    severity: problem.fatal ? 1 : 2,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  }
}

export function documentDiagnostics(document: TextDocument, lint: DocumentLint): Diagnostic[] {
  return [...lint.problems.map(p => problemDiagnostic(document, p)), ...(lint.result?.findings ?? []).map(f => findingDiagnostic(document, f, lint))]
}

/** The finding a diagnostic of this server stands for, found by the reference it carries or by rule and place. */
export function findingFor(document: TextDocument, lint: DocumentLint, diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined
  const findings = lint.result?.findings ?? []
  const ref = diagnostic.data as Partial<FindingRef> | undefined
  if (ref && Array.isArray(ref.range)) {
    const hit = findings.find(f => f.ruleId === ref.ruleId && f.range[0] === ref.range![0] && f.range[1] === ref.range![1])
    if (hit) return hit
  }
  // Clients that do not send `data` back still send the range and code.
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return findings.find(f => f.ruleId === diagnostic.code && f.range[0] === start && f.range[1] === end)
}
