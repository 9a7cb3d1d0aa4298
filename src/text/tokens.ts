// Word-level views of a sentence: NLCST from retext-english for English,
// Intl.Segmenter for Chinese. Both are loaded or built only when a rule asks.
import type {Sentence} from '../types.js'
import {isHanCode} from './chinese.js'
import {codeUnitSet} from './code-units.js'

export interface Token {
  kind: 'word' | 'punctuation' | 'symbol' | 'whitespace'
  text: string
  /** Offsets in the reply. */
  start: number
  end: number
}

interface NlcstNode {
  type: string
  value?: string
  children?: NlcstNode[]
  position?: {start: {offset?: number}; end: {offset?: number}}
}

type Parse = (text: string) => NlcstNode

let parseEnglish: Parse | undefined

/**
 * Thrown when a rule first asks for English tokens before the parser is
 * loaded: the engine loads it and runs the rule again. So the parser (and
 * its dozen modules) loads only when some reply needs it, not at start-up.
 */
export class EnglishSyntaxNotLoaded extends Error {
  constructor() {
    super('English syntax is not loaded yet')
  }
}

export async function loadEnglishSyntax(): Promise<void> {
  if (parseEnglish) return
  const [{unified}, {default: retextEnglish}] = await Promise.all([import('unified'), import('retext-english')])
  const processor = unified().use(retextEnglish).freeze()
  // The parser itself, without the virtual file processor.parse wraps each text in first: it reads only the text.
  const parser = processor.parser!
  parseEnglish = text => parser(text, undefined as never) as unknown as NlcstNode
}

const KIND: Record<string, Token['kind']> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
}

function nodeText(node: NlcstNode): string {
  if (node.value != null) return node.value
  // Concatenated in a loop rather than map and join: optimised code's map
  // makes holey arrays where the interpreter's makes packed ones, and the
  // join compiled for one kind is thrown away when the other turns up.
  let text = ''
  for (const child of node.children ?? []) text += nodeText(child)
  return text
}

/**
 * The tokens of distinct sentences, offsets counted from the sentence's
 * start. Replies repeat sentences (greetings, canned phrases) far more than
 * whole replies, and parsing a sentence is a pure function of its text: a
 * repeated sentence's tokens are copied, shifted to where it stands, instead
 * of parsed again. Bounded in characters and in sentence length, so memory
 * stays flat whatever the input.
 */
const MEMO_CHARS = 400_000
const MEMO_SENTENCE_CHARS = 400
let memoEnabled = true

/**
 * Least recently used first (a Map keeps insertion order; a hit moves its
 * entry to the end): one-off sentences (names, order numbers) then pass
 * through without pushing out the canned ones.
 */
class SentenceMemo {
  private readonly entries = new Map<string, Token[]>()
  private chars = 0

  get(key: string): Token[] | undefined {
    const tokens = this.entries.get(key)
    if (tokens) {
      this.entries.delete(key)
      this.entries.set(key, tokens)
    }
    return tokens
  }

  set(key: string, tokens: Token[]): void {
    this.entries.set(key, tokens)
    this.chars += key.length
    while (this.chars > MEMO_CHARS) {
      const oldest = this.entries.keys().next().value!
      this.entries.delete(oldest)
      this.chars -= oldest.length
    }
  }

  clear(): void {
    this.entries.clear()
    this.chars = 0
  }
}

const englishMemo = new SentenceMemo()
const chineseMemo = new SentenceMemo()

/** @internal Turns the sentence memo off (or on again): the equivalence test compares both ways. */
export function setTokenMemo(enabled: boolean): void {
  memoEnabled = enabled
  englishMemo.clear()
  chineseMemo.clear()
}

function shifted(tokens: readonly Token[], offset: number): Token[] {
  // A loop and push, fresh objects: a rule may keep or change what it is given.
  const out: Token[] = []
  for (const t of tokens) out.push({kind: t.kind, text: t.text, start: t.start + offset, end: t.end + offset})
  return out
}

/** The NLCST sentence-level tokens of an English sentence. */
export function englishTokens(sentence: Sentence): Token[] {
  if (!parseEnglish) throw new EnglishSyntaxNotLoaded()
  const memo = memoEnabled && sentence.text.length <= MEMO_SENTENCE_CHARS
  if (memo) {
    const known = englishMemo.get(sentence.text)
    if (known) return shifted(known, sentence.start)
  }
  const tokens: Token[] = []
  collectTokens(parseEnglish(sentence.text), memo ? 0 : sentence.start, tokens)
  if (!memo) return tokens
  englishMemo.set(sentence.text, tokens)
  return shifted(tokens, sentence.start)
}

/**
 * A function of its own rather than a closure made per sentence: optimised
 * code made while one closure existed is specialised to it and compiled
 * again once there are more.
 */
function collectTokens(node: NlcstNode, offset: number, tokens: Token[]): void {
  const kind = KIND[node.type]
  if (kind && node.position?.start.offset !== undefined) {
    tokens.push({
      kind,
      text: nodeText(node),
      start: offset + node.position.start.offset,
      end: offset + node.position.end.offset!,
    })
    return
  }
  for (const child of node.children ?? []) collectTokens(child, offset, tokens)
}

let segmenter: Intl.Segmenter | undefined

/**
 * The word segmentation of a Chinese sentence, for chineseTokens or
 * chineseTokenAt. Segment the Simplified form: the segmenter's dictionary
 * knows it better, and the offsets are the same.
 */
export function chineseSegments(sentence: Sentence): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', {granularity: 'word'})
  return segmenter.segment(sentence.normalized)
}

function chineseToken(sentence: Sentence, seg: Intl.SegmentData): Token {
  const start = sentence.start + seg.index
  const text = sentence.text.slice(seg.index, seg.index + seg.segment.length)
  const kind: Token['kind'] = seg.isWordLike ? 'word' : /^\s+$/.test(seg.segment) ? 'whitespace' : /^[\p{P}]+$/u.test(seg.segment) ? 'punctuation' : 'symbol'
  return {kind, text, start, end: start + seg.segment.length}
}

/** Chinese word segments of a sentence (sentences are bounded in length, so this stays linear). */
export function chineseTokens(sentence: Sentence, segments?: Intl.Segments): Token[] {
  // Keyed by both forms: the segmentation reads the Simplified one, the tokens' text the one written.
  const memo = memoEnabled && sentence.text.length <= MEMO_SENTENCE_CHARS
  const key = memo ? (sentence.normalized === sentence.text ? sentence.text : `${sentence.text}\u0000${sentence.normalized}`) : ''
  if (memo) {
    const known = chineseMemo.get(key)
    if (known) return shifted(known, sentence.start)
  }
  const tokens: Token[] = []
  for (const seg of segments ?? chineseSegments(sentence)) tokens.push(chineseToken(sentence, seg))
  if (!memo) return tokens
  chineseMemo.set(key, shifted(tokens, -sentence.start))
  return tokens
}

/**
 * White space and punctuation that the word-break rules never join to a Han
 * character before them: Unicode's rules (and ICU's dictionary segmentation)
 * join a Han character only to the dictionary characters and combining
 * marks that follow it. test/text/tokens.test.ts checks this against the
 * segmenter.
 */
export const ENDS_HAN_WORD = ' \t\u3000。，、；：！？…“”‘’（）《》【】「」『』～~!?,;:()"\''
const ENDS_HAN_WORD_CODES = codeUnitSet(ENDS_HAN_WORD)

/**
 * Whether a word surely ends at reply offset `offset` of a Chinese sentence,
 * told without the segmenter: a Han character followed by white space or
 * punctuation. (False says nothing: ask chineseTokenAt.)
 */
export function hanWordEndsAt(sentence: Sentence, offset: number): boolean {
  const at = offset - sentence.start
  const text = sentence.normalized
  return at > 0 && at < text.length && isHanCode(text.charCodeAt(at - 1)) && ENDS_HAN_WORD_CODES.has(text.charCodeAt(at))
}

/**
 * The token of chineseTokens(sentence) that holds reply offset `offset`, or
 * undefined at or past the sentence's end. The segmenter works out the words
 * around the offset only, and no other token is built: a rule that asks
 * whether a phrase cuts through a word needs two tokens, not the sentence's.
 */
export function chineseTokenAt(sentence: Sentence, offset: number, segments = chineseSegments(sentence)): Token | undefined {
  const at = offset - sentence.start
  if (at < 0 || at >= sentence.normalized.length) return undefined
  const seg = segments.containing(at)
  return seg && chineseToken(sentence, seg)
}
