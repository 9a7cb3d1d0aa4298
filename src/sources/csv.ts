// CSV and TSV exports: one message or canned reply per row. The text column
// is --column (a header name or a 1-based number) or a guess from the header
// (text, body, message, reply, 回复, 内容, ...); the speaker column is
// --speaker-column or a guess (role, author, inbound, waiter_send, ...). The
// JDDC corpus layout (headerless TSV, 7 columns) is recognised.
import type {Reply} from '../engine.js'
import type {SegmentRead, SourceFormat, SourceOptions, SourceProblem} from './index.js'
import {MAX_RECORD, parseCsv, recordLines, type CsvField, type CsvRecord} from './csv-scanner.js'
import {SourceError} from './problems.js'
import {SpeakerSelection, speakerFromLabel, type Role, type SpeakerInfo} from './speakers.js'
import {linesOf} from './lines.js'
import {shiftReply} from './replies.js'

const TEXT_COLUMNS = [
  'text', 'body', 'message', 'reply', 'content', 'response', 'answer', 'comment', 'commentbody', 'textbody', 'body_text',
  'plain_body', 'utterance', 'macro', 'template', '回复', '回覆', '内容', '內容', '消息', '回答', '答复', '话术', '文本',
]
const SPEAKER_COLUMNS = [
  'role', 'speaker', 'author', 'sender', 'from', 'actortype', 'user_type', 'sender_type', 'author_type', 'inbound', 'is_inbound',
  'incoming', 'from_agent', 'waiter_send', '角色', '发送者', '发送方', '说话人', '发言人', '是否客服发送', '身份',
]
/** Columns whose true value means the customer wrote the row. */
const INBOUND = new Set(['inbound', 'is_inbound', 'incoming'])
/** Columns whose true value means the agent wrote the row. */
const OUTBOUND = new Set(['from_agent', 'waiter_send', '是否客服发送'])

const truthy = (v: string) => /^(?:true|1|yes|y|是)$/i.test(v.trim())
const falsy = (v: string) => /^(?:false|0|no|n|否)$/i.test(v.trim())

interface Layout {
  hasHeader: boolean
  text: number
  /** Fields from `text` to the end of the row form the text (JDDC contents with stray tabs). */
  textToEnd: boolean
  speaker?: number
  speakerName?: string
  /** Salesforce-style filter columns: rows that are events or unpublished are skipped. */
  entryType?: number
  published?: number
  privateFlag?: number
}

/** A file's layout and delimiter: what its first row decides for every row. */
type CsvLayout = Layout & {delimiter: string}

const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? undefined : r.fields[i]?.value)
const norm = (s: string) => s.trim().toLowerCase()

function looksLikeJddc(first: CsvRecord): boolean {
  const f = first.fields.map(x => x.value)
  return f.length >= 7 && /^[0-9a-f]{32}$/i.test(f[0]!) && /^[01]$/.test(f[2]!)
}

/** A first row that names columns: short labels, no sentences, no numbers. */
function looksLikeHeader(first: CsvRecord): boolean {
  return first.fields.every(f => f.value.trim() !== '' && f.value.length <= 40 && !/^[\d.,\s-]+$/.test(f.value) && !/[.!?。！？]\s*$/.test(f.value))
}

function columnIndex(spec: string, header: string[] | undefined, flag: string): number {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec)
    if (n < 1) throw new SourceError(`${flag} ${spec}: columns are numbered from 1`)
    return n - 1
  }
  const i = header ? header.findIndex(h => norm(h) === norm(spec)) : -1
  if (i < 0) throw new SourceError(`${flag} '${spec}': no such column${header ? ` (columns: ${header.join(', ')})` : ' (the file has no header row)'}`)
  return i
}

function resolveLayout(first: CsvRecord, options: SourceOptions): Layout {
  const names = first.fields.map(f => f.value.trim())
  const lower = names.map(norm)
  const known = [...TEXT_COLUMNS, ...SPEAKER_COLUMNS]
  if (!options.column && looksLikeJddc(first)) return {hasHeader: false, text: 6, textToEnd: true, speaker: 2, speakerName: 'waiter_send'}
  const hasHeader = lower.some(n => known.includes(n)) || (options.column !== undefined && !/^\d+$/.test(options.column)) || looksLikeHeader(first)
  const header = hasHeader ? names : undefined
  let text: number
  if (options.column) text = columnIndex(options.column, header, '--column')
  else {
    const guess = TEXT_COLUMNS.map(c => lower.indexOf(c)).find(i => i >= 0)
    if (guess !== undefined && header) text = guess
    else if (first.fields.length === 1) text = 0
    else
      throw new SourceError(
        `cannot tell which column holds the replies${header ? ` (columns: ${names.join(', ')})` : ''}; pass --column <name or number> (and --speaker-column for who wrote each row)`,
      )
  }
  let speaker: number | undefined
  if (options.speakerColumn) speaker = columnIndex(options.speakerColumn, header, '--speaker-column')
  else if (header) speaker = SPEAKER_COLUMNS.map(c => lower.indexOf(c)).find(i => i >= 0)
  const find = (...cols: string[]) => (header ? cols.map(c => lower.indexOf(c)).find(i => i >= 0) : undefined)
  return {
    hasHeader,
    text,
    textToEnd: false,
    speaker,
    speakerName: speaker !== undefined && header ? lower[speaker] : undefined,
    entryType: find('entrytype'),
    published: find('ispublished', 'public'),
    privateFlag: find('private', 'is_private'),
  }
}

function speakerOf(record: CsvRecord, layout: Layout): SpeakerInfo | undefined | 'skip' {
  const entryType = cell(record, layout.entryType)
  if (entryType !== undefined && entryType !== '' && norm(entryType) !== 'text') return 'skip'
  const published = cell(record, layout.published)
  if (published !== undefined && falsy(published)) return 'skip'
  const priv = cell(record, layout.privateFlag)
  if (priv !== undefined && truthy(priv)) return 'skip'
  const value = cell(record, layout.speaker)
  if (value === undefined) return undefined
  const column = layout.speakerName ?? ''
  if (INBOUND.has(column) || OUTBOUND.has(column)) {
    if (!truthy(value) && !falsy(value)) return {name: value, role: 'unknown', aliases: [value]}
    const role: Role = truthy(value) === OUTBOUND.has(column) ? 'agent' : 'customer'
    return {name: role, role, aliases: [role, value]}
  }
  return speakerFromLabel(value)
}

/** The reply of one row, if the row holds text by a linted speaker. */
function rowReply(record: CsvRecord, layout: Layout, selection: SpeakerSelection, source: string): Reply | undefined {
  const field: CsvField | undefined = record.fields[layout.text]
  if (!field) return undefined
  const speaker = speakerOf(record, layout)
  if (speaker === 'skip') return undefined
  const last = record.fields[record.fields.length - 1]!
  if (layout.textToEnd && last !== field && !field.quoted && !last.quoted) {
    const text = source.slice(field.start, last.end)
    if (!text.trim() || !selection.accepts(speaker)) return undefined
    return {text, start: field.start, ...(speaker ? {speaker: speaker.name} : {})}
  }
  if (!field.value.trim() || !selection.accepts(speaker)) return undefined
  return {
    text: field.value,
    start: field.start,
    ...(field.offsets ? {offsets: field.offsets} : {}),
    encode: field.quoted ? field.encode! : encodeUnquoted(layout),
    ...(speaker?.name ? {speaker: speaker.name} : {}),
  }
}

/** Text can go into an unquoted field only if it holds no delimiter, quote or line break. */
function encodeUnquoted(layout: Layout & {delimiter?: string}): (text: string) => string | undefined {
  const delimiter = layout.delimiter ?? ','
  return text => (text.includes(delimiter) || /["\r\n]/.test(text) ? undefined : text)
}

/** The delimiter of a file: the extension's, unless the first line only has another one (";" from European spreadsheets). */
function delimiterOf(text: string, fallback: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length)
  if (firstLine.includes(fallback)) return fallback
  for (const d of ['\t', ';', ',', '|']) if (firstLine.includes(d)) return d
  return fallback
}

function delimitedFormat(name: string, extensions: string[], defaultDelimiter: string, description: string): SourceFormat {
  return {
    name,
    extensions,
    description,
    split(text, _filePath, options = {}) {
      const delimiter = delimiterOf(text, defaultDelimiter)
      const records = parseCsv(text, delimiter)
      if (!records.length) return []
      const layout = {...resolveLayout(records[0]!, options), delimiter}
      const selection = new SpeakerSelection(options.speakers)
      const replies: Reply[] = []
      for (const record of layout.hasHeader ? records.slice(1) : records) {
        const reply = rowReply(record, layout, selection, text)
        if (reply) replies.push(reply)
      }
      selection.reportNotice(options.onProblem)
      return replies
    },
    segments: {
      records: 'quoted-lines',
      maxRecordChars: MAX_RECORD,
      headed: true,
      read(text, line, head, options, selection) {
        let layout = head as CsvLayout | undefined
        let found: CsvLayout | undefined
        const replies: Reply[] = []
        const read = (stopped?: SourceProblem): SegmentRead => ({replies, records: 0, withMessages: 0, ...(found ? {head: found} : {}), ...(stopped ? {stopped} : {})})
        try {
          for (const piece of recordLines(linesOf(text, line))) {
            let records: CsvRecord[]
            try {
              records = parseCsv(piece.text, layout?.delimiter ?? delimiterOf(piece.text, defaultDelimiter))
            } catch (error) {
              if (!(error instanceof SourceError)) throw error
              options.onProblem?.(error.toProblem(piece.text, {line: piece.line, column: 1}))
              continue
            }
            for (const record of records) {
              if (!layout) {
                layout = found = {...resolveLayout(record, options), delimiter: delimiterOf(piece.text, defaultDelimiter)}
                if (layout.hasHeader) continue
              }
              const reply = rowReply(record, layout, selection, piece.text)
              if (reply) replies.push(shiftReply(reply, piece.offset))
            }
          }
        } catch (error) {
          if (!(error instanceof SourceError)) throw error
          return read(error.toProblem(''))
        }
        return read()
      },
    },
  }
}

export const csv = delimitedFormat('csv', ['csv'], ',', 'comma-separated rows with a header; one message or canned reply per row')
export const tsv = delimitedFormat('tsv', ['tsv', 'tab'], '\t', 'tab-separated rows (JDDC chat logs among them); one message per row')
