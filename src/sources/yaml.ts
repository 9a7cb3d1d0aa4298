// YAML canned-reply collections: maps or lists of macros ({title, body},
// {name, text}, ...) or plain `name: text` maps; also YAML transcripts
// ({role, content} lists). Positions come from the yaml package's source
// ranges, mapped character by character through quotes, escapes and folding.
import {createRequire} from 'node:module'
import type {Node as YamlNode, Scalar} from 'yaml'
import type {SourceFormat} from './index.js'
import type {TreeNode} from './tree.js'
import {alignScalar} from './yaml-align.js'
import {encodeJsonString} from './json-scanner.js'
import {findMessages} from './messages.js'
import {repliesOf} from './replies.js'
import {SourceError} from './problems.js'
import {SpeakerSelection} from './speakers.js'
import {unknownShape} from './json.js'

let parser: typeof import('yaml') | undefined

/** The YAML parser, loaded with the first YAML file (not at start-up). */
function yamlParser(): typeof import('yaml') {
  return (parser ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'))
}

/** How replacement text is written into a scalar of each style; undefined when it cannot be. */
function encoderFor(type: Scalar.Type | undefined): (text: string) => string | undefined {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return encodeJsonString
    case 'QUOTE_SINGLE':
      return t => (/[\r\n]/.test(t) ? undefined : t.replace(/'/g, "''"))
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return t => (/[\r\n]/.test(t) ? undefined : t)
    default:
      // A plain scalar cannot take ": ", " #" or line breaks without changing meaning.
      return t => (/: |\s#|[\r\n]/.test(t) || /:$/.test(t) ? undefined : t)
  }
}

function toTree(node: unknown, src: string): TreeNode | undefined {
  const {isAlias, isMap, isPair, isScalar, isSeq} = yamlParser()
  if (isAlias(node)) return undefined
  if (isMap(node)) {
    const entries: Array<{key: string; value: TreeNode}> = []
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const value = toTree(pair.value, src)
      if (value) entries.push({key, value})
    }
    return {kind: 'object', entries, start: (node as YamlNode).range?.[0] ?? 0}
  }
  if (isSeq(node)) {
    const items = node.items.map(i => toTree(i, src)).filter((i): i is TreeNode => Boolean(i))
    return {kind: 'array', items, start: (node as YamlNode).range?.[0] ?? 0}
  }
  if (isScalar(node)) {
    const [from, to] = node.range ?? [0, 0]
    if (typeof node.value === 'string') {
      const offsets = alignScalar(node.value, src, from, to, node.type)
      return {kind: 'string', value: node.value, start: offsets ? offsets[0]! : from, ...(offsets ? {offsets} : {}), encode: encoderFor(node.type)}
    }
    const value = typeof node.value === 'number' || typeof node.value === 'boolean' ? node.value : node.value === null ? null : String(node.value)
    return typeof value === 'string' ? {kind: 'string', value, start: from} : {kind: 'scalar', value, start: from}
  }
  return undefined
}

export const yaml: SourceFormat = {
  name: 'yaml',
  extensions: ['yaml', 'yml'],
  description: 'YAML canned replies: maps or lists of macros ({title, body}), or name: text maps',
  split(text, _filePath, options = {}) {
    const documents = yamlParser().parseAllDocuments(text, {prettyErrors: false})
    const list = Array.isArray(documents) ? documents : [documents]
    for (const doc of list) {
      const error = doc.errors[0]
      if (error) throw new SourceError(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), error.pos[0])
    }
    const roots = list.map(d => toTree(d.contents, text)).filter((r): r is TreeNode => Boolean(r))
    const root: TreeNode = roots.length === 1 ? roots[0]! : {kind: 'array', items: roots, start: 0}
    const found = findMessages(root, {textField: options.textField, speakerField: options.speakerField, canned: true})
    const empty = roots.every(r => (r.kind === 'object' && !r.entries.length) || (r.kind === 'array' && !r.items.length) || r.kind === 'scalar')
    if (!found.length && !empty) throw unknownShape('YAML file', options)
    const selection = new SpeakerSelection(options.speakers)
    const replies = repliesOf(found, selection)
    selection.reportNotice(options.onProblem)
    return replies
  },
}
