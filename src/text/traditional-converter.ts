// OpenCC's Simplified -> Taiwan Traditional conversion (its s2tw
// configuration and dictionaries), with the dictionaries held as one Map each
// instead of OpenCC's trie of Maps. OpenCC's own converter builds a Map per
// trie node, and the phrase dictionary twice (once to segment, once to
// convert): 44 MB of heap in every thread that meets a Traditional reply, all
// of it marked again by each full collection. One Map per dictionary, shared
// wherever the configuration names it again, is a tenth of that.
//
// Only the longest-prefix lookup is replaced. Segmenting and converting are
// OpenCC's own (Trie.prototype.segment and convert call matchPrefix), so the
// output is OpenCC's: the equivalence is tested against OpenCC's converter.

import {Trie} from 'opencc-js/core'
import {configs} from 'opencc-js/preset/cn2t'

type Convert = (text: string) => string

/** One OpenCC dictionary: its entries and its longest key, in code units. */
interface Dictionary {
  readonly entries: Map<string, string>
  readonly longest: number
}

/**
 * A dictionary group answering OpenCC's longest-prefix question from Maps.
 * A trie walk finds the longest key that starts the text at `offset`; when
 * several dictionaries of a group hold that key, the first one named wins
 * (OpenCC loads a group last to first, each overwriting the one before).
 */
class DictionaryGroup extends Trie {
  private readonly longest: number

  constructor(private readonly dictionaries: readonly Dictionary[]) {
    super()
    this.longest = Math.max(0, ...dictionaries.map(dictionary => dictionary.longest))
  }

  override matchPrefix(text: string, offset: number): {end: number; value: string} | null {
    for (let length = Math.min(this.longest, text.length - offset); length > 0; length--) {
      const key = text.slice(offset, offset + length)
      for (const dictionary of this.dictionaries) {
        if (dictionary.longest < length) continue
        const value = dictionary.entries.get(key)
        if (value !== undefined) return {end: offset + length, value}
      }
    }
    return null
  }
}

type DictLike = string | readonly (readonly [string, string])[]

/** Parses OpenCC's serialised dictionary ("from to|from to"), as its Trie.loadDict does. */
function parse(dictionary: DictLike): Dictionary {
  const entries = new Map<string, string>()
  const pairs = typeof dictionary === 'string' ? dictionary.split('|').map(line => line.split(' ')) : dictionary
  let longest = 0
  for (const [from, to] of pairs) {
    if (typeof from !== 'string' || typeof to !== 'string') throw new TypeError(`Invalid OpenCC dictionary entry: ${String(from)}`)
    entries.set(from, to)
    if (from.length > longest) longest = from.length
  }
  return {entries, longest}
}

/** Builds the Simplified -> Taiwan Traditional converter, as OpenCC's Converter({from: 'cn', to: 'tw'}) does. */
export function simplifiedToTaiwanConverter(): Convert {
  const config = configs['s2tw'] as
    | {normalizationChain?: readonly (readonly DictLike[])[]; segmentation: readonly DictLike[]; conversionChain: readonly (readonly DictLike[])[]}
    | undefined
  if (!config) throw new Error('OpenCC has no s2tw configuration')
  const parsed = new Map<DictLike, Dictionary>()
  const group = (dictionaries: readonly DictLike[]) =>
    new DictionaryGroup(
      dictionaries.map(dictionary => {
        let entry = parsed.get(dictionary)
        if (!entry) parsed.set(dictionary, (entry = parse(dictionary)))
        return entry
      }),
    )
  const normalization = (config.normalizationChain ?? []).map(group)
  const segmentation = group(config.segmentation)
  const conversion = config.conversionChain.map(group)
  return text => {
    const normalized = normalization.reduce((result, step) => step.convert(result), text)
    return segmentation
      .segment(normalized)
      .map(segment => conversion.reduce((result, step) => step.convert(result), segment))
      .join('')
  }
}
