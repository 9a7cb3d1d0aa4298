// Code actions for one finding: each of its rewrites, the rewrite of the
// whole reply when the result has one, and the inline directive that
// silences the finding's rule on its line.
import type {CodeAction, Diagnostic, TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Finding, LintResult, Range, Suggestion} from '../types.js'
import type {DirectiveEdit} from './disable-directive.js'
import {lspRange} from './diagnostics.js'

const QUICK_FIX = 'quickfix'

/** A rewrite of one whole reply (LintResult.rewrites, one per reply with findings; range: UTF-16 offsets in the linted text). */
export interface ReplyRewrite {
  text: string
  range: Range
  /** The text holds bracketed gaps the writer must fill. */
  needsInput: boolean
}

/** The whole-reply rewrites of a result, for results that carry them. */
export function rewritesOf(result: LintResult | undefined): readonly ReplyRewrite[] {
  const rewrites = (result as (LintResult & {rewrites?: unknown}) | undefined)?.rewrites
  return Array.isArray(rewrites) ? (rewrites as ReplyRewrite[]) : []
}

/** The rewrite of the reply that holds a finding. */
export function rewriteFor(result: LintResult | undefined, finding: Finding): ReplyRewrite | undefined {
  return rewritesOf(result).find(r => r.range[0] <= finding.range[0] && finding.range[1] <= r.range[1])
}

const NEEDS_INPUT = ' (needs your input: fill in the [bracketed] part before sending)'

/** A replacement as a title: quoted, and cut short past a line's worth. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`
}

export function suggestionTitle(suggestion: Suggestion): string {
  const shows = suggestion.message.includes(suggestion.text.trim()) || !suggestion.text.trim()
  const title = shows ? suggestion.message : `${suggestion.message}: ${quoted(suggestion.text)}`
  return suggestion.placeholder ? `${title}${NEEDS_INPUT}` : title
}

function editAction(document: TextDocument, title: string, diagnostic: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  return {title, kind: QUICK_FIX, diagnostics: [diagnostic], ...(preferred ? {isPreferred: true} : {}), edit: {changes: {[document.uri]: edits}}}
}

export interface FindingActionInputs {
  result?: LintResult
  /** The directive that silences the finding, where one can be written. */
  disable?: DirectiveEdit
}

export function findingActions(document: TextDocument, finding: Finding, diagnostic: Diagnostic, {result, disable}: FindingActionInputs): CodeAction[] {
  const actions: CodeAction[] = []
  const isFix = (s: Suggestion) => finding.fix !== undefined && s.text === finding.fix.text && s.range[0] === finding.fix.range[0] && s.range[1] === finding.fix.range[1]
  // The fix, which keeps the meaning exactly, is the one to prefer; else the first rewrite that needs nothing filled in.
  const preferred = finding.suggestions.find(isFix) ?? finding.suggestions.find(s => !s.placeholder)
  for (const s of finding.suggestions) {
    actions.push(editAction(document, suggestionTitle(s), diagnostic, [{range: lspRange(document, s.range), newText: s.text}], s === preferred))
  }
  const rewrite = rewriteFor(result, finding)
  if (rewrite) {
    const title = `Rewrite the whole reply: ${quoted(rewrite.text)}${rewrite.needsInput ? NEEDS_INPUT : ''}`
    actions.push(editAction(document, title, diagnostic, [{range: lspRange(document, rewrite.range), newText: rewrite.text}]))
  }
  if (disable) {
    const title = `Disable ${finding.ruleId} for this ${disable.scope}`
    const edits = disable.insertions.map(i => ({range: lspRange(document, [i.at, i.at]), newText: i.text}))
    actions.push(editAction(document, title, diagnostic, edits))
  }
  return actions
}
