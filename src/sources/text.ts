// Plain text: the whole file is one reply, or (--split paragraph) every
// blank-line separated paragraph is one. A .txt file that reads as a
// transcript (see transcript.ts) is linted as one: agent turns only.
import type {Reply} from '../engine.js'
import type {SourceFormat} from './index.js'
import {transcriptKind, transcriptReplies} from './transcript.js'

/** Blank-line separated paragraphs, trimmed, as slices of the text. */
export function paragraphs(text: string, from = 0, to = text.length): Reply[] {
  const replies: Reply[] = []
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) replies.push({text: text.slice(s, e), start: s})
  }
  // A run of two or more line breaks with nothing but spaces between them.
  const blank = /(?:\r?\n[ \t\f\v\u00a0\u3000]*){2,}/g
  blank.lastIndex = from
  let start = from
  for (let m = blank.exec(text); m && m.index < to; m = blank.exec(text)) {
    push(start, m.index)
    start = m.index + m[0].length
  }
  push(start, to)
  return replies
}

export const plainText: SourceFormat = {
  name: 'text',
  extensions: ['txt', 'text'],
  description: 'plain text: one reply per file (--split paragraph: one per paragraph); a file that reads as a transcript is linted as one',
  split(text, _filePath, options = {}) {
    if (!options.split) {
      const kind = transcriptKind(text)
      if (kind) return transcriptReplies(text, options, kind)
    }
    if (options.split === 'paragraph') return paragraphs(text)
    return text.trim() ? [{text, start: 0}] : []
  },
}
