// The body of POST /lint, checked: one reply ({text, ...}) or several
// ({replies: [{text, ...}, ...]}, or a bare array of them). A mistake is a
// RequestError with one line saying what is wrong and where.
import path from 'node:path'
import type {Language} from '../types.js'
import {formatNames} from '../sources/index.js'

export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** One reply to lint, as the client sent it. */
export interface ReplyRequest {
  text: string
  /** A hint for sentences that do not tell their language by themselves. */
  language?: Language
  /** How the text is read: an input format of --input-format (text by default: the whole text is one reply). */
  format?: string
  /** The name reported, and matched against the config's overrides; relative to the server's folder. */
  filePath?: string
  /** Apply the fixes and return the fixed text as `output` (nothing is written anywhere). */
  fix?: boolean
  /** Also report info findings, as --verbose does. */
  verbose?: boolean
}

/** Replies in one request at most: a larger batch is split by the client, not queued here. */
export const MAX_REPLIES = 1000

const LANGUAGES: readonly string[] = ['en', 'zh-Hans', 'zh-Hant']
const FIELDS = new Set(['text', 'language', 'format', 'filePath', 'fix', 'verbose'])

/** The replies a request body asks to lint. */
export function parseLintRequest(body: string): ReplyRequest[] {
  let data: unknown
  try {
    data = JSON.parse(body)
  } catch (error) {
    throw new RequestError(400, `bad JSON: ${(error as Error).message}`)
  }
  if (Array.isArray(data)) return replyList(data, '')
  if (!isObject(data)) throw new RequestError(400, 'expected a JSON object {"text": "..."} or {"replies": [...]}')
  if ('replies' in data) {
    const extra = Object.keys(data).filter(k => k !== 'replies')
    if (extra.length) throw new RequestError(400, `unexpected field "${extra[0]}" beside "replies" (give it on each reply)`)
    if (!Array.isArray(data.replies)) throw new RequestError(400, '"replies" must be an array of {"text": "..."} objects')
    return replyList(data.replies, 'replies')
  }
  return [replyRequest(data, '')]
}

function replyList(items: unknown[], at: string): ReplyRequest[] {
  if (!items.length) throw new RequestError(400, `${at || 'the list'}: no replies given`)
  if (items.length > MAX_REPLIES) throw new RequestError(413, `${at || 'the list'}: ${items.length} replies, at most ${MAX_REPLIES} per request`)
  return items.map((item, i) => replyRequest(item, `${at}[${i}]`))
}

function replyRequest(data: unknown, at: string): ReplyRequest {
  const where = (field: string) => (at ? `${at}.${field}` : field)
  if (!isObject(data)) throw new RequestError(400, `${at || 'the body'}: expected an object {"text": "..."}`)
  for (const key of Object.keys(data)) if (!FIELDS.has(key)) throw new RequestError(400, `${where(key)}: unknown field (known: ${[...FIELDS].join(', ')})`)
  if (typeof data.text !== 'string') throw new RequestError(400, `${where('text')}: ${'text' in data ? 'must be a string' : 'missing: the reply to lint'}`)
  const request: ReplyRequest = {text: data.text}
  if (data.language !== undefined) {
    if (typeof data.language !== 'string' || !LANGUAGES.includes(data.language)) throw new RequestError(400, `${where('language')}: must be one of ${LANGUAGES.join(', ')}`)
    request.language = data.language as Language
  }
  if (data.format !== undefined) {
    if (typeof data.format !== 'string' || !formatNames().includes(data.format)) throw new RequestError(400, `${where('format')}: unknown input format (known: ${formatNames().join(', ')})`)
    request.format = data.format
  }
  if (data.filePath !== undefined) request.filePath = relativePath(data.filePath, where('filePath'))
  for (const flag of ['fix', 'verbose'] as const) {
    if (data[flag] === undefined) continue
    if (typeof data[flag] !== 'boolean') throw new RequestError(400, `${where(flag)}: must be true or false`)
    request[flag] = data[flag]
  }
  return request
}

/**
 * The name stands for a file in the server's folder: configs are looked up
 * from it, and a config file may be code, so it must not lead elsewhere.
 */
function relativePath(value: unknown, where: string): string {
  if (typeof value !== 'string' || !value) throw new RequestError(400, `${where}: must be a non-empty string`)
  const parts = value.split(/[\\/]+/)
  if (path.isAbsolute(value) || /^[a-z]:/i.test(value) || parts.includes('..') || value.includes('\0')) throw new RequestError(400, `${where}: must be a relative path inside the server's folder`)
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
