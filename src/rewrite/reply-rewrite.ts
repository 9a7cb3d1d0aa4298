// The whole-reply rewrite: for a reply with findings, the reply with every
// finding's rewrite (its fix, or else its first suggestion) applied at once,
// planned so overlapping rewrites do not collide and tidied at the seams.
import type {Range, ReplyRewrite, ReplySpan} from '../types.js'
import {applyPlanned, editOf, planEdits, type Edit, type RewriteCandidate} from './plan.js'
import {tidySeams} from './tidy.js'

/** A reply's text with the candidates' rewrites applied; ranges are offsets in `text`. */
export function rewriteText(text: string, candidates: readonly RewriteCandidate[]): {text: string; needsInput: boolean; changed: boolean} {
  const edits: Edit[] = []
  for (const c of candidates) {
    const edit = editOf(c)
    if (edit) edits.push(edit)
  }
  return applyEdits(text, edits)
}

/** A text with edits (in any order, possibly overlapping) planned, applied and tidied at their seams. */
export function applyEdits(text: string, edits: readonly Edit[]): {text: string; needsInput: boolean; changed: boolean} {
  if (!edits.length) return {text, needsInput: false, changed: false}
  const planned = planEdits(text, edits)
  const {output, seams} = applyPlanned(text, planned)
  const tidied = tidySeams(output, seams)
  return {text: tidied, needsInput: planned.some(e => e.placeholder), changed: tidied !== text}
}

/** A candidate whose ranges are moved by `-offset` (from the linted text into one reply). */
function shifted(c: RewriteCandidate, offset: number): RewriteCandidate {
  const move = (r: Range): Range => [r[0] - offset, r[1] - offset]
  return {
    suggestions: c.suggestions.map(s => ({text: s.text, range: move(s.range), placeholder: s.placeholder})),
    ...(c.fix ? {fix: {text: c.fix.text, range: move(c.fix.range)}} : {}),
  }
}

/**
 * The whole-reply rewrites of a linted text: one for each reply holding
 * findings with a rewrite, in text order. `text` is the text the findings'
 * ranges refer to (a LintResult's `output` when it was fixed, else its
 * source); `replies` are the LintResult's reply spans (the whole text is one
 * reply without them). A rewrite whose range would reach outside its reply
 * is left out of that reply's rewrite. Linear in the text and the findings.
 *
 * ```ts
 * const result = await lint(text)
 * const [whole] = rewriteReplies(text, result.findings, result.replies)
 * ```
 */
export function rewriteReplies(
  text: string,
  findings: ReadonlyArray<RewriteCandidate & {range: Range}>,
  replies: readonly Pick<ReplySpan, 'range'>[] = [{range: [0, text.length]}],
): ReplyRewrite[] {
  const rewrites: ReplyRewrite[] = []
  if (!findings.length) return rewrites
  const byStart = [...findings].sort((a, b) => a.range[0] - b.range[0])
  let next = 0
  for (const reply of replies) {
    const [start, end] = reply.range
    while (next < byStart.length && byStart[next]!.range[0] < start) next++
    const inReply: RewriteCandidate[] = []
    for (let i = next; i < byStart.length && byStart[i]!.range[0] <= end; i++) {
      const f = byStart[i]!
      if (f.range[1] > end) continue
      const within = (r: Range) => r[0] >= start && r[1] <= end
      const suggestions = f.suggestions.filter(s => within(s.range))
      const fix = f.fix && within(f.fix.range) ? f.fix : undefined
      if (!fix && !suggestions.length) continue
      inReply.push(shifted({suggestions, ...(fix ? {fix} : {})}, start))
    }
    if (!inReply.length) continue
    const rewritten = rewriteText(text.slice(start, end), inReply)
    if (rewritten.changed) rewrites.push({text: rewritten.text, range: [start, end], needsInput: rewritten.needsInput})
  }
  return rewrites
}
