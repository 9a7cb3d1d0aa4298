// Findings of one rule in one sentence are siblings: "Your parcel will
// definitely arrive, I promise" holds two absolute promises, and each
// finding's own rewrite fixes its words and leaves the other's standing. An
// agent who takes either rewrite still sends a promise. So each sibling
// whose own rewrite leaves the others standing is offered, first, the
// rewrite of the sentence with all the siblings' rewrites planned together
// (the planner and the seam tidying of the whole-reply rewrite). The rule's
// own suggestions stay behind it, and a fix stays what it was: --fix changes
// only what each rule marked as meaning-preserving.
import type {RawReport} from '../context.js'
import type {Range, Sentence} from '../types.js'
import {editOf} from './plan.js'
import {applyEdits} from './reply-rewrite.js'

/**
 * Prepends the composed sentence rewrite to each sibling's suggestions that
 * lacks it, for the reports of `rules`. `text` is the reply the reports'
 * ranges refer to, `sentences` its sentences in order. Costs only where a
 * sentence holds siblings.
 */
export function composeSiblings(text: string, sentences: readonly Sentence[], reports: readonly RawReport[], rules: ReadonlySet<string>): void {
  if (reports.length < 2) return
  const groups = new Map<string, {sentence: Sentence; reports: RawReport[]}>()
  for (const r of reports) {
    if (!rules.has(r.ruleId)) continue
    const sentence = sentenceAt(sentences, r.range[0])
    if (!sentence) continue
    const key = `${r.ruleId}\u0000${sentence.index}`
    const group = groups.get(key)
    if (group) group.reports.push(r)
    else groups.set(key, {sentence, reports: [r]})
  }
  for (const {sentence, reports: siblings} of groups.values()) if (siblings.length > 1) compose(text, sentence, siblings)
}

function compose(text: string, sentence: Sentence, group: readonly RawReport[]): void {
  const {start, end} = sentence
  const own = group.map(r => editOf(r))
  const edits = own.filter(e => e !== undefined)
  // A rewrite reaching outside the sentence (a rule that rewrites a clause
  // pair across a full stop) is not composed here: the whole-reply rewrite
  // plans those.
  if (edits.length < 2 || edits.some(e => e.range[0] < start || e.range[1] > end)) return
  const rewritten = applyEdits(text.slice(start, end), edits.map(e => ({...e, range: [e.range[0] - start, e.range[1] - start]})))
  if (!rewritten.changed) return
  const composed = narrowed(text, start, end, rewritten.text, [Math.min(...edits.map(e => e.range[0])), Math.max(...edits.map(e => e.range[1]))])
  group.forEach((r, i) => {
    const edit = own[i]
    if (edit && sameResult(text, edit, composed)) return
    // A later suggestion of the rule's that already says the same moves to the front, once.
    const again = r.suggestions.findIndex(s => sameResult(text, s, composed))
    if (again >= 0) {
      r.suggestions.unshift(...r.suggestions.splice(again, 1))
      return
    }
    r.suggestions.unshift({text: composed.text, range: composed.range, message: `Replace with “${composed.text}”`, placeholder: rewritten.needsInput})
  })
}

/** The sentence's rewrite cut down to the part that changed, never narrower than the edits' span. */
function narrowed(text: string, start: number, end: number, rewritten: string, span: Range): {text: string; range: Range} {
  const original = text.slice(start, end)
  let prefix = 0
  const maxPrefix = Math.min(span[0] - start, rewritten.length)
  while (prefix < maxPrefix && original[prefix] === rewritten[prefix]) prefix++
  let suffix = 0
  const maxSuffix = Math.min(end - span[1], rewritten.length - prefix)
  while (suffix < maxSuffix && original[original.length - 1 - suffix] === rewritten[rewritten.length - 1 - suffix]) suffix++
  return {text: rewritten.slice(prefix, rewritten.length - suffix), range: [start + prefix, end - suffix]}
}

/** Whether applying `edit` to the text gives what the composed rewrite gives. */
function sameResult(text: string, edit: {range: Range; text: string}, composed: {range: Range; text: string}): boolean {
  const from = Math.min(edit.range[0], composed.range[0])
  const to = Math.max(edit.range[1], composed.range[1])
  const apply = (e: {range: Range; text: string}) => text.slice(from, e.range[0]) + e.text + text.slice(e.range[1], to)
  return apply(edit) === apply(composed)
}

/** The sentence holding offset `at` (sentences are in order and do not overlap). */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (at < s.start) hi = mid - 1
    else if (at >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}
