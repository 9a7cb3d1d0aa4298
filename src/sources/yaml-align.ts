// Where each character of a decoded YAML scalar sits in the file. The yaml
// package gives a scalar's source range and its value; between the two lie
// quotes, escapes (double-quoted), doubled quotes (single-quoted), line
// folding and block indentation. Walking both in step recovers the map.
import type {Scalar} from 'yaml'

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/',
  '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
}

/** A double-quoted escape at `p`: its decoded text and source length (undefined for an escaped line break). */
function escapeAt(src: string, p: number): {text?: string; length: number} {
  const e = src[p + 1] ?? ''
  const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0
  if (hex) {
    const code = parseInt(src.slice(p + 2, p + 2 + hex), 16)
    return {text: Number.isNaN(code) ? '' : String.fromCodePoint(code), length: 2 + hex}
  }
  if (e === '\n' || e === '\r') return {length: e === '\r' && src[p + 2] === '\n' ? 3 : 2}
  return {text: SIMPLE_ESCAPES[e] ?? e, length: 2}
}

/**
 * Source offsets of every character of `value` (plus one past the end), for
 * a scalar written as `src[from, to)`; undefined when the value is that
 * slice exactly.
 */
export function alignScalar(value: string, src: string, from: number, to: number, type: Scalar.Type | undefined): number[] | undefined {
  if (type === 'PLAIN' && src.slice(from, to) === value) return undefined
  let p = from
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') p++
  else if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // Skip the header line (| or > with indicators and maybe a comment).
    const nl = src.indexOf('\n', p)
    p = nl < 0 || nl >= to ? to : nl + 1
  }
  const offsets: number[] = []
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    let mapped = false
    while (p < to && !mapped) {
      const s = src[p]!
      if (type === 'QUOTE_DOUBLE' && s === '\\') {
        const esc = escapeAt(src, p)
        if (esc.text !== undefined && esc.text[0] === c) {
          offsets.push(p)
          // A \U escape decodes to a surrogate pair: both halves point at it.
          if (esc.text.length === 2 && value[i + 1] === esc.text[1]) offsets.push(p), i++
          mapped = true
        }
        p += esc.length
        continue
      }
      if (type === 'QUOTE_SINGLE' && s === "'" && src[p + 1] === "'" && c === "'") {
        offsets.push(p)
        p += 2
        mapped = true
        continue
      }
      if (s === c) {
        offsets.push(p++)
        mapped = true
        continue
      }
      // A folded line break: the break in the file stands for a space (or a break) in the value.
      if ((c === ' ' || c === '\n') && (s === '\n' || s === '\r')) {
        offsets.push(p)
        p += s === '\r' && src[p + 1] === '\n' ? 2 : 1
        mapped = true
        continue
      }
      p++
    }
    if (!mapped) offsets.push(Math.min(p, to))
  }
  // One past the last character: just after its source text.
  offsets.push(Math.min(p, to))
  return offsets
}
