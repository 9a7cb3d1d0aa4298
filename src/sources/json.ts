// JSON and JSONL (one JSON document per line) exports: chat logs, helpdesk
// API responses, canned-reply lists. Positions come from our own scanner, so
// a finding points inside the original JSON string, escapes included.
import type {Reply} from '../engine.js'
import type {SourceFormat, SourceOptions, StreamedPiece} from './index.js'
import {parseJson} from './json-scanner.js'
import {findMessages, type FoundMessage, type TreeOptions} from './messages.js'
import {SourceError} from './problems.js'
import {repliesOf} from './replies.js'
import {SpeakerSelection} from './speakers.js'
import {linesOf, streamLines, type Line} from './lines.js'
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

export const jsonl: SourceFormat = {
  name: 'jsonl',
  extensions: ['jsonl', 'ndjson'],
  description: 'one JSON document per line (a message, or a conversation with its messages)',
  split(text, _filePath, options = {}) {
    const selection = new SpeakerSelection(options.speakers)
    const replies: Reply[] = []
    let parsed = 0
    let foundAny = false
    for (const line of linesOf(text)) {
      const found = lineMessages(line, text, line.offset, options)
      if (!found) continue
      if (line.text.trim()) parsed++
      if (found.length) foundAny = true
      replies.push(...repliesOf(found, selection))
    }
    if (parsed && !foundAny) throw unknownShape('JSONL file', options)
    selection.reportNotice(options.onProblem)
    return replies
  },
  async *stream(chunks, _filePath, options = {}): AsyncGenerator<StreamedPiece> {
    const selection = new SpeakerSelection(options.speakers)
    let parsed = 0
    let foundAny = false
    for await (const line of streamLines(chunks)) {
      const found = lineMessages(line, line.text, 0, options)
      if (!found) continue
      if (line.text.trim()) parsed++
      if (!found.length) continue
      foundAny = true
      const replies = repliesOf(found, selection)
      if (replies.length) yield {source: line.text, line: line.number, offset: line.offset, replies}
    }
    if (parsed && !foundAny) throw unknownShape('JSONL file', options)
    selection.reportNotice(options.onProblem)
  },
}
