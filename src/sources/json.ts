// JSON and JSONL (one JSON document per line) exports: chat logs, helpdesk
// API responses, canned-reply lists. Positions come from our own scanner, so
// a finding points inside the original JSON string, escapes included.
import type {Reply} from '../engine.js'
import type {SegmentRead, SegmentTally, SourceFormat, SourceOptions} from './index.js'
import {parseJson} from './json-scanner.js'
import {findMessages, type FoundMessage, type TreeOptions} from './messages.js'
import {SourceError} from './problems.js'
import {repliesOf} from './replies.js'
import {SpeakerSelection} from './speakers.js'
import {linesOf, type Line} from './lines.js'
import type {TreeNode} from './tree.js'

function treeOptions(options: SourceOptions): TreeOptions {
  return {textField: options.textField, speakerField: options.speakerField}
}

/** The error for a document in which no message could be found. */
export function unknownShape(what: string, options: SourceOptions): SourceError {
  if (options.textField) return new SourceError(`--text-field '${options.textField}' matched no text in this ${what}`)
  return new SourceError(
    `no replies found: this ${what} has a shape reply-lint does not know; pass --text-field <path> (the reply text inside each message, e.g. body or text.content) and --speaker-field <path> (who wrote it, e.g. author.role)`,
  )
}

function isEmptyContainer(node: TreeNode): boolean {
  return (node.kind === 'array' && node.items.length === 0) || (node.kind === 'object' && node.entries.length === 0)
}

export const json: SourceFormat = {
  name: 'json',
  extensions: ['json'],
  description: 'a JSON document: a list of messages, a conversation, a helpdesk export',
  split(text, _filePath, options = {}) {
    let root: TreeNode
    try {
      root = parseJson(text)
    } catch (error) {
      // Newline-delimited JSON saved as .json (Zendesk exports, for one).
      if (error instanceof SourceError && /after the JSON value/.test(error.message) && /^\s*[{[]/.test(text) && /\}\s*\r?\n\s*\{/.test(text))
        return jsonl.split(text, _filePath, options)
      throw error
    }
    const found = findMessages(root, treeOptions(options))
    if (!found.length && !isEmptyContainer(root) && root.kind !== 'string') throw unknownShape('JSON', options)
    const selection = new SpeakerSelection(options.speakers)
    const replies = repliesOf(found, selection)
    selection.reportNotice(options.onProblem)
    return replies
  },
}

/** One JSONL line's messages; a malformed line is reported and yields nothing. */
function lineMessages(line: Line, text: string, from: number, options: SourceOptions): FoundMessage[] | undefined {
  if (!line.text.trim()) return []
  try {
    return findMessages(parseJson(text, from, from + line.text.length), treeOptions(options))
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    const column = error.offset === undefined ? 1 : error.offset - from + 1
    options.onProblem?.({message: `not valid JSON (the other lines are still linted): ${error.message}`, line: line.number, column, fatal: true})
    return undefined
  }
}

/** The replies of JSONL lines, offsets in `text`, with the tally SegmentReading.finish needs. */
function readLines(text: string, firstLine: number, options: SourceOptions, selection: SpeakerSelection): SegmentRead {
  const replies: Reply[] = []
  let records = 0
  let withMessages = 0
  for (const line of linesOf(text, firstLine)) {
    const found = lineMessages(line, text, line.offset, options)
    if (!found) continue
    if (line.text.trim()) records++
    if (!found.length) continue
    withMessages++
    replies.push(...repliesOf(found, selection))
  }
  return {replies, records, withMessages}
}

/** Lines were read, but none held a message: the documents have a shape reply-lint does not know. */
function finishLines(tally: SegmentTally, options: SourceOptions): void {
  if (tally.records && !tally.withMessages) throw unknownShape('JSONL file', options)
}

export const jsonl: SourceFormat = {
  name: 'jsonl',
  extensions: ['jsonl', 'ndjson'],
  description: 'one JSON document per line (a message, or a conversation with its messages)',
  split(text, _filePath, options = {}) {
    const selection = new SpeakerSelection(options.speakers)
    const read = readLines(text, 1, options, selection)
    finishLines(read, options)
    selection.reportNotice(options.onProblem)
    return read.replies
  },
  segments: {
    records: 'lines',
    read: (text, line, _head, options, selection) => readLines(text, line, options, selection),
    finish: finishLines,
  },
}
