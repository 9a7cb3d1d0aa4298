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
 * The tokens of recently parsed English sentences, by sentence text, with
 * offsets in the sentence: the same sentence comes back in a reply's
 * whole-reply rewrite, which is linted again (every sentence the rewrite
 * left alone), and in replies written from the same templates. Least
 * recently used first (a Map keeps insertion order); long sentences are not
 * kept, so the memo stays small whatever the input.
 */
const sentenceTokens = new Map<string, readonly Token[]>()
const MEMO_SENTENCES = 2048
const MEMO_SENTENCE_UNITS = 1000

/** The NLCST sentence-level tokens of an English sentence. */
export function englishTokens(sentence: Sentence): Token[] {
  if (!parseEnglish) throw new EnglishSyntaxNotLoaded()
  const {text, start} = sentence
  if (text.length > MEMO_SENTENCE_UNITS) {
    const tokens: Token[] = []
    collectTokens(parseEnglish(text), start, tokens)
    return tokens
  }
  let own = sentenceTokens.get(text)
  if (own) sentenceTokens.delete(text)
  else {
    const parsed: Token[] = []
    collectTokens(parseEnglish(text), 0, parsed)
    own = parsed
    if (sentenceTokens.size >= MEMO_SENTENCES) sentenceTokens.delete(sentenceTokens.keys().next().value!)
  }
  sentenceTokens.set(text, own)
  // Each caller gets tokens of its own, placed in its reply.
  const tokens: Token[] = []
  for (const t of own) tokens.push({kind: t.kind, text: t.text, start: start + t.start, end: start + t.end})
  return tokens
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
export function chineseTokens(sentence: Sentence, segments = chineseSegments(sentence)): Token[] {
  const tokens: Token[] = []
  for (const seg of segments) tokens.push(chineseToken(sentence, seg))
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
