// HTML message bodies (Intercom, Zendesk html_body, Freshdesk body, ...): the
// visible text, with each character's position in the HTML kept, so findings
// still point into the file. Block-level tags become line breaks so sentences
// do not run together.
import type {StringNode} from './tree.js'
import {sourceOffset} from './tree.js'

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥',
}

const BREAKING = /^\/?(?:br|p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|hr|section|article|header|footer)\b/i
const TAG = /^<\/?[a-zA-Z][^<>]*>|^<!--[\s\S]*?-->|^<![^<>]*>/

/** Whether a string looks like HTML (has real tags), rather than text that mentions '<'. */
export function looksLikeHtml(value: string): boolean {
  return /<(?:p|br|div|span|a|ul|ol|li|strong|em|b|i|u|h[1-6]|table|img|blockquote)\b[^<>]*>/i.test(value)
}

/** Escapes replacement text for HTML. */
export function encodeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The visible text of an HTML string node, as a node whose offsets point into the source. */
export function htmlText(node: StringNode): StringNode {
  const html = node.value
  let text = ''
  const offsets: number[] = []
  let i = 0
  while (i < html.length) {
    const c = html[i]!
    if (c === '<') {
      const m = TAG.exec(html.slice(i, i + 2000))
      if (m) {
        const name = m[0].slice(1)
        if (/^(script|style)\b/i.test(name)) {
          const close = html.toLowerCase().indexOf(`</${name.match(/^\w+/)![0].toLowerCase()}`, i)
          i = close < 0 ? html.length : close
          continue
        }
        if (BREAKING.test(name) && !text.endsWith('\n')) {
          text += '\n'
          offsets.push(sourceOffset(node, i))
        }
        i += m[0].length
        continue
      }
    } else if (c === '&') {
      const m = /^&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/.exec(html.slice(i, i + 12))
      const decoded = m && (m[1] ? safeCodePoint(Number(m[1])) : m[2] ? safeCodePoint(parseInt(m[2], 16)) : ENTITIES[m[3]!])
      if (m && decoded) {
        for (let k = 0; k < decoded.length; k++) {
          text += decoded[k]
          offsets.push(sourceOffset(node, i))
        }
        i += m[0].length
        continue
      }
    }
    text += c
    offsets.push(sourceOffset(node, i))
    i++
  }
  offsets.push(sourceOffset(node, html.length))
  const inner = node.encode ?? ((t: string) => t)
  return {kind: 'string', value: text, start: offsets[0]!, offsets, encode: t => inner(encodeHtml(t))}
}

function safeCodePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined
}
