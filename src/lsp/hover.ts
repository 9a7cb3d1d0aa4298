// Hover over a finding: why it hurts the customer, the rule's explanation
// from its README (the text `--explain` prints) and a link to the whole of it.
import type {Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Finding, Range} from '../types.js'
import {ruleDocs, ruleDocsUrl} from '../rules-loader.js'
import {lspRange} from './diagnostics.js'
import {ruleOf, type DocumentLint} from './document-lint.js'

/** A README's section under a `## title` heading, without the heading. */
function section(markdown: string, title: RegExp): string | undefined {
  const lines = markdown.split(/\r?\n/)
  const at = lines.findIndex(l => /^##\s/.test(l) && title.test(l.replace(/^##\s+/, '')))
  if (at < 0) return undefined
  const rest = lines.slice(at + 1)
  const end = rest.findIndex(l => /^#{1,2}\s/.test(l))
  const text = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  return text || undefined
}

/** The README's opening paragraph: what the rule flags, its severity. */
function lead(markdown: string): string | undefined {
  for (const block of markdown.split(/\r?\n\s*\r?\n/)) {
    const text = block.trim()
    if (text && !text.startsWith('#')) return text
  }
  return undefined
}

/** The markdown shown for one finding. */
export function findingHoverText(finding: Finding, lint: DocumentLint): string {
  const rule = ruleOf(lint, finding.ruleId)
  const readme = ruleDocs(finding.ruleId)
  const href = ruleDocsUrl(rule, finding.ruleId)
  const parts = [`**${finding.ruleId}** (${finding.severity}): ${finding.message}`]
  const explanation = readme && [lead(readme), section(readme, /^why\b/i)].filter(Boolean).join('\n\n')
  if (explanation) parts.push(explanation)
  else if (rule) parts.push(rule.meta.description)
  const rewrites = finding.suggestions.map(s => `- “${s.text}”${s.placeholder ? ' (fill in the [bracketed] part)' : ''}`)
  if (rewrites.length) parts.push(`Rewrites (see the quick fixes):\n${rewrites.join('\n')}`)
  if (href) parts.push(`[${finding.ruleId} documentation](${href})`)
  return parts.join('\n\n')
}

/** The findings under an offset (one that ends there counts too: the cursor just after a word). */
export function findingsAt(lint: DocumentLint, offset: number): Finding[] {
  return (lint.result?.findings ?? []).filter(f => f.range[0] <= offset && offset <= f.range[1])
}

export function hoverAt(document: TextDocument, lint: DocumentLint, offset: number): Hover | null {
  const findings = findingsAt(lint, offset)
  if (!findings.length) return null
  const range: Range = [Math.min(...findings.map(f => f.range[0])), Math.max(...findings.map(f => f.range[1]))]
  return {contents: {kind: 'markdown', value: findings.map(f => findingHoverText(f, lint)).join('\n\n---\n\n')}, range: lspRange(document, range)}
}
