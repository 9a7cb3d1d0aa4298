// Where a directive that silences one finding can be written, in the comment
// syntax of the file's format (see directives.ts). Each place is tried on a
// copy of the text and kept only when the file still reads as the same
// replies and the directive does silence the finding: a `#` line inside a
// YAML block scalar is reply text, not a comment, and a field added to a JSON
// object must not change which messages the reader finds.
import type {Reply} from '../engine.js'
import type {Finding, Range} from '../types.js'
import {applyDirectives, commentStyleOf, jsonObjects, lineEnd, lineStart} from '../directives.js'

export interface TextInsertion {
  /** Offset in the source where `text` goes. */
  at: number
  text: string
}

export interface DirectiveEdit {
  /** What the directive covers: the finding's line, or (where no line comment can go) the reply that holds it. */
  scope: 'line' | 'reply'
  insertions: TextInsertion[]
}

/**
 * The edit that silences `finding` with an inline directive naming its rule,
 * or undefined when none can be written without changing the replies (CSV,
 * whose rows have no room for one, or text the format cannot read).
 * `split` reads the source as the linter did.
 */
export function disableDirectiveEdit(source: string, format: string, split: (text: string) => Reply[], finding: Finding): DirectiveEdit | undefined {
  let before: Reply[]
  try {
    before = split(source)
  } catch {
    return undefined
  }
  for (const candidate of candidates(source, format, finding, before)) {
    if (keepsReplies(source, format, split, before, candidate) && silences(source, format, finding, candidate)) return candidate
  }
  return undefined
}

/** The places to try, best first. */
function candidates(source: string, format: string, finding: Finding, replies: readonly Reply[]): DirectiveEdit[] {
  const rule = finding.ruleId
  const at = finding.range[0]
  const start = lineStart(source, at)
  const end = lineEnd(source, at)
  const indent = /^[ \t]*/.exec(source.slice(start, end))![0]
  const eol = /\r\n|\r|\n/.exec(source)?.[0] ?? '\n'
  const trailingSpace = (text: string) => (/[ \t]$/.test(source.slice(start, end)) || start === end ? text : ` ${text}`)
  const line = (insertions: TextInsertion[]): DirectiveEdit => ({scope: 'line', insertions})
  switch (commentStyleOf(format)) {
    case 'html':
      return [
        line([{at: end, text: trailingSpace(`<!-- reply-lint-disable-line ${rule} -->`)}]),
        line([{at: start, text: `${indent}<!-- reply-lint-disable-next-line ${rule} -->${eol}`}]),
      ]
    case 'hash': {
      const found: DirectiveEdit[] = [
        line([{at: end, text: ` ${trailingSpace(`# reply-lint-disable-line ${rule}`)}`}]),
        line([{at: start, text: `${indent}# reply-lint-disable-next-line ${rule}${eol}`}]),
      ]
      // A block scalar's lines take no comment: a disable / enable pair around the entry does, before its key and after its text.
      const reply = replyAt(source, replies, at)
      if (reply) {
        const replyStart = lineStart(source, reply[0])
        const keyLines = [replyStart, replyStart > 0 ? lineStart(source, replyStart - 1) : replyStart]
        const afterEnd = afterLine(source, reply[1] > reply[0] ? reply[1] - 1 : reply[1])
        for (const key of new Set(keyLines)) {
          const keyIndent = /^[ \t]*(?:- )?/.exec(source.slice(key, lineEnd(source, key)))![0].replace('- ', '  ')
          const close = afterEnd >= source.length && !/[\r\n]$/.test(source) ? `${eol}${keyIndent}# reply-lint-enable ${rule}` : `${keyIndent}# reply-lint-enable ${rule}${eol}`
          found.push({
            scope: 'reply',
            insertions: [
              {at: key, text: `${keyIndent}# reply-lint-disable ${rule}${eol}`},
              {at: afterEnd, text: close},
            ],
          })
        }
      }
      return found
    }
    default:
      if (format === 'json' || format === 'jsonl') return jsonCandidates(source, finding, eol)
      return []
  }
}

/** A "reply-lint" field in the object that holds the finding (its "line"), or a directive string just before the finding's string. */
function jsonCandidates(source: string, finding: Finding, eol: string): DirectiveEdit[] {
  const at = finding.range[0]
  const rule = finding.ruleId
  const holding = jsonObjects(source).filter(([s, e]) => s < at && at < e)
  const found: DirectiveEdit[] = []
  // Innermost first: the message object, then the ones around it.
  for (const [open] of holding.sort((a, b) => b[0] - a[0])) {
    const space = /^[ \t]*(?:\r\n|\r|\n)?[ \t]*/.exec(source.slice(open + 1))![0]
    const field = `"reply-lint": "disable-line ${rule}",`
    found.push({scope: 'line', insertions: [{at: open + 1, text: space ? `${space}${field}` : `${field} `}]})
  }
  const quote = source.lastIndexOf('"', at)
  if (quote >= 0) {
    const lineBreak = /[\r\n]/.test(source.slice(lineStart(source, quote), quote)) ? eol : ''
    found.push({scope: 'line', insertions: [{at: quote, text: `"reply-lint-disable-next-line ${rule}", ${lineBreak}`}]})
  }
  return found
}

/** The source range of the reply that holds `offset`. */
function replyAt(source: string, replies: readonly Reply[], offset: number): Range | undefined {
  for (const reply of replies) {
    const start = reply.offsets ? reply.offsets[0]! : reply.start
    const end = reply.offsets ? reply.offsets[reply.text.length]! : reply.start + reply.text.length
    if (start <= offset && offset < Math.max(end, start + 1)) return [start, Math.min(end, source.length)]
  }
  return undefined
}

/** The offset just after the line break that ends the line holding `offset` (the text's end on its last line). */
function afterLine(source: string, offset: number): number {
  const end = lineEnd(source, offset)
  if (source.startsWith('\r\n', end)) return end + 2
  return end < source.length ? end + 1 : end
}

export function applyInsertions(source: string, insertions: readonly TextInsertion[]): string {
  let out = source
  for (const {at, text} of [...insertions].sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at)
  return out
}

/** Where a source offset moves to once the insertions are made (text inserted at the offset itself goes before it). */
function shifted(offset: number, insertions: readonly TextInsertion[]): number {
  return offset + insertions.filter(i => i.at <= offset).reduce((n, i) => n + i.text.length, 0)
}

/**
 * The edited source reads as the same replies. Plain text and Markdown keep
 * an HTML comment in the reply's text (Markdown as spaces, so offsets hold):
 * there the replies may differ by the directive and by white space; in YAML
 * and JSON a comment or a field is no part of any reply, so they must not.
 */
function keepsReplies(source: string, format: string, split: (text: string) => Reply[], before: readonly Reply[], edit: DirectiveEdit): boolean {
  let after: Reply[]
  try {
    after = split(applyInsertions(source, edit.insertions))
  } catch {
    return false
  }
  if (after.length !== before.length) return false
  const commentsInText = commentStyleOf(format) === 'html'
  const words = (text: string) => text.replace(/\s+/g, ' ').trim()
  return after.every((reply, i) => {
    const was = before[i]!.text
    if (reply.text === was) return true
    if (!commentsInText) return false
    let text = reply.text
    for (const {text: inserted} of edit.insertions) text = text.replace(inserted.trim(), '')
    return words(text) === words(was)
  })
}

function silences(source: string, format: string, finding: Finding, edit: DirectiveEdit): boolean {
  const edited = applyInsertions(source, edit.insertions)
  const range: Range = [shifted(finding.range[0], edit.insertions), shifted(finding.range[1], edit.insertions)]
  if (edited.slice(range[0], range[1]) !== source.slice(finding.range[0], finding.range[1])) return false
  return applyDirectives(edited, format, [{...finding, range}]).findings.length === 0
}
