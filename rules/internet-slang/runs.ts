// Adjacent English slang is rewritten as one unit: "ok thx u" is one thought,
// and word-by-word fixes ("ok thanks you") would not read as a sentence. A
// run is a sequence of slang words in one sentence separated only by spaces,
// with a plain "ok" in front of it taken along ("ok thx" -> "OK, thanks"),
// because the comma after the interjection belongs to the same rewrite.
import type {PhraseHit} from '../../src/context.js'
import type {Range} from '../../src/types.js'

export interface Run {
  hits: PhraseHit[]
  /** Where the rewrite starts: the first hit, or a plain "ok" just before it. */
  start: number
  end: number
  /** The "ok" taken along, when there is one. */
  leadingOk: boolean
  /** That word as written ("Okay" stays "Okay"; "ok" is written "OK"). */
  leading: string
}

/** Only spaces between two words of one run: a comma or a full stop ends it. */
const SPACES_ONLY = /^[ \t\u00a0]+$/
/** A plain acknowledgement that opens a clause: "ok thx", "Okay pls …". */
const LEADING_OK = /(?:^|[,.!?;:][ \t]*)(ok|okay|Ok|OK|Okay)[ \t]+$/

/** Groups hits (sorted, not overlapping) into runs; only English hits are joined. */
export function runsOf(text: string, hits: readonly PhraseHit[]): Run[] {
  const runs: Run[] = []
  for (const hit of hits) {
    const last = runs[runs.length - 1]
    const previous = last?.hits[last.hits.length - 1]
    if (
      last &&
      previous &&
      previous.sentence === hit.sentence &&
      hit.sentence.language === 'en' &&
      SPACES_ONLY.test(text.slice(previous.range[1], hit.range[0]))
    ) {
      last.hits.push(hit)
      last.end = hit.range[1]
      continue
    }
    let start = hit.range[0]
    let leadingOk = false
    let leading = ''
    if (hit.sentence.language === 'en') {
      const before = text.slice(hit.sentence.start, hit.range[0])
      const ok = LEADING_OK.exec(before)
      if (ok) {
        start = hit.sentence.start + ok.index + ok[0].lastIndexOf(ok[1]!)
        leadingOk = true
        leading = ok[1]!
      }
    }
    runs.push({hits: [hit], start, end: hit.range[1], leadingOk, leading})
  }
  return runs
}

/**
 * Words that open a sentence as an interjection and take a comma before the
 * rest: "OK, thank you", "Thanks, your parcel…". What may follow each one
 * without a comma ("thanks for", "sure thing") is listed with it.
 */
const INTERJECTIONS: Array<{word: RegExp; continues: RegExp}> = [
  {word: /^(?:ok|okay|sure|yes|no problem|no worries|of course|never mind|by the way|oh my goodness)$/i, continues: /^(?:thing|enough|so)\b/i},
  {word: /^thanks$/i, continues: /^(?:for|so|very|a|again|in|to|you|heaps|loads|ever)\b/i},
  {word: /^thank you(?: so much| very much)?$/i, continues: /^(?:for|so|very|again|in|too|all|both)\b/i},
]

function takesComma(word: string, next: string): boolean {
  if (!/^\p{L}/u.test(next)) return false
  return INTERJECTIONS.some(i => i.word.test(word) && !i.continues.test(next))
}

/**
 * The words of a run, written out together: "thanks" + "you" is "thank you",
 * an interjection takes its comma, and the first word its capital when the
 * run opens the sentence. `after` is the text right after the run, which
 * decides the last comma ("ok thx for waiting" keeps "thanks for").
 */
export function composeRun(words: readonly string[], atSentenceStart: boolean, after: string): string {
  const kept: string[] = []
  for (const w of words) {
    if (!w) continue
    const previous = kept[kept.length - 1]
    // "thx u" -> "thank you"; "ty u" -> "thank you", not "thank you you".
    if (previous && /^you\b/i.test(w) && /^thanks$/i.test(previous)) {
      kept[kept.length - 1] = previous.replace(/s$/i, '') + ' ' + w
      continue
    }
    if (previous && /^you$/i.test(w) && /\byou$/i.test(previous)) continue
    kept.push(w)
  }
  if (!kept.length) return ''
  const nextWord = after.match(/^[ \t\u00a0]+(\S+)/)?.[1] ?? after
  let out = ''
  kept.forEach((w, i) => {
    const word = /^ok$/i.test(w) ? 'OK' : w
    const next = i + 1 < kept.length ? kept[i + 1]! : nextWord
    out += (i ? ' ' : '') + word + (takesComma(w, next) ? ',' : '')
  })
  return atSentenceStart ? out[0]!.toUpperCase() + out.slice(1) : out
}

export function runRange(run: Run): Range {
  return [run.start, run.end]
}
