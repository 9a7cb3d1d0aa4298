// Finds which of many literals occur in a text, in one pass (Aho-Corasick,
// as a table-driven automaton). V8 runs an alternation of literals by trying
// every alternative at every position, so a regex of a few hundred anchors
// was slower than the phrase patterns it was meant to spare; the automaton
// looks at each character once, whatever the number of literals.
import {BOUNDARY, SPACE, literalText} from './anchors.js'
import {isWhiteSpaceCode} from '../text/code-units.js'

const WORD = /\w/

/**
 * The characters that match `ch` in a case-insensitive pattern without the
 * `u` flag: those with the same canonical (upper-case) form, per the
 * ECMAScript Canonicalize operation.
 */
function caseVariants(ch: string): string[] {
  const code = ch.charCodeAt(0)
  if (code < 128) return [...new Set([ch, ch.toLowerCase(), ch.toUpperCase()])]
  if (ch.toLowerCase() === ch && ch.toUpperCase() === ch) return [ch]
  // A cased letter beyond ASCII (Greek, Cyrillic, …): a few characters share
  // an upper-case form without being each other's case pair (σ, ς and Σ), so
  // ask the canonical form of every code unit, once.
  const canon = canonicalForms()
  const target = canon[code]
  const out: string[] = []
  for (let c = 0; c < 65536; c++) if (canon[c] === target) out.push(String.fromCharCode(c))
  return out
}

let canonical: Uint16Array | undefined

function canonicalForms(): Uint16Array {
  if (canonical) return canonical
  canonical = new Uint16Array(65536)
  for (let c = 0; c < 65536; c++) {
    const upper = String.fromCharCode(c).toUpperCase()
    canonical[c] = upper.length !== 1 || (c >= 128 && upper.charCodeAt(0) < 128) ? c : upper.charCodeAt(0)
  }
  return canonical
}

interface Literal {
  text: string
  /** No word character may come right before (after) it. */
  boundedStart: boolean
  boundedEnd: boolean
  /** Letter case must match too (the automaton itself ignores case). */
  exactCase: boolean
}

/** State numbers: 0 stands for a transition not worked out yet, 1 is the start. */
const UNKNOWN = 0
const ROOT = 1

export class LiteralScanner {
  /** Character class of every code unit (0: in no literal). */
  private readonly classOf = new Uint16Array(65536)
  private readonly alphabet: number
  /**
   * Next state by state * alphabet + class: the trie's own edges from the
   * start, the others worked out through the failure links when a text
   * first needs them. Filling the whole table up front cost more than
   * linting a short reply (thousands of states, hundreds of Han classes).
   */
  private readonly next: Uint16Array | Uint32Array
  private readonly fail: Uint32Array
  /**
   * The states whose text ends at each state (itself and through failure
   * links): outputs[outputStart[s] .. outputStart[s + 1]).
   */
  private readonly outputStart: Int32Array
  private readonly outputs: Int32Array
  /** The literals each state spells (variants of one text: case, boundaries): variants[variantStart[s] .. variantStart[s + 1]). */
  private readonly variantStart: Int32Array
  private readonly variants: Int32Array
  private readonly literalLength: Int32Array
  /** BOUNDED_START | BOUNDED_END | EXACT_CASE (and SPACED, with any of them) per literal. */
  private readonly literalChecks: Uint8Array
  /** The class of white space, when a literal holds a space (-1: none does). */
  private readonly spaceClass: number
  private readonly literals: Literal[]
  /** Per literal and per state: the stamp of the scan that found it (all of it). */
  private readonly seen: Uint32Array
  private readonly done: Uint32Array
  private stamp = 0

  /**
   * `literals` may carry BOUNDARY marks at their ends (see anchors.ts). A
   * literal with `ignoreCase` is found as a case-insensitive non-Unicode
   * regex would find it; one without, with its exact letters. A space in
   * a literal stands for any run of white space: the scan reads each run
   * as one space.
   */
  constructor(literals: ReadonlyArray<{literal: string; ignoreCase: boolean}>) {
    this.literals = literals.map(({literal: l, ignoreCase}) => {
      const text = literalText(l)
      return {
        text,
        boundedStart: l.startsWith(BOUNDARY) && WORD.test(text[0] ?? ''),
        boundedEnd: l.endsWith(BOUNDARY) && WORD.test(text[text.length - 1] ?? ''),
        exactCase: !ignoreCase,
      }
    })
    // Classes: one per character (with its case variants) that literals use.
    let classes = 1
    const classOfChar = (code: number): number => {
      if (this.classOf[code]) return this.classOf[code]!
      const id = classes++
      for (const v of caseVariants(String.fromCharCode(code))) this.classOf[v.charCodeAt(0)] = id
      return id
    }
    const encoded = this.literals.map(l => Array.from(l.text, (_, i) => classOfChar(l.text.charCodeAt(i))))
    this.spaceClass = this.classOf[SPACE.charCodeAt(0)] || -1
    if (this.spaceClass > 0) for (let c = 0; c < 65536; c++) if (isWhiteSpaceCode(c)) this.classOf[c] = this.spaceClass
    const A = (this.alphabet = classes)
    // The trie, in a table as large as the whole automaton could be: zeroed
    // memory costs nothing until a transition is written.
    let bound = ROOT + 1
    for (const codes of encoded) bound += codes.length
    const trie = bound < 0xffff ? new Uint16Array(bound * A) : new Uint32Array(bound * A)
    const parent: number[] = [0, 0]
    const via: number[] = [0, 0]
    const own: number[][] = [[], []]
    const depth: number[] = [0, 0]
    encoded.forEach((codes, id) => {
      if (!codes.length) return
      let state = ROOT
      for (const c of codes) {
        let to = trie[state * A + c]!
        if (to === UNKNOWN) {
          to = own.length
          trie[state * A + c] = to
          parent.push(state)
          via.push(c)
          depth.push(depth[state]! + 1)
          own.push([])
        }
        state = to
      }
      own[state]!.push(id)
    })
    const states = own.length
    // Renumbered shallow states first: nearly every character of a reply
    // moves between a few hundred shallow states, and with their rows side by
    // side they stay in the processor's cache between replies (rows scattered
    // among thousands of deep states made the scan half again as slow).
    const order = [UNKNOWN, ROOT, ...Array.from({length: states - ROOT - 1}, (_, k) => k + ROOT + 1).sort((x, y) => depth[x]! - depth[y]!)]
    const renumbered = new Uint32Array(states)
    order.forEach((old, state) => (renumbered[old] = state))
    const next = (this.next = states < 0xffff ? new Uint16Array(states * A) : new Uint32Array(states * A))
    for (let state = ROOT + 1; state < states; state++) next[renumbered[parent[order[state]!]!]! * A + via[order[state]!]!] = state
    this.fail = new Uint32Array(states).fill(ROOT)
    // Failure links and outputs, shallow states first: a state's link is
    // where its parent's link goes on the same character.
    const literalsAt = order.map(old => own[old]!)
    const outputs = literalsAt.map((o, state) => (o.length ? [state] : []))
    for (let state = ROOT + 1; state < states; state++) {
      const from = renumbered[parent[order[state]!]!]!
      const f = from === ROOT ? ROOT : this.transition(this.fail[from]!, via[order[state]!]!)
      this.fail[state] = f
      if (outputs[f]!.length) outputs[state]!.push(...outputs[f]!)
    }
    ;[this.outputStart, this.outputs] = flatten(outputs)
    ;[this.variantStart, this.variants] = flatten(literalsAt)
    this.literalLength = Int32Array.from(this.literals, l => l.text.length)
    this.seen = new Uint32Array(this.literals.length)
    this.done = new Uint32Array(this.variantStart.length)
    this.literalChecks = Uint8Array.from(this.literals, l => {
      const checks = (l.boundedStart ? BOUNDED_START : 0) | (l.boundedEnd ? BOUNDED_END : 0) | (l.exactCase ? EXACT_CASE : 0)
      return checks && l.text.includes(SPACE) ? checks | SPACED : checks
    })
  }

  /** Where `state` goes on class `c`, worked out once: where its failure link goes, for an edge the trie lacks. */
  private transition(state: number, c: number): number {
    const at = state * this.alphabet + c
    let to = this.next[at]!
    if (to === UNKNOWN) this.next[at] = to = state === ROOT ? ROOT : this.transition(this.fail[state]!, c)
    return to
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0)
      this.done.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  /** The numbers of the literals that occur in `text`, each once, in the order they are first found. */
  scan(text: string): number[] {
    const {classOf, next, outputStart, outputs, variantStart, variants, literalLength, literalChecks, spaceClass} = this
    const A = this.alphabet
    const found: number[] = []
    // Marks from earlier scans are older stamps: nothing to clear between replies.
    const stamp = this.nextStamp()
    const {seen, done} = this
    let state = ROOT
    let afterSpace = false
    for (let i = 0; i < text.length; i++) {
      const c = classOf[text.charCodeAt(i)]!
      if (c === spaceClass) {
        if (afterSpace) continue
        afterSpace = true
      } else afterSpace = false
      state = next[state * A + c]! || this.transition(state, c)
      const last = outputStart[state + 1]!
      for (let o = outputStart[state]!; o < last; o++) {
        const end = outputs[o]!
        if (done[end] === stamp) continue
        let pending = 0
        const lastVariant = variantStart[end + 1]!
        for (let v = variantStart[end]!; v < lastVariant; v++) {
          const id = variants[v]!
          if (seen[id] === stamp) continue
          const checks = literalChecks[id]!
          if (checks) {
            const spaced = checks & SPACED
            const start = spaced ? startOf(text, i, literalLength[id]!) : i + 1 - literalLength[id]!
            if (
              (checks & BOUNDED_START && start > 0 && isWordCode(text.charCodeAt(start - 1))) ||
              (checks & BOUNDED_END && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1))) ||
              (checks & EXACT_CASE && !(spaced ? sameLetters(text, start, this.literals[id]!.text) : text.startsWith(this.literals[id]!.text, start)))
            ) {
              pending++
              continue
            }
          }
          seen[id] = stamp
          found.push(id)
        }
        if (!pending) done[end] = stamp
      }
    }
    return found
  }
}

const BOUNDED_START = 1
const BOUNDED_END = 2
const EXACT_CASE = 4
/** The literal holds a space: its start is found by walking back over the text. */
const SPACED = 8

/**
 * Where a literal of `length` characters of the scanned text (each run of
 * white space one character) that ends at `last` starts in `text`.
 */
function startOf(text: string, last: number, length: number): number {
  let at = last
  for (let n = 1; n < length; n++) {
    at--
    if (isWhiteSpaceCode(text.charCodeAt(at))) while (at > 0 && isWhiteSpaceCode(text.charCodeAt(at - 1))) at--
  }
  return at
}

/** Whether `literal` is written at `start` with these exact letters, its spaces standing for runs of white space. */
function sameLetters(text: string, start: number, literal: string): boolean {
  let at = start
  for (let k = 0; k < literal.length; k++) {
    const c = literal.charCodeAt(k)
    if (c !== 32) {
      if (text.charCodeAt(at++) !== c) return false
      continue
    }
    if (!isWhiteSpaceCode(text.charCodeAt(at))) return false
    while (isWhiteSpaceCode(text.charCodeAt(at))) at++
  }
  return true
}

/** Lists of numbers as one array with offsets: list k is values[start[k] .. start[k + 1]). */
function flatten(lists: readonly number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1)
  lists.forEach((l, k) => (start[k + 1] = start[k]! + l.length))
  const values = new Int32Array(start[lists.length]!)
  lists.forEach((l, k) => values.set(l, start[k]!))
  return [start, values]
}

/** Whether a UTF-16 code unit is a regex word character (\w: ASCII letters, digits, _). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}
