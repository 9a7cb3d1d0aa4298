// Markdown canned replies and knowledge-base answers. Parts nobody sends as
// wording are blanked out (replaced by spaces, so offsets stay those of the
// file): front matter, fenced and indented code, block quotes, headings
// (titles), thematic breaks and HTML comments. Inline code stays in the text
// and is skipped by the rules as code. Each paragraph and each list item is
// a reply; --split file makes the whole document one.
import type {Reply} from '../engine.js'
import type {SourceFormat} from './index.js'
import {linesOf, type Line} from './lines.js'

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUOTE = /^ {0,3}>/
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/
const BREAK_OR_UNDERLINE = /^ {0,3}(?:(?:[-*_] *){3,}|=+ *)$/
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?: \[[ xX]\])?[ \t]+/
const INDENTED = /^(?: {4}|\t)/

/** The text with everything that is not reply wording replaced by spaces (line breaks kept). */
export function maskMarkdown(text: string): string {
  const out = text.split('')
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '
  }
  // HTML comments, wherever they are (directives live in them; they are kept in the source).
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) blank(m.index, m.index + m[0].length)
  const lines = [...linesOf(text)]
  let i = 0
  // Front matter: YAML (---) or TOML (+++) at the very start.
  const fm = lines[0]?.text.match(/^(---|\+\+\+)\s*$/)
  if (fm) {
    const closing = new RegExp(`^(?:${fm[1] === '---' ? '---|\\.\\.\\.' : '\\+\\+\\+'})\\s*$`)
    const close = lines.findIndex((l, k) => k > 0 && closing.test(l.text))
    if (close > 0) {
      blank(0, lines[close]!.offset + lines[close]!.text.length)
      i = close + 1
    }
  }
  const lineEnd = (l: Line) => l.offset + l.text.length
  /** The line that closes the open fenced code block, while one is open. */
  let fenceClose: RegExp | undefined
  let previousBlank = true
  let inQuote = false
  let inList = false
  for (; i < lines.length; i++) {
    const line = lines[i]!
    const t = line.text
    const isBlank = !t.trim()
    if (fenceClose) {
      blank(line.offset, lineEnd(line))
      if (fenceClose.test(t)) fenceClose = undefined
      continue
    }
    const f = FENCE.exec(t)
    if (f) {
      const fence = f[1]!
      fenceClose = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
      blank(line.offset, lineEnd(line))
    } else if (QUOTE.test(t) || (inQuote && !isBlank)) {
      inQuote = true
      blank(line.offset, lineEnd(line))
    } else if (HEADING.test(t) || BREAK_OR_UNDERLINE.test(t)) {
      blank(line.offset, lineEnd(line))
      // A setext heading's text is the line above its underline.
      if (/^ {0,3}(?:=+|-+) *$/.test(t) && !previousBlank && i > 0) blank(lines[i - 1]!.offset, lineEnd(lines[i - 1]!))
    } else if (INDENTED.test(t) && previousBlank && !inList && !isBlank) {
      // Indented code runs until a line that is neither blank nor indented.
      for (; i < lines.length && (INDENTED.test(lines[i]!.text) || !lines[i]!.text.trim()); i++) blank(lines[i]!.offset, lineEnd(lines[i]!))
      i--
    }
    if (isBlank) inQuote = false
    if (LIST_ITEM.test(t)) inList = true
    else if (!isBlank && !/^\s/.test(t)) inList = false
    previousBlank = isBlank
  }
  return out.join('')
}

/** Paragraphs and list items of masked markdown, with list markers left out. */
function blocks(masked: string): Reply[] {
  const replies: Reply[] = []
  let current: {start: number; end: number} | undefined
  const close = () => {
    if (current && current.end > current.start) replies.push({text: masked.slice(current.start, current.end), start: current.start})
    current = undefined
  }
  for (const line of linesOf(masked)) {
    const t = line.text
    if (!t.trim()) {
      close()
      continue
    }
    const item = LIST_ITEM.exec(t)
    const contentStart = line.offset + (item ? item[0].length : t.length - t.trimStart().length)
    const end = line.offset + t.trimEnd().length
    if (item || !current) {
      close()
      current = {start: contentStart, end}
    } else current.end = end
  }
  close()
  return replies
}

export const markdown: SourceFormat = {
  name: 'markdown',
  extensions: ['md', 'markdown', 'mdx'],
  description: 'Markdown canned replies: each paragraph and list item is a reply (--split file: the whole document); code, quotes, headings and front matter are skipped',
  split(text, _filePath, options = {}) {
    const masked = maskMarkdown(text)
    if (options.split === 'file') {
      const start = masked.length - masked.trimStart().length
      const end = masked.trimEnd().length
      return end > start ? [{text: masked.slice(start, end), start}] : []
    }
    return blocks(masked)
  },
}
