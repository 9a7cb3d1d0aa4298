// A document tree with source positions, shared by the JSON and YAML readers:
// every string remembers where each of its characters sits in the file, so a
// finding in a decoded value points at the file's own line and column.

export interface StringNode {
  kind: 'string'
  value: string
  /** Offset of the value's first character in the source (after the opening quote). */
  start: number
  /** Source offset of every value offset (length value.length + 1), when the value is not a plain slice of the source. */
  offsets?: ArrayLike<number>
  /** Turns replacement text into source text for this string (escaping). */
  encode?: (text: string) => string | undefined
}

export interface ScalarNode {
  kind: 'scalar'
  value: number | boolean | null
  start: number
}

export interface ArrayNode {
  kind: 'array'
  items: TreeNode[]
  start: number
}

export interface ObjectNode {
  kind: 'object'
  entries: Array<{key: string; value: TreeNode}>
  start: number
}

export type TreeNode = StringNode | ScalarNode | ArrayNode | ObjectNode

/** The value under `key` (the first one, keys compared as written). */
export function field(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (node?.kind !== 'object') return undefined
  return node.entries.find(e => e.key === key)?.value
}

/** The value at a dotted path (`author.type`, `text.content`, `content.0`). */
export function path(node: TreeNode | undefined, dotted: string): TreeNode | undefined {
  let at = node
  for (const part of dotted.split('.')) {
    if (at?.kind === 'array' && /^\d+$/.test(part)) at = at.items[Number(part)]
    else at = field(at, part)
    if (!at) return undefined
  }
  return at
}

/** A scalar's value as text (strings, numbers, booleans), for speakers and flags. */
export function scalarText(node: TreeNode | undefined): string | undefined {
  if (node?.kind === 'string') return node.value
  if (node?.kind === 'scalar' && node.value !== null) return String(node.value)
  return undefined
}

/** Source offset of a string node's value offset `i`. */
export function sourceOffset(node: StringNode, i: number): number {
  return node.offsets ? node.offsets[i]! : node.start + i
}
