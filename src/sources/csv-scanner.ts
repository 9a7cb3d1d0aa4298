// An RFC 4180 reader that keeps the source position of every field and of
// every character inside quoted fields (a doubled quote is one character in
// the value but two in the file). csv-parse's `raw` drops the "\n" of "\r\n"
// record ends and rejects files that mix line endings, so positions are
// computed here; the grammar is small.
import {SourceError, describeChar} from './problems.js'
import type {StringNode} from './tree.js'
import type {Line} from './lines.js'

export interface CsvField extends StringNode {
  quoted: boolean
  /** Source offset just past the field's last character (before a closing quote). */
  end: number
}

export interface CsvRecord {
  fields: CsvField[]
  /** Source offset of the record's first character. */
  start: number
}

const escapeQuoted = (text: string) => text.replace(/"/g, '""')

/** Records of `text` from offset `from`; throws SourceError on an unclosed or misplaced quote. */
export function parseCsv(text: string, delimiter: string, from = 0): CsvRecord[] {
  const records: CsvRecord[] = []
  const d = delimiter.charCodeAt(0)
  let pos = from
  const n = text.length
  while (pos < n) {
    const record: CsvRecord = {fields: [], start: pos}
    for (;;) {
      let field: CsvField
      if (text.charCodeAt(pos) === 34) {
        const open = pos
        const start = pos + 1
        let value = ''
        let offsets: number[] | undefined
        let at = start
        for (;;) {
          const q = text.indexOf('"', at)
          if (q < 0) throw new SourceError('quoted field is never closed (a quote inside a quoted field is written "")', open)
          if (text.charCodeAt(q + 1) === 34) {
            offsets ??= range(start, at)
            for (let k = at; k <= q; k++) offsets.push(k)
            value += text.slice(at, q + 1)
            at = q + 2
            continue
          }
          if (offsets) for (let k = at; k < q; k++) offsets.push(k)
          value += text.slice(at, q)
          if (offsets) offsets.push(q)
          pos = q + 1
          field = {kind: 'string', value, start, quoted: true, end: q, encode: escapeQuoted, ...(offsets ? {offsets} : {})}
          break
        }
        const c = text.charCodeAt(pos)
        if (pos < n && c !== d && c !== 10 && c !== 13)
          throw new SourceError(`unexpected ${describeChar(text[pos])} after the closing quote of a field (a quote inside a quoted field is written "")`, pos)
      } else {
        const start = pos
        while (pos < n) {
          const c = text.charCodeAt(pos)
          if (c === d || c === 10 || c === 13) break
          pos++
        }
        field = {kind: 'string', value: text.slice(start, pos), start, quoted: false, end: pos}
      }
      record.fields.push(field)
      if (pos < n && text.charCodeAt(pos) === d) {
        pos++
        continue
      }
      if (text.charCodeAt(pos) === 13) pos++
      if (text.charCodeAt(pos) === 10) pos++
      break
    }
    const blank = record.fields.length === 1 && !record.fields[0]!.quoted && record.fields[0]!.value === ''
    if (!blank) records.push(record)
  }
  return records
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}

/** A record's lines, with its first line's number and offset. */
export interface RecordLines {
  text: string
  line: number
  offset: number
}

/** A record may span this many characters at most when read line by line; beyond, its quote is taken as never closed. */
export const MAX_RECORD = 1 << 20

/**
 * Groups lines into whole records: a line with an odd number of quotes
 * opens (or closes) a quoted field that continues on the next line.
 */
export function* recordLines(lines: Iterable<Line>): Generator<RecordLines> {
  let current: RecordLines | undefined
  let open = false
  for (const line of lines) {
    if (!current) current = {text: '', line: line.number, offset: line.offset}
    current.text += line.text + line.eol
    let quotes = 0
    for (let i = line.text.indexOf('"'); i >= 0; i = line.text.indexOf('"', i + 1)) quotes++
    if (quotes % 2) open = !open
    if (open && current.text.length > MAX_RECORD) {
      throw new SourceError(`quoted field opened on line ${current.line} is never closed (or holds more than ${MAX_RECORD} characters)`)
    }
    if (!open) {
      yield current
      current = undefined
    }
  }
  if (current) yield current
}
