// Required literals of a regular expression: a set of strings one of which
// occurs in any text the pattern matches. A phrase set's anchors are scanned
// for first, with one cheap pass of plain literals; a pattern whose anchors
// are all absent cannot match, so its (much slower) full regex never runs.
// Most replies are clean: this is what keeps the phrase rules near the speed
// of a single regular expression.
//
// The analysis is conservative: whatever it does not understand contributes
// no requirement, so the worst outcome is an entry that is always tried.

/** Sets larger than this stop being tracked exactly (they become "unknown"). */
const MAX_SET = 48
/** Literals longer than this are not grown further (they are selective enough). */
const MAX_LITERAL = 24

/** What one piece of a pattern can match. */
interface Info {
  /** Every string the piece can match, when that set is small and known. */
  exact?: Set<string>
  /**
   * Requirements, best first: every match has (in the text, for
   * lookarounds) one string of each set.
   */
  clauses?: Set<string>[]
  /** Matches at least one character, and only non-word ones (`\s`, `\s+`, `\W`): a boundary for its neighbours. */
  nonWord?: boolean
  /**
   * Every match starts (ends) with a character that is not a word
   * character, or at the start (end) of the text: a lookahead (lookbehind)
   * of such a body is a word boundary, whatever else it asks.
   */
  startsApart?: boolean
  endsApart?: boolean
  /** May match without consuming a character: its neighbours then decide where a match starts and ends. */
  mayBeEmpty?: boolean
}

const UNKNOWN: Info = {}
/** Assertions (\B, lookarounds): they consume nothing, so a match's edges are its neighbours'. */
const ASSERTION = {mayBeEmpty: true, startsApart: true, endsApart: true}
const EMPTY: Info = {exact: new Set(['']), ...ASSERTION}

/**
 * Stands in a literal for "no word character on the other side" (\b, or a
 * lookaround that refuses letters and digits): the scan then looks for the
 * literal as a word ("u" as a word, not the u of "your"), which is what
 * makes short anchors selective.
 */
export const BOUNDARY = '\u0001'
const BOUNDED: Info = {exact: new Set([BOUNDARY]), ...ASSERTION}
/** ^ and $: no character on the other side is no word character there ("^ugh" needs "ugh" as a word's start). */
const TEXT_EDGE: Info = {exact: BOUNDED.exact, startsApart: true, endsApart: true}

/**
 * A space in a literal stands for a run of white space: the scan reads
 * every run of white space in a reply as one space (scanner.ts), so
 * "can\s+not" requires "can not" whatever spacing the reply has. Two words
 * together are far rarer than either: "do not support" where "do" alone
 * is in every reply.
 */
export const SPACE = ' '
const APART = {startsApart: true, endsApart: true}
const WHITE_SPACE: Info = {exact: new Set([SPACE]), nonWord: true, ...APART}
const NON_WORD: Info = {nonWord: true, ...APART}
const SPACE_OR_NONE: Info = {exact: new Set(['', SPACE]), mayBeEmpty: true, ...APART}
const WHITE_SPACE_CHAR = /\s/

function isWhiteSpace(info: Info): boolean {
  return info.exact?.size === 1 && info.exact.has(SPACE)
}
const WORD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'
const WORD_CHAR = /\w/

/** Whether a character class (its source) matches no word character, as the pattern's flags compare. */
function classIsApart(source: string): boolean {
  return wordCharsMatched(source, exactCase ? '' : 'i') === 'none'
}

const matchedWordChars = new Map<string, 'all' | 'none' | 'some'>()

/**
 * How many word characters a pattern of one character matches on its own:
 * all, none, or some (also for a source that does not compile: neither
 * answer is then safe to rely on).
 */
function wordCharsMatched(source: string, flags: string): 'all' | 'none' | 'some' {
  const key = `${flags}/${source}`
  let answer = matchedWordChars.get(key)
  if (answer === undefined) {
    try {
      const whole = new RegExp(`^(?:${source})$`, flags)
      const count = [...WORD_CHARS].filter(c => whole.test(c)).length
      answer = count === WORD_CHARS.length ? 'all' : count === 0 ? 'none' : 'some'
    } catch {
      answer = 'some'
    }
    matchedWordChars.set(key, answer)
  }
  return answer
}

/** Where the first (last) piece that must consume a character is apart from words. */
function apartAt(items: readonly Info[], edge: 'startsApart' | 'endsApart'): boolean {
  for (const item of items) {
    if (!item[edge]) return false
    if (!item.mayBeEmpty) return true
  }
  return false
}

/** The edge facts of a sequence of pieces. */
function sequenceEdges(items: readonly Info[]): Pick<Info, 'startsApart' | 'endsApart' | 'mayBeEmpty'> {
  return {startsApart: apartAt(items, 'startsApart'), endsApart: apartAt([...items].reverse(), 'endsApart'), mayBeEmpty: items.every(i => i.mayBeEmpty)}
}

/** Whether a lookaround's body matches every word character on its own (`\w`, `[A-Za-z0-9_…]`). */
function refusesWordChars(body: string): boolean {
  return wordCharsMatched(body, '') === 'all'
}

// Common English words: anchors made of them are found in nearly every reply,
// so a rarer requirement of the same pattern is preferred.
const COMMON = new Set(
  'a an and are as at be but by can do for from have he her his i if in is it its me my no not of on or our she so that the their them they this to up us was we what when will with you your'.split(' '),
)

/**
 * Whether the pattern being analysed matches letter case exactly (set by
 * requiredClauses for the length of one analysis): "U" on its own is rare
 * in replies, "u" in any case is not.
 */
let exactCase = false

// The most frequent letter pairs of English text, and the apostrophe's.
const FREQUENT_PAIRS = new Set(
  "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ly ok 's s' 'd 't 'm 're 've 'll".split(' '),
)

const weights = {exact: new Map<string, number>(), folded: new Map<string, number>()}

/** Roughly how rare a literal is in replies: longer is rarer, a lone letter anywhere is everywhere. */
function weight(s: string): number {
  const cache = exactCase ? weights.exact : weights.folded
  let w = cache.get(s)
  if (w === undefined) cache.set(s, (w = computeWeight(s)))
  return w
}

function isCommon(word: string): boolean {
  if (!exactCase) return COMMON.has(word.toLowerCase())
  // Compared as written: a common word, the pronoun, or a common word opening a sentence.
  return COMMON.has(word) || word === 'I' || (word.length > 1 && COMMON.has(word.toLowerCase()) && word[0] !== word[0]!.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase())
}

function computeWeight(s: string): number {
  const words = literalText(s).split(SPACE).filter(Boolean)
  // Common words together ("it is", "do not") are rarer than each alone, not rare.
  if (words.length > 1 && words.every(isCommon)) return 1 + 0.5 * (words.length - 1)
  let letters = 0
  let bounds = 0
  let w = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 1 || c === 32) bounds++
    else {
      letters++
      w += c >= 0x3000 ? 2 : (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0.5
    }
  }
  // A frequent pair of letters inside words ("er", "th") is in every reply:
  // no more selective than a common word.
  if (letters === 2 && !bounds && FREQUENT_PAIRS.has(s.toLowerCase())) return 1
  const common = words.length === 1 && isCommon(words[0]!)
  if (letters === 1 && words[0]!.charCodeAt(0) < 0x3000) return common ? Math.min(1, bounds * 0.5) : bounds >= 2 ? 1.5 : bounds ? 0.6 : 0.2
  w += bounds * 0.5
  return common ? Math.min(w, 1) : w
}

const qualities = {exact: new WeakMap<Set<string>, number>(), folded: new WeakMap<Set<string>, number>()}

/** How selective a requirement is: its weakest alternative decides. (Sets are never changed once made.) */
function quality(set: Set<string>): number {
  const cache = exactCase ? qualities.exact : qualities.folded
  let q = cache.get(set)
  if (q === undefined) {
    q = Infinity
    for (const s of set) q = Math.min(q, weight(s))
    q -= set.size / 1000
    cache.set(set, q)
  }
  return q
}

function usable(set: Set<string> | undefined): set is Set<string> {
  if (!set?.size) return false
  for (const s of set) if (!literalText(s).trim()) return false
  return true
}

/** At most this many requirements are kept per pattern: the most selective. */
const MAX_CLAUSES = 3

function withClause(clauses: readonly Set<string>[], set: Set<string> | undefined): Set<string>[] {
  if (!usable(set) || clauses.includes(set)) return [...clauses]
  return [...clauses, set].sort((a, b) => quality(b) - quality(a)).slice(0, MAX_CLAUSES)
}

/** The best single requirement of a piece. */
function requiredOf(info: Info): Set<string> | undefined {
  const [best] = withClause(info.clauses ?? [], info.exact)
  return best
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_SET) return undefined
  const out = new Set<string>()
  for (const x of a) for (const y of b) out.add(joined(x, y))
  for (const s of out) if (s.length > MAX_LITERAL) return undefined
  return out
}

/**
 * Two literals one after the other, written one way only: one boundary mark
 * is as good as two ("r" then (?=\s) then \s+), white space is a boundary
 * already, and a run of white space is one space.
 */
function joined(x: string, y: string): string {
  if (x.endsWith(BOUNDARY) && (y.startsWith(BOUNDARY) || y.startsWith(SPACE))) x = x.slice(0, -1)
  if (y.startsWith(BOUNDARY) && x.endsWith(SPACE)) y = y.slice(1)
  return x.endsWith(SPACE) && y.startsWith(SPACE) ? x + y.slice(1) : x + y
}

/** A sequence: adjacent exact pieces concatenate; every piece's requirements hold. */
function concat(items: Info[]): Info {
  let clauses: Set<string>[] = []
  let run: Set<string> | undefined = new Set([''])
  // Whether `run` still spans the whole sequence, so it is the sequence's exact set.
  let whole = true
  // Whether the piece before was white space: a run starting after it starts with a space.
  let afterSpace = false
  for (const item of items) {
    for (const c of item.clauses ?? []) clauses = withClause(clauses, c)
    if (run && item.exact) {
      const longer = cross(run, item.exact)
      if (longer) {
        run = longer
        afterSpace = isWhiteSpace(item)
        continue
      }
    }
    whole = false
    if (item.nonWord) {
      // "…\s+fault\s+…": what ends before it and starts after it is a whole word there.
      if (run) clauses = withClause(clauses, cross(run, item.exact ?? BOUNDED.exact!) ?? run)
      run = item.exact ?? BOUNDED.exact
      afterSpace = isWhiteSpace(item)
      continue
    }
    // A run grown too long inside a word starts again at the next word: the
    // rest of this one ("se" of "sense") is in nearly every reply.
    const midWord = run && item.exact && !afterSpace && run.size * item.exact.size <= MAX_SET
    clauses = withClause(clauses, run)
    run = midWord ? undefined : item.exact && afterSpace ? (cross(WHITE_SPACE.exact!, item.exact) ?? item.exact) : item.exact
    afterSpace = false
  }
  clauses = withClause(clauses, run)
  return whole && run ? {exact: run, clauses, ...sequenceEdges(items)} : {clauses, ...sequenceEdges(items)}
}

function union(alternatives: Info[]): Info {
  let exact: Set<string> | undefined = new Set()
  const required = new Set<string>()
  let allRequire = true
  for (const alt of alternatives) {
    if (exact && alt.exact) for (const s of alt.exact) exact.add(s)
    else exact = undefined
    const r = requiredOf(alt)
    if (!r) allRequire = false
    else for (const s of r) required.add(s)
  }
  if (exact && exact.size > MAX_SET) exact = undefined
  const edges = {
    startsApart: alternatives.every(a => a.startsApart),
    endsApart: alternatives.every(a => a.endsApart),
    mayBeEmpty: alternatives.some(a => a.mayBeEmpty),
  }
  return {...(exact ? {exact} : {}), ...(allRequire && required.size ? {clauses: [required]} : {}), ...edges}
}

const SIMPLE_ESCAPES: Record<string, string> = {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0'}

// Sticky: they match at the parser's position without copying the rest of the source.
const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,(\d*))?\})\??/y
const GROUP_HEAD = /\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/y
const CODE_UNIT_ESCAPE = /\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/y
const OPAQUE_ESCAPE = /\\[pP]\{[^}]*\}|\\u\{[0-9a-fA-F]+\}|\\k<[^>]*>|\\c[A-Za-z]|\\[1-9]\d*/y

class Parser {
  private i = 0
  constructor(private readonly src: string) {}

  private at(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.i
    return pattern.exec(this.src)
  }

  parse(): Info {
    const info = this.alternation()
    if (this.i < this.src.length) throw new Error('unbalanced pattern')
    return info
  }

  private alternation(): Info {
    const alts = [this.sequence()]
    while (this.src[this.i] === '|') {
      this.i++
      alts.push(this.sequence())
    }
    return alts.length === 1 ? alts[0]! : union(alts)
  }

  private sequence(): Info {
    const items: Info[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(...this.quantified(this.atom()))
    return concat(items)
  }

  /** An atom with its quantifier, as the pieces of a sequence: "ugh+" is "ugh" then more h's or none. */
  private quantified(atom: Info): Info[] {
    const q = this.at(QUANTIFIER)
    if (!q) return [atom]
    this.i += q[0].length
    const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0
    const max = q[0][0] === '{' ? (q[2] === undefined ? min : q[2] === '' ? Infinity : Number(q[2])) : min === 1 ? Infinity : q[0][0] === '?' ? 1 : Infinity
    const edges = {startsApart: atom.startsApart, endsApart: atom.endsApart}
    // Any white space, or none, is a space or nothing to the scan.
    if (min === 0 && isWhiteSpace(atom)) return [SPACE_OR_NONE]
    if (min === 0) return [{...(atom.exact && max === 1 && atom.exact.size < MAX_SET ? {exact: new Set(['', ...atom.exact])} : {}), ...edges, mayBeEmpty: true}]
    if (min === 1 && max === 1) return [atom]
    if (atom.nonWord) return [atom]
    // "h{3,}" needs "hhh", not just "h".
    let repeated = atom.exact
    for (let k = 1; repeated && k < Math.min(min, 8); k++) repeated = cross(repeated, atom.exact!)
    if (!repeated) return [{clauses: withClause(atom.clauses ?? [], atom.exact), ...edges, mayBeEmpty: atom.mayBeEmpty}]
    const required = {exact: repeated, clauses: atom.clauses, ...edges, mayBeEmpty: atom.mayBeEmpty}
    return min === max && min < 8 ? [required] : [required, {...edges, mayBeEmpty: true}]
  }

  private atom(): Info {
    const c = this.src[this.i]!
    if (c === '(') return this.group()
    if (c === '[') return this.charClass()
    if (c === '\\') return this.escape()
    this.i++
    if (c === '^' || c === '$') return TEXT_EDGE
    if (c === '.') return UNKNOWN
    return character(c)
  }

  private group(): Info {
    const start = this.i
    const head = this.at(GROUP_HEAD)![0]
    this.i += head.length
    const inner = this.alternation()
    if (this.src[this.i] !== ')') throw new Error('unbalanced group')
    this.i++
    if (head === '(?=' || head === '(?<=') {
      // "r(?=\s+\w)" is "r" as a word's end, "(?<=\bto\s)U" is "U" as a word's start.
      const bounds = head === '(?=' ? inner.startsApart : inner.endsApart
      return {exact: bounds ? BOUNDED.exact : new Set(['']), clauses: withClause(inner.clauses ?? [], inner.exact), ...ASSERTION}
    }
    if (head === '(?!' || head === '(?<!') return refusesWordChars(this.src.slice(start + head.length, this.i - 1)) ? BOUNDED : EMPTY
    return inner
  }

  private escape(): Info {
    const next = this.src[this.i + 1]
    if (next === undefined) throw new Error('trailing backslash')
    let m: RegExpExecArray | null
    if ((m = this.at(CODE_UNIT_ESCAPE))) {
      this.i += m[0].length
      return character(String.fromCharCode(parseInt(m[1] ?? m[2]!, 16)))
    }
    if ((m = this.at(OPAQUE_ESCAPE))) {
      this.i += m[0].length
      return UNKNOWN
    }
    this.i += 2
    if (next === 'b') return BOUNDED
    if (next === 'B') return EMPTY
    if (next === 's') return WHITE_SPACE
    if (next === 'W') return NON_WORD
    if ('dDwS'.includes(next)) return UNKNOWN
    return character(SIMPLE_ESCAPES[next] ?? next)
  }

  /** A class of a few single characters is a small exact set ("['’]", "[Tt]"); anything else is unknown. */
  private charClass(): Info {
    const start = this.i
    let j = this.i + 1
    const chars: string[] = []
    let simple = this.src[j] !== '^'
    if (this.src[j] === ']') {
      chars.push(']')
      j++
    }
    for (; j < this.src.length && this.src[j] !== ']'; j++) {
      const ch = this.src[j]!
      if (ch === '\\') {
        const m = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(j))
        if (m) {
          chars.push(String.fromCharCode(parseInt(m[1]!, 16)))
          j += m[0].length - 1
          continue
        }
        const e = this.src[j + 1]!
        if (/[\w]/.test(e) && !SIMPLE_ESCAPES[e]) simple = false
        chars.push(SIMPLE_ESCAPES[e] ?? e)
        j++
        continue
      }
      if (ch === '-' && chars.length && this.src[j + 1] !== ']') simple = false
      chars.push(ch)
    }
    if (j >= this.src.length) throw new Error('unbalanced class')
    this.i = j + 1
    if (!simple || !chars.length || chars.length > 6) return classIsApart(this.src.slice(start, this.i)) ? APART : UNKNOWN
    // "[ \t]" is white space, which the scan reads as one space.
    if (chars.every(c => WHITE_SPACE_CHAR.test(c))) return WHITE_SPACE
    const apart = !chars.some(c => WORD_CHAR.test(c))
    return {exact: new Set(chars.map(c => (WHITE_SPACE_CHAR.test(c) ? SPACE : c))), startsApart: apart, endsApart: apart}
  }
}

/** One character as a piece: white space is a space to the scan. */
function character(c: string): Info {
  if (WHITE_SPACE_CHAR.test(c)) return WHITE_SPACE
  const apart = !WORD_CHAR.test(c)
  return {exact: new Set([c]), startsApart: apart, endsApart: apart}
}

/**
 * What every match of `source` needs in the text it is found in (the text
 * around the match counts, for lookarounds): one string of each returned
 * list, compared as the pattern's own flags would compare them. BOUNDARY
 * marks a side where no word character may be. Empty when the pattern can
 * match without any known literal.
 */
export function requiredClauses(source: string, caseSensitive = false): string[][] {
  exactCase = caseSensitive
  let info: Info
  try {
    info = new Parser(source).parse()
  } catch {
    return []
  }
  const clauses = withClause(info.clauses ?? [], info.exact)
    .filter(set => quality(set) > MIN_QUALITY)
    .map(set => new Set([...set].map(edgesAsBoundaries)))
  // "thank you" adds nothing to "⁁thank you⁁": scanning for it costs, and it is met whenever the other is.
  return clauses.filter((clause, k) => !clauses.some((other, j) => j !== k && impliesClause(other, clause) && (j < k || !impliesClause(clause, other)))).map(set => [...set])
}

/**
 * White space at a literal's edge as a word boundary: " know" becomes
 * "⁁know", which the scan finds along the same states as "know" and
 * "⁁know⁁". A literal with its own space at the front or the back needs a
 * state for every character after it: a second copy of every word, and the
 * scan is faster the fewer states it moves between.
 */
function edgesAsBoundaries(literal: string): string {
  let out = literal
  if (out.startsWith(SPACE)) out = WORD_CHAR.test(out[1] ?? '') ? BOUNDARY + out.slice(1) : out.slice(1)
  if (out.endsWith(SPACE)) out = WORD_CHAR.test(out.at(-2) ?? '') ? out.slice(0, -1) + BOUNDARY : out.slice(0, -1)
  return out
}

/** Whether every literal of `a` holds some literal of `b`: where `a` is met, `b` is. */
function impliesClause(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    let held = false
    for (const y of b) if ((held = holds(x, y))) break
    if (!held) return false
  }
  return true
}

/** Whether literal `outer` occurring means `inner` occurs, boundary marks included. */
function holds(outer: string, inner: string): boolean {
  const o = literalText(outer)
  const i = literalText(inner)
  if (!i) return true
  const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c)
  for (let at = o.indexOf(i); at >= 0; at = o.indexOf(i, at + 1)) {
    const startOk = !inner.startsWith(BOUNDARY) || !isWord(i[0]) || (at === 0 ? outer.startsWith(BOUNDARY) : !isWord(o[at - 1]))
    const endOk = !inner.endsWith(BOUNDARY) || !isWord(i.at(-1)) || (at + i.length === o.length ? outer.endsWith(BOUNDARY) : !isWord(o[at + i.length]))
    if (startOk && endOk) return true
  }
  return false
}

/**
 * Requirements no better than a common word ("you", "the") or a lone letter
 * are met by nearly every reply: looking for them costs more than it saves
 * (measured: the scan finds them everywhere and checks their patterns).
 */
const MIN_QUALITY = 1

/** The literal without its boundary marks, any white space as one space: what the scan finds in the text. */
export function literalText(literal: string): string {
  return literal.split(BOUNDARY).join('').replace(/\s+/g, SPACE)
}

/** Calls `visit` for each character of a regex source outside escapes and classes, with the group depth. */
function walkSource(source: string, visit: (i: number, depth: number) => void): void {
  let depth = 0
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') visit(i, depth++)
    else if (ch === ')') visit(i, --depth)
    else visit(i, depth)
  }
}

/** Where the group opening at `open` closes. */
function groupEnd(source: string, open: number): number {
  let end = -1
  let depth0 = -1
  walkSource(source, (i, depth) => {
    if (end >= 0) return
    if (i === open) depth0 = depth
    else if (depth0 >= 0 && source[i] === ')' && depth === depth0) end = i
  })
  return end
}

/**
 * The top-level alternatives of a regex source, with groups that wrap a whole
 * alternative opened up: `(?:a|b)|c` -> a, b, c. Run in order, each on its own,
 * they find what the alternation finds (see phraseMatches).
 */
export function topLevelAlternatives(source: string): string[] {
  const cuts: number[] = []
  walkSource(source, (i, depth) => {
    if (depth === 0 && source[i] === '|') cuts.push(i)
  })
  const pieces: string[] = []
  let from = 0
  for (const cut of [...cuts, source.length]) {
    pieces.push(source.slice(from, cut))
    from = cut + 1
  }
  return pieces.flatMap(piece => (piece.startsWith('(?:') && groupEnd(piece, 0) === piece.length - 1 ? topLevelAlternatives(piece.slice(3, -1)) : [piece]))
}

/**
 * A pattern that opens with a lookbehind makes V8 run the lookbehind at every
 * position of the text, which for "(?<=\b(?:fault|…)\b[^.!?]{0,60}),\s*not…" is
 * a 60-character walk back each time. Checking first that the rest can match
 * there (a lookahead, usually decided by one character) gives the same
 * matches: both conditions are about the same position and neither consumes
 * anything. The copy's groups capture nothing, so group names and numbers
 * stay as they were; a pattern with back-references is left alone.
 */
export function lookbehindLast(source: string): string {
  if (!source.startsWith('(?<=') && !source.startsWith('(?<!')) return source
  const end = groupEnd(source, 0)
  const rest = source.slice(end + 1)
  if (end < 0 || !rest || /\\k<|\\[1-9]/.test(rest)) return source
  let copy = ''
  let last = 0
  walkSource(rest, i => {
    if (rest[i] !== '(') return
    const named = /^\(\?<([A-Za-z_$][\w$]*)>/.exec(rest.slice(i))
    if (named) {
      copy += `${rest.slice(last, i)}(?:`
      last = i + named[0].length
    } else if (rest[i + 1] !== '?') {
      copy += `${rest.slice(last, i)}(?:`
      last = i + 1
    }
  })
  copy += rest.slice(last)
  return `(?=${copy})${source}`
}
