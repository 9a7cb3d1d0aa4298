// Plans the rewrites of several findings into one set of edits that can be
// applied together. Findings of different rules may overlap: a sentence-level
// rewrite and a word-level one in the same sentence, or two rules on one
// span. Overlapping ranges applied blindly make garbage, so each group of
// overlapping edits becomes one edit: inner edits are carried into the
// outer rewrite when it kept the inner text, otherwise the outer one wins
// (it rewrote that text); for equal spans a fix wins over a suggestion.
import type {Range} from '../types.js'

/** What the planner needs of a finding (a Finding or a rule's raw report). */
export interface RewriteCandidate {
  suggestions: ReadonlyArray<{text: string; range: Range; placeholder?: boolean}>
  fix?: {text: string; range: Range}
}

/** One replacement of the plan. */
export interface Edit {
  range: Range
  text: string
  /** A meaning-preserving fix rather than a suggestion. */
  fix: boolean
  placeholder: boolean
}

/** A finding's rewrite as an edit: its fix, or else its first suggestion. */
export function editOf(candidate: RewriteCandidate): Edit | undefined {
  if (candidate.fix) return {range: candidate.fix.range, text: candidate.fix.text, fix: true, placeholder: false}
  const first = candidate.suggestions[0]
  if (!first) return undefined
  return {range: first.range, text: first.text, fix: false, placeholder: Boolean(first.placeholder)}
}

function overlaps(a: Range, b: Range): boolean {
  if (a[0] === a[1] || b[0] === b[1]) return a[0] === b[0] && a[1] === b[1] ? true : a[0] < b[1] && b[0] < a[1]
  return a[0] < b[1] && b[0] < a[1]
}

function contains(outer: Range, inner: Range): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1]
}

/** Which of two overlapping edits stands for their group: the larger span, then a fix, then the earlier. */
function outranks(a: Edit, b: Edit): boolean {
  const la = a.range[1] - a.range[0]
  const lb = b.range[1] - b.range[0]
  if (la !== lb) return la > lb
  if (a.fix !== b.fix) return a.fix
  return false
}

/**
 * Non-overlapping edits in text order, from edits in any order. `text` is
 * the text the ranges refer to (inner edits are located in the outer
 * rewrite by the text they replace).
 */
export function planEdits(text: string, edits: readonly Edit[]): Edit[] {
  const sorted = edits
    .filter(e => e.range[0] >= 0 && e.range[1] <= text.length && e.range[0] <= e.range[1])
    .sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
  const planned: Edit[] = []
  let group: Edit[] = []
  let groupEnd = -1
  const close = () => {
    if (group.length === 1) planned.push(group[0]!)
    else if (group.length) planned.push(mergeGroup(text, group))
    group = []
  }
  for (const edit of sorted) {
    if (group.length && (edit.range[0] < groupEnd || group.some(g => overlaps(g.range, edit.range)))) {
      group.push(edit)
      groupEnd = Math.max(groupEnd, edit.range[1])
      continue
    }
    close()
    group = [edit]
    groupEnd = edit.range[1]
  }
  close()
  return planned
}

/** One edit for a group of overlapping ones. */
function mergeGroup(text: string, group: Edit[]): Edit {
  let outer = group[0]!
  for (const e of group) if (outranks(e, outer)) outer = e
  const inner = group.filter(e => e !== outer && contains(outer.range, e.range) && e.range[0] < e.range[1] && !sameEdit(e, outer))
  // Inner edits that overlap each other: the one that outranks stays.
  const kept: Edit[] = []
  for (const e of inner.sort((a, b) => a.range[0] - b.range[0])) {
    const clash = kept.findIndex(k => overlaps(k.range, e.range))
    if (clash < 0) kept.push(e)
    else if (outranks(e, kept[clash]!)) kept[clash] = e
  }
  // Where each inner edit's original words stand in the outer rewrite: the
  // occurrence nearest to where they stood in the original.
  const placed: Array<{at: number; length: number; edit: Edit}> = []
  for (const e of kept) {
    const original = text.slice(e.range[0], e.range[1])
    const at = nearestOccurrence(outer.text, original, e.range[0] - outer.range[0])
    if (at < 0) continue
    if (placed.some(p => at < p.at + p.length && p.at < at + original.length)) continue
    placed.push({at, length: original.length, edit: e})
  }
  let merged = outer.text
  for (const p of placed.sort((a, b) => b.at - a.at)) merged = merged.slice(0, p.at) + p.edit.text + merged.slice(p.at + p.length)
  return {
    range: outer.range,
    text: merged,
    fix: outer.fix && placed.every(p => p.edit.fix),
    placeholder: outer.placeholder || placed.some(p => p.edit.placeholder),
  }
}

function sameEdit(a: Edit, b: Edit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text
}

/** The occurrence of `word` in `text` nearest to `near` that stands as a whole word; -1 if none. */
function nearestOccurrence(text: string, word: string, near: number): number {
  let best = -1
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!wholeWordAt(text, i, word.length)) continue
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  return best
}

function wholeWordAt(text: string, at: number, length: number): boolean {
  const latin = /[A-Za-z0-9]/
  const before = text[at - 1]
  const after = text[at + length]
  const first = text[at]!
  const last = text[at + length - 1]!
  if (before && latin.test(before) && latin.test(first)) return false
  if (after && latin.test(after) && latin.test(last)) return false
  return true
}

/** The text with planned (non-overlapping, ordered) edits applied, and where each edit's text now stands. */
export function applyPlanned(text: string, planned: readonly Edit[]): {output: string; seams: Range[]} {
  let output = ''
  let cursor = 0
  const seams: Range[] = []
  for (const e of planned) {
    output += text.slice(cursor, e.range[0])
    const start = output.length
    output += e.text
    seams.push([start, output.length])
    cursor = e.range[1]
  }
  return {output: output + text.slice(cursor), seams}
}
