// Transcripts as text: one turn per speaker label, continuation lines
// included. Recognised line shapes:
//   Agent: ... / Customer: ... / 客服：... / 买家：...      (a label and a colon)
//   [10:32] Anna (agent): ... / 2024-05-20 14:02 Anna: ...  (a time, a label)
//   12/03/2024, 10:32 - Anna: ...                             (WhatsApp, Android)
//   [12/03/2024, 10:32:05] Anna: ...                          (WhatsApp, iOS)
//   tb_小林2023 2024-05-20 14:02:11  + text on the next lines   (千牛 / 旺旺)
// Only agent turns are linted (see speakers.ts).
import type {Reply} from '../engine.js'
import type {SourceFormat, SourceOptions} from './index.js'
import {SpeakerSelection, speakerFromLabel, roleOfLabel, type SpeakerInfo} from './speakers.js'
import {linesOf, type Line} from './lines.js'

export interface Turn {
  speaker: SpeakerInfo
  /** The turn's text: source offsets, continuation lines included, trailing blank lines excluded. */
  start: number
  end: number
}

const MARKS = '[\\u200e\\u200f]*'
const DATE = '\\d{1,4}[-/.] ?\\d{1,4}[-/.] ?\\d{1,4}'
const TIME = '\\d{1,2}[.:]\\d{2}(?:[.:]\\d{2})?(?:\\s?[APap]\\.?\\s?[Mm]\\.?)?'
/** WhatsApp message prefixes; the rest of the line is `Name: text` or a system message. */
const WHATSAPP = [new RegExp(`^${MARKS}${DATE},? ${TIME} - `), new RegExp(`^${MARKS}\\[${DATE},? ${TIME}\\] `)]
/** An optional time stamp before a label: [10:32], 10:32, [2024-05-20 14:02:11], 2024-05-20 14:02. */
const STAMP = new RegExp(`^\\[?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[ T])?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+`)
/** 千牛 / 旺旺 header: `nickname date time` or `date time nickname`, alone on its line. */
const QIANNIU = [
  /^(\S.{0,39}?)\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/,
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(\S.{0,39}?)\s*$/,
]
/** `Label: text` or `Label：text`; an ASCII colon must be followed by a space or the line end. */
const LABEL = /^([^\s:：][^:：]{0,39}?)\s*(?::(?=\s|$)|：)\s*/

/** Labels that introduce a field of a reply, not a speaker. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'ps', 'p.s', 'tip', 'tips', 're', 'fyi', 'subject', 'warning', 'important', 'update', 'q', 'a', 'question',
  'answer', 'name', 'email', 'e-mail', 'phone', 'tel', 'address', 'order', 'order number', 'order id', 'tracking', 'tracking number',
  'date', 'time', 'total', 'price', 'amount', 'status', 'reason', 'example', 'step', 'hours', 'opening hours', 'url', 'link',
  '注意', '备注', '提示', '温馨提示', '注', '订单号', '订单编号', '地址', '电话', '时间', '日期', '快递单号', '物流单号', '运单号',
  '价格', '金额', '原因', '问', '答', '问题', '回答', '例如', '链接', '营业时间', '地址如下',
])

interface Header {
  label: string
  /** Where the turn's text starts (after the label, or on the next line). */
  textStart: number
  /** A WhatsApp system line or attachment: ends the previous turn, starts none. */
  system?: boolean
}

function validLabel(label: string): boolean {
  const l = label.trim()
  if (!l || l.length > 40 || l.split(/\s+/).length > 5) return false
  if (/[.!?,;。，！？；"“”<>]/.test(l.replace(/^p\.s$/i, 'ps')) || /^(?:https?|ftp|mailto|www)$/i.test(l) || /^\d+$/.test(l)) return false
  return !NOT_SPEAKERS.has(l.toLowerCase())
}

/** A line's header in "stamped" files (WhatsApp, 千牛): time stamps are required. */
function stampedHeader(line: Line): Header | undefined {
  for (const re of WHATSAPP) {
    const m = re.exec(line.text)
    if (!m) continue
    const rest = line.text.slice(m[0].length)
    const label = /^([^:]{1,60}?): /.exec(rest) ?? /^([^:]{1,60}?):$/.exec(rest)
    if (!label) return {label: '', textStart: line.offset + line.text.length, system: true}
    return {label: label[1]!, textStart: line.offset + m[0].length + label[0].length}
  }
  for (const re of QIANNIU) {
    const m = re.exec(line.text)
    if (m) return {label: m[1]!, textStart: line.offset + line.text.length + line.eol.length}
  }
  return undefined
}

/** A line's header in "labelled" files: an optional time stamp, a speaker label and a colon. */
function labelledHeader(line: Line): Header | undefined {
  const stamp = STAMP.exec(line.text)?.[0] ?? ''
  const m = LABEL.exec(line.text.slice(stamp.length))
  if (!m || !validLabel(m[1]!)) return undefined
  return {label: m[1]!.trim(), textStart: line.offset + stamp.length + m[0].length}
}

const SAMPLE_LINES = 400

/**
 * Whether a text is a transcript, and which header shape it uses. Stamped:
 * at least two WhatsApp or 千牛 headers. Labelled: at least two labelled
 * lines, making up at least half of the non-empty lines, where some label is
 * a known role (agent, 客服, customer, 买家, ...) or some speaker talks twice.
 * Checked on the first 400 non-empty lines.
 */
export function transcriptKind(text: string): 'stamped' | 'labelled' | undefined {
  let nonEmpty = 0
  let stamped = 0
  let labelled = 0
  let knownRole = false
  const counts = new Map<string, number>()
  for (const line of linesOf(text)) {
    if (!line.text.trim()) continue
    if (++nonEmpty > SAMPLE_LINES) break
    if (stampedHeader(line)) stamped++
    const h = labelledHeader(line)
    if (h) {
      labelled++
      const key = h.label.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
      if (roleOfLabel(h.label) === 'agent' || roleOfLabel(h.label) === 'customer') knownRole = true
    }
  }
  if (stamped >= 2) return 'stamped'
  const repeated = [...counts.values()].some(n => n >= 2) && counts.size >= 2
  if (labelled >= 2 && labelled * 2 >= nonEmpty && (knownRole || repeated)) return 'labelled'
  return undefined
}

/** The turns of a transcript. */
export function parseTranscript(text: string, kind = transcriptKind(text) ?? 'labelled'): Turn[] {
  const header = kind === 'stamped' ? stampedHeader : labelledHeader
  const turns: Turn[] = []
  let open: {speaker: SpeakerInfo; start: number; end: number} | undefined
  const close = () => {
    if (open && open.end > open.start) turns.push(open)
    open = undefined
  }
  for (const line of linesOf(text)) {
    const h = header(line)
    if (h) {
      close()
      if (!h.system) open = {speaker: speakerFromLabel(h.label), start: h.textStart, end: h.textStart}
      if (open && h.textStart <= line.offset + line.text.length) open.end = trimmedEnd(text, h.textStart, line.offset + line.text.length)
      continue
    }
    if (open && line.text.trim()) open.end = trimmedEnd(text, line.offset, line.offset + line.text.length)
  }
  close()
  return turns
}

function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--
  return to
}

/** Attachments and omitted media are not words anyone wrote. */
const PLACEHOLDER = /^[\u200e\u200f]*<[^<>]*(?:omitted|attached|省略|已忽略)[^<>]*>$/i

/** The agent turns of a transcript as replies; a notice goes to `options.onProblem` when no turn counted as the agent's. */
export function transcriptReplies(text: string, options: SourceOptions, kind?: 'stamped' | 'labelled'): Reply[] {
  const selection = new SpeakerSelection(options.speakers)
  const replies: Reply[] = []
  for (const turn of parseTranscript(text, kind)) {
    const body = text.slice(turn.start, turn.end)
    if (PLACEHOLDER.test(body.trim())) continue
    if (!selection.accepts(turn.speaker)) continue
    replies.push({text: body, start: turn.start, speaker: turn.speaker.name})
  }
  selection.reportNotice(options.onProblem)
  return replies
}

export const transcript: SourceFormat = {
  name: 'transcript',
  extensions: [],
  description: 'a chat transcript as text: speaker-labelled lines (Agent: ..., 客服：...), WhatsApp and 千牛 exports',
  split(text, _filePath, options = {}) {
    return transcriptReplies(text, options)
  },
}
