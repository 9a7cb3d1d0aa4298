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

/** A literal to scan for, as the phrase sets register it (see anchors.ts). */
export interface ScannerLiteral {
  literal: string
  ignoreCase: boolean
}

/** State numbers: 0 stands for a transition not worked out yet, 1 is the start. */
const UNKNOWN = 0
const ROOT = 1

/**
 * Everything a scanner is made of but its scan marks: worked out from the
 * literals, or read back by fromSerialized (callers pass only the literals).
 */
export interface Automaton {
  /** Classes by code unit, WORD_FLAG added for the characters of \w (see wordStartClass). */
  classOf: Uint16Array
  alphabet: number
  spaceClass: number
  /**
   * The class of a symbol that is no character: the scan reads it before
   * each character of \w that starts a word (at the start of the text or
   * after a character not of \w), and a literal bounded at its start
   * begins with it. So a bounded literal is found only where a word starts, and
   * the bounded one-letter literals of chat slang ("u", "r", "k") are not
   * checked at every "u" and "r" inside words: on English replies that was
   * more than half of the scan's time.
   */
  wordStartClass: number
  next: Uint16Array | Uint32Array
  /**
   * The trie's own edges, the rest of `next` being derived: state s is
   * next[edge[s]] (its parent's row, the class of its last character).
   */
  edge: Uint32Array
  fail: Uint32Array
  outputStart: Int32Array
  outputs: Int32Array
  /** States from this one on have outputs, those before none (see build). */
  outputFrom: number
  variantStart: Int32Array
  variants: Int32Array
  literalLength: Int32Array
  literalChecks: Uint8Array
  /**
   * Each literal without its BOUNDARY marks, white space runs as one space
   * (a read-back scanner works one out when a scan first needs it: only
   * exact-case literals are compared letter by letter).
   */
  texts: Array<string | undefined>
}

export class LiteralScanner {
  /** The literals scanned for; a literal's number is its place here. */
  readonly literals: ReadonlyArray<ScannerLiteral>
  /**
   * The tables: in `next`, the trie's own edges from the start, the others
   * worked out through the failure links when a text first needs them.
   * Filling the whole table up front cost more than linting a short reply
   * (thousands of states, hundreds of Han classes).
   */
  private readonly automaton: Automaton
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
  constructor(literals: ReadonlyArray<ScannerLiteral>, automaton: Automaton = build(literals)) {
    this.literals = literals
    this.automaton = automaton
    this.seen = new Uint32Array(literals.length)
    this.done = new Uint32Array(automaton.variantStart.length)
  }

  /**
   * The scanner as bytes, for fromSerialized: its literals, classes, trie
   * edges, failure links, outputs and checks. The build ships the scanner of
   * the built-in phrase sets so: building it at start-up cost a short run
   * more than everything else the run did. Transitions worked out by scans
   * are not kept; the restored scanner works them out again on demand.
   */
  serialize(): Uint8Array {
    const {classOf, alphabet, spaceClass, wordStartClass, fail, edge, outputStart, outputs, variantStart, variants, literalLength, literalChecks} = this.automaton
    const pairs: number[] = []
    for (let code = 0; code < 65536; code++) if (classOf[code]! & CLASS) pairs.push(code)
    const codes = Uint16Array.from(pairs)
    const classes = Uint16Array.from(pairs, code => classOf[code]! & CLASS)
    const rawLength = Int32Array.from(this.literals, l => l.literal.length)
    const strings = new TextEncoder().encode(this.literals.map(l => l.literal).join(''))
    const header = Int32Array.of(MAGIC, FORMAT, this.literals.length, fail.length, alphabet, spaceClass, wordStartClass, pairs.length, outputs.length, variants.length, strings.length)
    return concatenate([header, rawLength, literalLength, fail, edge, outputStart, outputs, variantStart, variants, codes, classes, literalChecks, strings])
  }

  /**
   * The scanner serialize() wrote, or undefined when `bytes` are not one
   * (another format version, another byte order, cut short).
   */
  static fromSerialized(bytes: Uint8Array): LiteralScanner | undefined {
    // Typed views need their element size's alignment (a copy has it: a Buffer's slice would not).
    if (bytes.byteOffset % 4) bytes = new Uint8Array(bytes)
    if (bytes.length < HEADER * 4) return undefined
    const [magic, format, count, states, alphabet, spaceClass, wordStartClass, pairs, outputs, variants, strings] = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER)
    if (magic !== MAGIC || format !== FORMAT) return undefined
    const sizes = [HEADER * 4, count * 4, count * 4, states * 4, states * 4, (states + 1) * 4, outputs * 4, (states + 1) * 4, variants * 4, pairs * 2, pairs * 2, count, strings]
    if (sizes.reduce((total, size) => total + size + padding(size), 0) !== bytes.length) return undefined
    let at = 0
    const take = <T>(View: new (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, size: number): T => {
      const view = new View(bytes.buffer, bytes.byteOffset + at, length)
      at += length * size
      at += padding(at)
      return view
    }
    take(Int32Array, HEADER, 4)
    const rawLength = take(Int32Array, count, 4)
    const literalLength = take(Int32Array, count, 4)
    const fail = take(Uint32Array, states, 4)
    const edge = take(Uint32Array, states, 4)
    const outputStart = take(Int32Array, states + 1, 4)
    const outputList = take(Int32Array, outputs, 4)
    const variantStart = take(Int32Array, states + 1, 4)
    const variantList = take(Int32Array, variants, 4)
    const codes = take(Uint16Array, pairs, 2)
    const classes = take(Uint16Array, pairs, 2)
    const literalChecks = take(Uint8Array, count, 1)
    const text = new TextDecoder().decode(take(Uint8Array, strings, 1))
    const classOf = new Uint16Array(65536)
    for (let k = 0; k < codes.length; k++) classOf[codes[k]!] = classes[k]!
    markWordCharacters(classOf)
    const next = tableFor(states, alphabet)
    for (let state = ROOT + 1; state < states; state++) next[edge[state]!] = state
    const literals: ScannerLiteral[] = new Array(count)
    let from = 0
    for (let k = 0; k < count; k++) literals[k] = {literal: text.slice(from, (from += rawLength[k]!)), ignoreCase: !(literalChecks[k]! & EXACT_CASE)}
    if (from !== text.length) return undefined
    return new LiteralScanner(literals, {classOf, alphabet, spaceClass, wordStartClass, next, edge, fail, outputStart, outputs: outputList, outputFrom: firstWithOutputs(outputStart), variantStart, variants: variantList, literalLength, literalChecks, texts: new Array(count)})
  }

  /** Whether literal `id`, found ending at `last`, is written there with its own letters. */
  private sameCase(text: string, last: number, id: number, checks: number): boolean {
    const literal = this.automaton.texts[id] ?? this.textOf(id)
    const length = this.automaton.literalLength[id]!
    return checks & SPACED ? sameLetters(text, startOf(text, last, length), literal) : sameUnits(text, last + 1 - length, literal)
  }

  /** Where `state` goes on class `c`, worked out once (see transition). */
  private transition(state: number, c: number): number {
    const {next, fail, alphabet} = this.automaton
    return transition(next, fail, alphabet, state, c)
  }

  private textOf(id: number): string {
    return (this.automaton.texts[id] = literalText(this.literals[id]!.literal))
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
    const {classOf, next, outputFrom, spaceClass, wordStartClass, alphabet: A} = this.automaton
    const found: number[] = []
    // Marks from earlier scans are older stamps: nothing to clear between replies.
    const stamp = this.nextStamp()
    let state = ROOT
    let afterSpace = false
    let inWord = false
    for (let i = 0; i < text.length; i++) {
      const k = classOf[text.charCodeAt(i)]!
      if (k >= WORD_FLAG) {
        if (!inWord) {
          // No literal ends with the word-start symbol: its state has no outputs to look at.
          state = next[state * A + wordStartClass]! || this.transition(state, wordStartClass)
          inWord = true
        }
      } else inWord = false
      const c = k & CLASS
      if (c === spaceClass) {
        if (afterSpace) continue
        afterSpace = true
      } else afterSpace = false
      state = next[state * A + c]! || this.transition(state, c)
      // Outputs are met at one character in twenty of an English reply: the
      // loop over every character stays small without their code in it.
      if (state >= outputFrom) this.takeOutputs(text, i, state, stamp, found)
    }
    return found
  }

  /** Adds to `found` the literals of `state`'s outputs, ending at `last`, not found yet. */
  private takeOutputs(text: string, last: number, state: number, stamp: number, found: number[]): void {
    const {outputStart, outputs, variantStart, variants, literalChecks} = this.automaton
    const {seen, done} = this
    const lastOutput = outputStart[state + 1]!
    for (let o = outputStart[state]!; o < lastOutput; o++) {
      const end = outputs[o]!
      if (done[end] === stamp) continue
      let pending = 0
      const lastVariant = variantStart[end + 1]!
      for (let v = variantStart[end]!; v < lastVariant; v++) {
        const id = variants[v]!
        if (seen[id] === stamp) continue
        const checks = literalChecks[id]!
        if (checks) {
          if (
            (checks & BOUNDED_END && last + 1 < text.length && isWordCode(text.charCodeAt(last + 1))) ||
            (checks & EXACT_CASE && !this.sameCase(text, last, id, checks))
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
}

/** The automaton for `literals`: classes, the trie, failure links, outputs and checks. */
function build(literals: ReadonlyArray<ScannerLiteral>): Automaton {
  const classOf = new Uint16Array(65536)
  const texts = literals.map(l => literalText(l.literal))
  // Classes: one per character (with its case variants) that literals use.
  let classes = 1
  const classOfChar = (code: number): number => {
    if (classOf[code]) return classOf[code]!
    const id = classes++
    for (const v of caseVariants(String.fromCharCode(code))) classOf[v.charCodeAt(0)] = id
    return id
  }
  for (const text of texts) for (let i = 0; i < text.length; i++) classOfChar(text.charCodeAt(i))
  const spaceClass = classOf[SPACE.charCodeAt(0)] || -1
  if (spaceClass > 0) for (let c = 0; c < 65536; c++) if (isWhiteSpaceCode(c)) classOf[c] = spaceClass
  const wordStartClass = classes++
  // Each literal as the scan reads text: its characters' classes, with the
  // word-start symbol before each character of \w that starts a word in it;
  // before its first character only when it is bounded there (else it may
  // start inside a word).
  const encoded = texts.map((text, id) => {
    const codes: number[] = []
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (isWordCode(code) && (i === 0 ? literals[id]!.literal.startsWith(BOUNDARY) : !isWordCode(text.charCodeAt(i - 1)))) codes.push(wordStartClass)
      codes.push(classOf[code]!)
    }
    return codes
  })
  markWordCharacters(classOf)
  const A = classes
  // The trie, in a table as large as the whole automaton could be: zeroed
  // memory costs nothing until a transition is written.
  let bound = ROOT + 1
  for (const codes of encoded) bound += codes.length
  const trie = tableFor(bound, A)
  const parentOf: number[] = [0, 0]
  const viaOf: number[] = [0, 0]
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
        parentOf.push(state)
        viaOf.push(c)
        depth.push(depth[state]! + 1)
        own.push([])
      }
      state = to
    }
    own[state]!.push(id)
  })
  const states = own.length
  // Failure links and outputs in the trie's own numbering, shallow states
  // first: a state's link is where its parent's link goes on the same class.
  const byDepth = Array.from({length: states - ROOT - 1}, (_, k) => k + ROOT + 1).sort((x, y) => depth[x]! - depth[y]!)
  const trieFail = new Uint32Array(states).fill(ROOT)
  /** Per state, the states whose literals end there: its own and its failure links'. */
  const outputs = own.map((o, state) => (o.length ? [state] : []))
  for (const state of byDepth) {
    const parent = parentOf[state]!
    const f = parent === ROOT ? ROOT : transition(trie, trieFail, A, trieFail[parent]!, viaOf[state]!)
    trieFail[state] = f
    if (outputs[f]!.length) outputs[state]!.push(...outputs[f]!)
  }
  // Renumbered shallow states first: nearly every character of a reply
  // moves between a few hundred shallow states, and with their rows side by
  // side they stay in the processor's cache between replies (rows scattered
  // among thousands of deep states made the scan half again as slow). And
  // the states with outputs after all others: the scan then tells an output
  // state by its number (outputFrom), without reading a table at every
  // character.
  const order = [UNKNOWN, ROOT, ...byDepth.filter(s => !outputs[s]!.length), ...byDepth.filter(s => outputs[s]!.length)]
  const to = new Uint32Array(states)
  order.forEach((old, state) => (to[old] = state))
  const next = tableFor(states, A)
  const edge = new Uint32Array(states)
  const fail = new Uint32Array(states).fill(ROOT)
  for (let state = ROOT + 1; state < states; state++) {
    const old = order[state]!
    edge[state] = to[parentOf[old]!]! * A + viaOf[old]!
    next[edge[state]!] = state
    fail[state] = to[trieFail[old]!]!
  }
  const [outputStart, outputList] = flatten(order.map(old => outputs[old]!.map(s => to[s]!)))
  const [variantStart, variants] = flatten(order.map(old => own[old]!))
  const literalChecks = Uint8Array.from(literals, ({literal, ignoreCase}, id) => {
    const text = texts[id]!
    const boundedEnd = literal.endsWith(BOUNDARY) && WORD.test(text[text.length - 1] ?? '')
    const checks = (boundedEnd ? BOUNDED_END : 0) | (ignoreCase ? 0 : EXACT_CASE)
    return !ignoreCase && text.includes(SPACE) ? checks | SPACED : checks
  })
  const literalLength = Int32Array.from(texts, text => text.length)
  return {
    classOf,
    alphabet: A,
    spaceClass,
    wordStartClass,
    next,
    edge,
    fail,
    outputStart,
    outputs: outputList,
    outputFrom: firstWithOutputs(outputStart),
    variantStart,
    variants,
    literalLength,
    literalChecks,
    texts,
  }
}

/** The first state with outputs (build numbers them after all others): the number of states when none has. */
function firstWithOutputs(outputStart: Int32Array): number {
  const states = outputStart.length - 1
  for (let state = 0; state < states; state++) if (outputStart[state + 1]! > outputStart[state]!) return state
  return states
}

/**
 * Where `state` goes on class `c`: the trie's edge, or else (worked out
 * once and written into `next`) where its failure link goes.
 */
function transition(next: Uint16Array | Uint32Array, fail: Uint32Array, alphabet: number, state: number, c: number): number {
  const at = state * alphabet + c
  let to = next[at]!
  if (to === UNKNOWN) next[at] = to = state === ROOT ? ROOT : transition(next, fail, alphabet, fail[state]!, c)
  return to
}

/** A transition table for `states` states, of the narrowest type that numbers them. */
function tableFor(states: number, alphabet: number): Uint16Array | Uint32Array {
  return states < 0xffff ? new Uint16Array(states * alphabet) : new Uint32Array(states * alphabet)
}

/** Marks serialized scanners: a file of another kind, or written in the other byte order, reads another number. */
const MAGIC = 0x4c53_4331
/** The layout serialize() writes; another layout is not read. */
const FORMAT = 3
/** Numbers in the header (see serialize). */
const HEADER = 11

/** Bytes to add after `size` bytes to keep the next array 4-byte aligned. */
function padding(size: number): number {
  return (4 - (size % 4)) % 4
}

/** Typed arrays one after another, each starting 4-byte aligned. */
function concatenate(arrays: ReadonlyArray<ArrayBufferView>): Uint8Array {
  const out = new Uint8Array(arrays.reduce((total, a) => total + a.byteLength + padding(a.byteLength), 0))
  let at = 0
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at)
    at += a.byteLength + padding(a.byteLength)
  }
  return out
}

const BOUNDED_END = 2
const EXACT_CASE = 4
/** The literal holds a space: its start is found by walking back over the text. */
const SPACED = 8

/** Added to the class of each character of \w in classOf; classes stay below it. */
const WORD_FLAG = 0x8000
const CLASS = WORD_FLAG - 1

/** Adds WORD_FLAG to the classes of the characters of \w. */
function markWordCharacters(classOf: Uint16Array): void {
  for (let code = 0; code < 128; code++) if (isWordCode(code)) classOf[code]! |= WORD_FLAG
}

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

/**
 * Whether `literal` is written at `start` (startsWith, which was a call into
 * the runtime for every "u" of a reply, where this loop compiles to a few loads).
 */
function sameUnits(text: string, start: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) if (text.charCodeAt(start + k) !== literal.charCodeAt(k)) return false
  return true
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
