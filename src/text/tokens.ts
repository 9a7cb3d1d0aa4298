// Word-level views of a sentence: NLCST from retext-english for English,
// Intl.Segmenter for Chinese. Both are loaded or built only when a rule asks.
import type {Sentence} from '../types.js'

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
  const processor = unified().use(retextEnglish)
  parseEnglish = text => processor.parse(text) as unknown as NlcstNode
}

const KIND: Record<string, Token['kind']> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
}

function nodeText(node: NlcstNode): string {
  return node.value ?? (node.children ?? []).map(nodeText).join('')
}

/** The NLCST sentence-level tokens of an English sentence. */
export function englishTokens(sentence: Sentence): Token[] {
  if (!parseEnglish) throw new EnglishSyntaxNotLoaded()
  const tokens: Token[] = []
  const walk = (node: NlcstNode) => {
    const kind = KIND[node.type]
    if (kind && node.position?.start.offset !== undefined) {
      tokens.push({
        kind,
        text: nodeText(node),
        start: sentence.start + node.position.start.offset,
        end: sentence.start + node.position.end.offset!,
      })
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(parseEnglish(sentence.text))
  return tokens
}

let segmenter: Intl.Segmenter | undefined

/** Chinese word segments of a sentence (sentences are bounded in length, so this stays linear). */
export function chineseTokens(sentence: Sentence): Token[] {
  segmenter ??= new Intl.Segmenter('zh', {granularity: 'word'})
  const tokens: Token[] = []
  // Segment the Simplified form: the segmenter's dictionary knows it better,
  // and the offsets are the same.
  for (const seg of segmenter.segment(sentence.normalized)) {
    const start = sentence.start + seg.index
    const text = sentence.text.slice(seg.index, seg.index + seg.segment.length)
    const kind: Token['kind'] = seg.isWordLike ? 'word' : /^\s+$/.test(seg.segment) ? 'whitespace' : /^[\p{P}]+$/u.test(seg.segment) ? 'punctuation' : 'symbol'
    tokens.push({kind, text, start, end: start + seg.segment.length})
  }
  return tokens
}
