// Rewrites the most "I"-heavy sentences of a reply in the team's voice
// ("I'll ask my supervisor" -> "We'll check with the team", 我帮您查一下 ->
// 这边帮您查一下), a sentence at a time, until the reply is balanced.
import type {RuleContext} from '../../src/context.js'
import type {Range, Sentence} from '../../src/types.js'
import {EN_APOLOGY, EN_THE_ONE_WHO, EN_KEEP_AFTER_IM, EN_KEEP_AFTER_MY, EN_REFRAMES, EN_SINGULAR, EN_SKIPPABLE_ADVERBS, EN_VERB_AGREEMENT, ZH_AGENT, ZH_DROPPED_BEFORE, ZH_MENTAL_AFTER, ZH_OBJECT_BEFORE, ZH_PLURAL_SUFFIX, ZH_SERVICE_AFTER} from './pronouns.js'
import type {Reference} from './references.js'
import {toTraditional} from '../../src/text/chinese.js'

interface Edit {
  start: number
  end: number
  text: string
  /** First-person-singular references the edit removes. */
  removed: number
  /** "you / we" references the edit adds. */
  added: number
}

export interface Balance {
  singular: number
  other: number
}

function matchCase(replacement: string, original: string, atSentenceStart: boolean): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase()
  return atSentenceStart ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement
}

/** Whether `offset` is the first letter of the sentence (after any opening quote or bracket). */
function startsSentence(sentence: Sentence, offset: number): boolean {
  return !/\p{L}/u.test(sentence.text.slice(0, offset - sentence.start))
}

function englishEdits(context: RuleContext, sentence: Sentence, refs: Reference[]): Edit[] {
  const edits: Edit[] = []
  const covered = new Set<Reference>()
  for (const {pattern, text} of EN_REFRAMES) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(sentence.normalized); m; m = pattern.exec(sentence.normalized)) {
      const start = sentence.start + m.index
      const end = start + m[0].length
      const inside = refs.filter(r => r.start >= start && r.end <= end)
      // A wording an earlier reframe already rewrote is not rewritten twice.
      if (!inside.length || inside.some(r => covered.has(r)) || edits.some(e => e.start < end && start < e.end)) continue
      inside.forEach(r => covered.add(r))
      edits.push({start, end, text: matchCase(text(m), m[0], startsSentence(sentence, start)), removed: inside.length, added: 0})
    }
  }
  const tokens = context.tokens(sentence)
  for (const ref of refs) {
    if (covered.has(ref)) continue
    const word = ref.text.replace(/[’‘]/g, "'").toLowerCase()
    const rest = context.text.slice(ref.end, sentence.end)
    // "My name is Anna", "I'm Anna from billing": the agent's own name stays theirs.
    if ((word === 'my' && EN_KEEP_AFTER_MY.test(rest)) || ((word === "i'm" || word === 'im') && EN_KEEP_AFTER_IM.test(rest))) continue
    edits.push({start: ref.start, end: ref.end, text: matchCase(EN_SINGULAR[word]!, ref.text, startsSentence(sentence, ref.start)), removed: 1, added: 1})
    if (word !== 'i') continue
    const index = tokens.findIndex(t => t.start === ref.start)
    // "Am I", "Was I" -> "Are we", "Were we".
    const before = tokens.slice(0, index).reverse().find(t => t.kind !== 'whitespace')
    const inverted = before && EN_VERB_AGREEMENT[before.text.toLowerCase()]
    if (before && inverted) edits.push({start: before.start, end: before.end, text: matchCase(inverted, before.text, startsSentence(sentence, before.start)), removed: 0, added: 0})
    // "I am" -> "we are", "I really was" -> "we really were".
    let verb: (typeof tokens)[number] | undefined
    for (const t of tokens.slice(index + 1)) {
      if (t.kind === 'whitespace') continue
      if (EN_SKIPPABLE_ADVERBS.has(t.text.toLowerCase())) continue
      verb = t
      break
    }
    const agreed = verb && EN_VERB_AGREEMENT[verb.text.replace(/[’‘]/g, "'").toLowerCase()]
    if (verb && agreed) {
      edits.push({start: verb.start, end: verb.end, text: matchCase(agreed, verb.text, false), removed: 0, added: 0})
      // "I am the one who handles" -> "we are the ones who handle".
      const complement = EN_THE_ONE_WHO.exec(context.text.slice(verb.end, sentence.end))
      if (complement) {
        const at = verb.end + complement.index
        const verbOf = complement[2]!
        const plural = /ss$/.test(verbOf) || !/s$/.test(verbOf) ? verbOf : verbOf.replace(/ies$/, 'y').replace(/(?<=(?:sh|ch|x|o))es$/, '').replace(/s$/, '')
        edits.push({start: at, end: at + complement[0].length, text: ` the ones ${complement[1]} ${plural}`, removed: 0, added: 0})
      }
    }
    // "I personally" -> "we": a team has no "personally" (我个人 -> 我们 likewise).
    const personally = /^\s+personally\b/i.exec(context.text.slice(ref.end, sentence.end))
    if (personally) edits.push({start: ref.end, end: ref.end + personally[0].length, text: '', removed: 0, added: 0})
  }
  return edits
}

/**
 * 我 in the team's voice: 我帮您查 -> 这边帮您查, 我的同事 -> 同事, 我这边 -> 这边,
 * 告诉我 -> 告诉我们, 我觉得 -> 我们觉得, 是我的问题 -> 是我们的问题.
 */
function chineseEdits(sentence: Sentence, refs: Reference[]): Edit[] {
  const script = (text: string) => (sentence.language === 'zh-Hant' ? toTraditional(text) : text)
  const n = sentence.normalized
  let agentUsed = false
  // A loop and push rather than map, and no closure per sentence: optimised
  // code's map makes holey arrays where the interpreter's (and englishEdits)
  // make packed ones, and the code reading edits was thrown away when the
  // other kind turned up.
  const edits: Edit[] = []
  for (const ref of refs) {
    const at = ref.start - sentence.start
    const before = n.slice(0, at)
    const after = n.slice(at + ref.text.length)
    const plural: Edit = {start: ref.start, end: ref.end, text: ref.text + script(ZH_PLURAL_SUFFIX), removed: 1, added: 1}
    if (after.startsWith('的')) {
      // 是我的问题 owns up (我们的); 我的同事 / 我的系统 need no owner.
      edits.push(/是$/.test(before) ? plural : {start: ref.start, end: ref.end + 1, text: '', removed: 1, added: 0})
    } else if (ZH_DROPPED_BEFORE.test(after)) {
      // 我这边 -> 这边 is the agent acting; a later 我 in the sentence is 我们.
      const agentWord = /^(?:这边|这里)/.test(after)
      // A second 我这边 in one sentence is 我们: "这边查了一下，这边看到…" repeats itself.
      if (agentWord && agentUsed) edits.push({start: ref.start, end: ref.end + 2, text: ref.text + script(ZH_PLURAL_SUFFIX), removed: 1, added: 1})
      else edits.push({start: ref.start, end: ref.end, text: '', removed: 1, added: 0})
      if (agentWord) agentUsed = true
    } else if (after.startsWith('个人')) {
      // 我个人觉得: a team has no 个人.
      edits.push({start: plural.start, end: ref.end + 2, text: plural.text, removed: plural.removed, added: plural.added})
    } else if (ZH_OBJECT_BEFORE.test(before) || ZH_MENTAL_AFTER.test(after) || !ZH_SERVICE_AFTER.test(after)) {
      edits.push(plural)
    } else if (agentUsed) {
      // The first time the agent acts in a sentence it is 这边; after that 我们, so 这边 does not repeat.
      edits.push(plural)
    } else {
      agentUsed = true
      edits.push({start: ref.start, end: ref.end, text: script(ZH_AGENT), removed: 1, added: 0})
    }
  }
  return edits
}

/** One pass, left to right: rebuilding the string per edit made long replies quadratic. */
function applyEdits(text: string, offset: number, edits: Edit[]): string {
  const parts: string[] = []
  let cursor = 0
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(cursor, e.start - offset), e.text)
    cursor = e.end - offset
  }
  parts.push(text.slice(cursor))
  return parts.join('')
}

/**
 * The smallest rewrite that balances the reply: the sentences with the most
 * first-person references are reframed first, until `flagged` says the
 * counts are fine. Returns the replaced range and its new text.
 */
export function reframe(
  context: RuleContext,
  refs: Reference[],
  balance: Balance,
  flagged: (balance: Balance) => boolean,
): {range: Range; text: string} | undefined {
  const bySentence = new Map<Sentence, Reference[]>()
  for (const ref of refs) if (ref.person === 'singular') bySentence.set(ref.sentence, [...(bySentence.get(ref.sentence) ?? []), ref])
  // An apology reads as one person's ("I'm so sorry"): its sentence is reframed last.
  const apology = (s: Sentence) => (s.language === 'en' && EN_APOLOGY.test(s.normalized) ? 1 : 0)
  const order = [...bySentence.entries()].sort((a, b) => apology(a[0]) - apology(b[0]) || b[1].length - a[1].length || a[0].index - b[0].index)
  const edits: Edit[] = []
  const chosen: Sentence[] = []
  // Built as a literal, not spread from `balance`: a spread copy gets a
  // shape of its own, and the code reading balances met both.
  let current: Balance = {singular: balance.singular, other: balance.other}
  for (const [sentence, own] of order) {
    if (!flagged(current)) break
    const sentenceEdits = sentence.language === 'en' ? englishEdits(context, sentence, own) : chineseEdits(sentence, own)
    edits.push(...sentenceEdits)
    chosen.push(sentence)
    for (const e of sentenceEdits) current = {singular: current.singular - e.removed, other: current.other + e.added}
  }
  if (!chosen.length || flagged(current)) return undefined
  const start = Math.min(...chosen.map(s => s.start))
  const end = Math.max(...chosen.map(s => s.end))
  return {range: [start, end], text: applyEdits(context.text.slice(start, end), start, edits)}
}
