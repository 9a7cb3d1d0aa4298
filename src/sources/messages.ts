// Finds the messages in a JSON or YAML document tree and who wrote each one.
// Knows the shapes of common exports (see FORMATS.md): chat-completion
// `messages`, Zendesk comments and macros, Intercom conversations, Freshdesk,
// Help Scout, Front, Gorgias, LiveChat, Salesforce records, WeChat 客服
// `msg_list`, ShareGPT `conversations`, and plain lists of `{speaker, text}`.
// --text-field / --speaker-field cover the rest.
import type {ObjectNode, StringNode, TreeNode} from './tree.js'
import {field, path, scalarText} from './tree.js'
import {htmlText, looksLikeHtml} from './html.js'
import {roleOfLabel, speakerFromLabel, type Role, type SpeakerInfo} from './speakers.js'

export interface TreeOptions {
  /** Dotted path of the text inside each message object. */
  textField?: string
  /** Dotted path of the speaker inside each message object. */
  speakerField?: string
  /**
   * Canned-reply collections (YAML): every string value is a reply unless its
   * key names metadata (title, tags, ...). Without it only message objects,
   * a top-level list of strings and a top-level name -> text map count.
   */
  canned?: boolean
}

export interface FoundMessage {
  text: StringNode
  /** Undefined when the document says nothing about who wrote the text (canned replies). */
  speaker?: SpeakerInfo
}

/** Keys that hold a message's text, best first: plain-text twins before HTML. */
const TEXT_KEYS = [
  'chatText', 'text', 'content', 'body_text', 'body', 'plain_body', 'message', 'Message', 'CommentBody', 'TextBody',
  'reply', 'response', 'answer', 'utterance', 'html_body', 'body_html', 'content_html', 'HtmlBody',
  '回复', '回覆', '内容', '內容', '消息', '回答', '答复', '话术',
]

/** Keys that name the author of a message, as a label or as an object. */
const SPEAKER_KEYS = ['role', 'speaker', 'author', 'sender', 'from', 'user_type', 'ActorType', 'actor', 'sender_type', 'author_type', 'speaker_type', '角色', '发送者', '发送方', '说话人', '发言人']

/** Keys of canned-reply metadata, never linted as replies. */
const METADATA_KEYS = new Set([
  'id', 'key', 'slug', 'title', 'name', 'names', 'tags', 'tag', 'category', 'categories', 'folder', 'group', 'groups', 'team',
  'description', 'subject', 'language', 'lang', 'locale', 'author', 'owner', 'created_at', 'updated_at', 'created', 'updated',
  'date', 'type', 'kind', 'channel', 'channels', 'shortcut', 'shortcuts', 'trigger', 'triggers', 'keywords', 'keyword', 'version',
  'url', 'link', 'href', 'icon', 'color', 'colour', 'status', 'visibility', 'intent', 'role', 'speaker', 'priority',
  '标题', '名称', '名字', '分类', '类别', '标签', '关键词', '关键字', '快捷语', '快捷键', '编号', '语言', '备注', '說明', '说明', '標題', '分類', '標籤',
])

interface Walk {
  options: TreeOptions
  found: FoundMessage[]
  /** Users side-loaded next to the messages (Zendesk `users`, LiveChat chat `users`): id -> speaker. */
  users: Map<string, SpeakerInfo>
}

export function findMessages(root: TreeNode, options: TreeOptions = {}): FoundMessage[] {
  const walk: Walk = {options, found: [], users: new Map()}
  visit(root, walk, 0)
  if (!walk.found.length && !options.textField) collectTopLevelStrings(root, walk)
  return walk.found
}

function visit(node: TreeNode, walk: Walk, depth: number, notes = false): void {
  if (node.kind === 'array') {
    const isNotes = notes || macroWritesNote(node.items)
    for (const item of node.items) visit(item, walk, depth + 1, isNotes)
    return
  }
  if (node.kind !== 'object') return
  const users = sideLoadedUsers(node)
  const scoped: Walk = users ? {...walk, users: new Map([...walk.users, ...users])} : walk
  const texts = messageTexts(node, walk.options)
  if (texts) {
    if (notes || !texts.length) return
    const speaker = speakerOf(node, scoped)
    if (speaker === 'skip') return
    for (const text of texts) walk.found.push(speaker ? {text, speaker} : {text})
    return
  }
  for (const entry of node.entries) {
    if (walk.options.canned && !walk.options.textField && entry.value.kind === 'string') {
      if (!METADATA_KEYS.has(entry.key.toLowerCase()) && !METADATA_KEYS.has(entry.key)) walk.found.push({text: entry.value})
    } else if (walk.options.canned && !walk.options.textField && entry.value.kind === 'array' && !METADATA_KEYS.has(entry.key.toLowerCase())) {
      for (const item of entry.value.items) {
        if (item.kind === 'string') walk.found.push({text: item})
        else visit(item, scoped, depth + 1)
      }
    } else if (entry.key !== 'users') visit(entry.value, scoped, depth + 1)
  }
}

/** A top-level list of strings, or a top-level name -> text map: canned replies. */
function collectTopLevelStrings(root: TreeNode, walk: Walk): void {
  const values = root.kind === 'array' ? root.items : root.kind === 'object' ? root.entries.map(e => e.value) : [root]
  const strings = values.filter((v): v is StringNode => v.kind === 'string')
  if (strings.length && strings.length === values.length) for (const s of strings) walk.found.push({text: s})
}

/**
 * The texts of a message object: undefined when the object is not a message
 * (keep looking inside it), an empty list when it is one with nothing to lint.
 */
function messageTexts(obj: ObjectNode, options: TreeOptions): StringNode[] | undefined {
  if (options.textField) {
    const at = path(obj, options.textField)
    if (at?.kind === 'string') return [asText(at, options.textField)]
    if (at?.kind === 'array') return at.items.filter((i): i is StringNode => i.kind === 'string').map(i => asText(i, options.textField!))
    return undefined
  }
  // Zendesk macro action: {field: comment_value | comment_value_html, value: text | [channel, text]}.
  const actionField = scalarText(field(obj, 'field'))
  if (actionField !== undefined && field(obj, 'value')) {
    if (!/^comment_value(?:_html)?$/.test(actionField)) return []
    let value = field(obj, 'value')
    if (value?.kind === 'array') value = value.items[1]
    return value?.kind === 'string' ? [asText(value, actionField)] : []
  }
  // WeChat 客服 sync_msg: {msgtype: text, text: {content}}; other message types carry no text.
  const msgtype = scalarText(field(obj, 'msgtype'))
  if (msgtype !== undefined) {
    const content = path(obj, 'text.content')
    return msgtype === 'text' && content?.kind === 'string' ? [content] : []
  }
  for (const key of TEXT_KEYS) {
    const value = field(obj, key)
    if (!value) continue
    if (value.kind === 'string') return [asText(value, key)]
    if (value.kind === 'scalar' && value.value === null && hasSpeaker(obj)) return []
    // Chat-completion content parts: [{type: text, text}, {type: image_url, ...}].
    if (key === 'content' && value.kind === 'array') {
      const parts = value.items.filter(p => scalarText(field(p, 'type')) === 'text').map(p => field(p, 'text'))
      if (parts.length || hasSpeaker(obj)) return parts.filter((p): p is StringNode => p?.kind === 'string')
    }
  }
  // ShareGPT-style {from, value}: `value` is too generic to be text without a speaker beside it.
  const value = field(obj, 'value')
  if (value?.kind === 'string' && hasSpeaker(obj)) return [value]
  return undefined
}

function asText(node: StringNode, key: string): StringNode {
  return /html/i.test(key) || looksLikeHtml(node.value) ? htmlText(node) : node
}

function hasSpeaker(obj: ObjectNode): boolean {
  return SPEAKER_KEYS.some(k => field(obj, k) !== undefined)
}

/** Zendesk: a macro whose actions set comment_mode_is_public to false writes an internal note. */
function macroWritesNote(items: TreeNode[]): boolean {
  return items.some(i => scalarText(field(i, 'field')) === 'comment_mode_is_public' && /^false$/i.test(scalarText(field(i, 'value')) ?? ''))
}

function sideLoadedUsers(obj: ObjectNode): Map<string, SpeakerInfo> | undefined {
  const list = field(obj, 'users')
  if (list?.kind !== 'array') return undefined
  const users = new Map<string, SpeakerInfo>()
  for (const u of list.items) {
    const id = scalarText(field(u, 'id'))
    if (id === undefined) continue
    const kind = scalarText(field(u, 'role')) ?? scalarText(field(u, 'type'))
    const name = scalarText(field(u, 'name')) ?? scalarText(field(u, 'email')) ?? id
    users.set(id, {name, role: kind ? roleOfLabel(kind) : 'unknown', aliases: [id, ...(kind ? [kind] : [])]})
  }
  return users
}

const truthy = (v: string | undefined) => v !== undefined && /^(?:true|1|yes)$/i.test(v)
const falsy = (v: string | undefined) => v !== undefined && /^(?:false|0|no)$/i.test(v)

/** Who wrote a message: a speaker, undefined (nobody said), or 'skip' (an internal note or event). */
function speakerOf(obj: ObjectNode, walk: Walk): SpeakerInfo | undefined | 'skip' {
  const get = (key: string) => scalarText(field(obj, key))
  if (walk.options.speakerField) {
    const at = path(obj, walk.options.speakerField)
    const label = scalarText(at) ?? (at?.kind === 'object' ? describeAuthor(at)?.name : undefined)
    return label === undefined ? undefined : speakerFromLabel(label)
  }
  // Internal notes, drafts and events never reach the customer.
  if (falsy(get('public')) || truthy(get('private')) || truthy(get('is_draft')) || get('visibility') === 'agents') return 'skip'
  if (/note/i.test(get('part_type') ?? '') || falsy(get('IsPublished'))) return 'skip'
  const entryType = get('EntryType')
  if (entryType !== undefined && entryType !== 'Text') return 'skip'
  if (get('origin') === '4' || get('type') === 'system_message') return 'skip'
  const subtype = get('subtype')
  if (subtype !== undefined && !/^(?:bot_message|thread_broadcast|me_message|file_share)$/.test(subtype)) return 'skip'

  const author = describeAuthor(obj, walk)
  const named = (role: Role): SpeakerInfo => ({name: author?.name ?? role, role, aliases: [role, ...(author?.aliases ?? [])]})
  // Direction flags, most explicit first.
  const fromAgent = get('from_agent')
  if (fromAgent !== undefined) return named(truthy(fromAgent) ? 'agent' : 'customer')
  for (const key of ['incoming', 'is_inbound', 'inbound', 'Incoming']) {
    const v = get(key)
    if (truthy(v) || falsy(v)) return named(truthy(v) ? 'customer' : 'agent')
  }
  const waiter = get('waiter_send')
  if (waiter !== undefined) return named(truthy(waiter) ? 'agent' : 'customer')
  const origin = get('origin')
  if (origin === '5' || origin === '3') return named(origin === '5' ? 'agent' : 'customer')
  // Help Scout threads: the thread type says who wrote it (createdBy.type "user" is a teammate).
  const createdBy = field(obj, 'createdBy')
  if (createdBy?.kind === 'object') {
    const type = get('type')
    if (type && /^(?:note|lineitem|forwardparent|forwardchild)$/.test(type)) return 'skip'
    const byUser = scalarText(field(createdBy, 'type')) === 'user'
    const role: Role = type === 'message' ? 'agent' : type === 'customer' ? 'customer' : byUser ? 'agent' : 'customer'
    return named(role)
  }
  return author
}

/** The author named in a message object's speaker keys or author id. */
function describeAuthor(obj: ObjectNode, walk?: Walk): SpeakerInfo | undefined {
  for (const key of SPEAKER_KEYS) {
    const value = field(obj, key)
    if (!value) continue
    const label = scalarText(value)
    if (label !== undefined) {
      const name = scalarText(field(obj, 'author_name')) ?? scalarText(field(obj, 'ActorName'))
      const info = speakerFromLabel(label)
      return name ? {...info, name, aliases: [label, ...info.aliases]} : info
    }
    if (value.kind === 'object') {
      const kind = scalarText(field(value, 'type')) ?? scalarText(field(value, 'role'))
      const fullName = [scalarText(field(value, 'first_name')) ?? scalarText(field(value, 'first')), scalarText(field(value, 'last_name')) ?? scalarText(field(value, 'last'))].filter(Boolean).join(' ')
      const person = scalarText(field(value, 'name')) ?? (fullName || scalarText(field(value, 'email')))
      const id = scalarText(field(value, 'id'))
      const fromUsers = id !== undefined ? walk?.users.get(id) : undefined
      const role = kind ? roleOfLabel(kind) : (fromUsers?.role ?? (person ? roleOfLabel(person) : 'unknown'))
      const name = person || kind || id
      return {name, role, aliases: [kind, person, id].filter((a): a is string => Boolean(a))}
    }
  }
  for (const key of ['author_id', 'sender_id', 'user_id', 'ActorId', 'CreatedById', 'userId', 'authorId']) {
    const id = scalarText(field(obj, key))
    if (id === undefined) continue
    const user = walk?.users.get(id)
    // A bare id is no name to show; it still selects with --speaker.
    return user ?? {role: 'unknown', aliases: [`${key} ${id}`, id]}
  }
  return undefined
}
