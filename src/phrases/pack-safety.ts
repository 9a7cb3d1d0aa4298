// Refuses phrase-pack patterns whose matching time can explode. A pattern
// such as /(\w+\s?)*$/ can match the same text in exponentially many ways, and
// every reply linted would pay for it; recheck proves a pattern safe or finds
// an attack string, including for lookbehind and \p{...} that simpler
// structural checkers misread.
import {createRequire} from 'node:module'
import {isRegexLiteral} from './compile.js'
import type {PatternSource, PhraseFile} from './format.js'
import {ConfigError} from '../config/errors.js'

const require = createRequire(import.meta.url)

/**
 * Polynomial degrees from this one up are refused. Degree 2 is the price of
 * almost any unanchored \w+ search and stays fast on reply-sized text; degree
 * 3 already takes seconds on a long reply.
 */
const REFUSED_DEGREE = 3

export type PatternVerdict = {safe: true} | {safe: false; why: string}

const verdicts = new Map<string, PatternVerdict>()

/** Judges one regular expression source, compiled with the flags phrases use. */
export function judgePattern(source: string): PatternVerdict {
  const known = verdicts.get(source)
  if (known) return known
  const {checkSync} = require('recheck') as typeof import('recheck')
  const result = checkSync(source, 'giu', {timeout: 10_000})
  let verdict: PatternVerdict = {safe: true}
  if (result.status === 'unknown') {
    verdict = {safe: false, why: `could not be shown to run in reasonable time (${result.error.kind}); simplify it`}
  } else if (result.status === 'vulnerable') {
    const {complexity} = result
    // The span from the first to the last hot spot shows the parts that compete for the same text.
    const heat = result.hotspot.filter(h => h.temperature === 'heat')
    const spots = heat.length ? heat : result.hotspot
    const where = spots.length ? ` (the slow part: \`${source.slice(Math.min(...spots.map(h => h.start)), Math.max(...spots.map(h => h.end)))}\`)` : ''
    if (complexity.type === 'exponential')
      verdict = {safe: false, why: `can take exponential time on some replies${where}: rewrite it so that repeated parts cannot match the same text in more than one way`}
    else if (complexity.degree >= REFUSED_DEGREE)
      verdict = {safe: false, why: `can take time growing with the ${ordinal(complexity.degree)} power of the reply's length${where}: avoid several unbounded repetitions (.*, \\w+) in a row`}
  }
  verdicts.set(source, verdict)
  return verdict
}

function ordinal(n: number): string {
  return n === 3 ? 'third' : n === 4 ? 'fourth' : `${n}th`
}

/** Throws a ConfigError naming the file, entry and key of the first unsafe pattern. */
export function assertSafePatterns(file: PhraseFile, where: string): void {
  const check = (src: PatternSource | undefined, path: string, entryId?: string) => {
    if (src === undefined) return
    const list = typeof src === 'string' ? [src] : src
    list.forEach((pattern, k) => {
      if (!isRegexLiteral(pattern)) return // literal phrases compile to plain word sequences
      const verdict = judgePattern(pattern.slice(1, -1))
      if (verdict.safe) return
      const key = typeof src === 'string' ? path : `${path}[${k}]`
      throw new ConfigError(`${where}: ${key}: ${entryId ? `entry '${entryId}': ` : ''}${pattern} ${verdict.why}`)
    })
  }
  check(file.exceptions, 'exceptions')
  file.entries.forEach((entry, i) => {
    check(entry.pattern, `entries[${i}].pattern`, entry.id)
    check(entry.exceptions, `entries[${i}].exceptions`, entry.id)
  })
}
