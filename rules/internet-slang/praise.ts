// Chinese slang that only says "great" (yyds, 绝绝子) is replaced by the
// praise that fits its subject: a price is 很划算, a colour 很好看, a cream
// 很好用; 这个价格真的是 yyds must not become "the price is easy to use". The
// degree word before it (真的是, 简直是, 绝对是) goes with it, so the clause
// reads as one predicate and no absolute word is left standing.
import praiseData from './praise-data.zh.js'
import type {PhraseHit} from '../../src/context.js'
import type {Range} from '../../src/types.js'

interface PraiseData {
  slang: string[]
  classes: Array<{subjects: string[]; praise: string}>
  neutral: string
}

const DATA: PraiseData = praiseData
const PRAISE_ENTRIES = new Set(DATA.slang)

/** Degree words and the copula before the slang: 真的是, 简直就是, 绝对是, 超, 太. */
const DEGREE_BEFORE = /(?:(真的|真|简直|绝对|完全|实在|确实|超级?|太|好)?(?:就是|是)?)[ \t]*$/u
/** Where the praised subject's clause starts. */
const CLAUSE_MARK = /[，。！？、,.!?;；：:\s～~]/u

export interface Praise {
  range: Range
  /** Simplified; the caller writes it in the sentence's script. */
  fitting: string
  neutral: string
}

export function isPraiseSlang(hit: PhraseHit): boolean {
  return PRAISE_ENTRIES.has(hit.entry.id)
}

/** The rewrite of a praise slang hit, with the degree words before it in its range. */
export function praiseFor(hit: PhraseHit): Praise {
  const {sentence} = hit
  const at = hit.range[0] - sentence.start
  const before = sentence.normalized.slice(0, at)
  const degree = DEGREE_BEFORE.exec(before)!
  const degreeStart = at - degree[0].length
  let clauseStart = degreeStart
  while (clauseStart > 0 && !CLAUSE_MARK.test(sentence.normalized[clauseStart - 1]!)) clauseStart--
  const subject = sentence.normalized.slice(clauseStart, degreeStart)
  // The subject noun nearest the praise decides: 这款面霜的价格 is a price.
  let best: {at: number; praise: string} | undefined
  for (const c of DATA.classes)
    for (const s of c.subjects) {
      const i = subject.lastIndexOf(s)
      if (i >= 0 && (!best || i + s.length > best.at)) best = {at: i + s.length, praise: c.praise}
    }
  // A degree word said "really": keep it as 真的, never as 绝对 (a promise word).
  const intensified = degree[1] !== undefined
  const word = (praise: string) => (intensified ? '真的' + praise : praise)
  const alone = subject.trim() === ''
  return {
    range: [sentence.start + degreeStart, hit.range[1]],
    fitting: best ? word(best.praise) : alone ? '真的' + DATA.neutral : word(DATA.neutral),
    neutral: alone || intensified ? '真的' + DATA.neutral : DATA.neutral,
  }
}
