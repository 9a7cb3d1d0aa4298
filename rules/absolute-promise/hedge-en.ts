// English rewrites that leave room (seed 001 F.2: say "we'll do our best",
// not "sure, guaranteed, absolute"). The wording depends on the sentence:
// the team promising its own action ("I'll definitely call") becomes "we'll do
// our best to call"; a promise about a parcel or a product ("it will definitely
// arrive") becomes "it should arrive"; a negation stays a negation ("definitely
// won't" -> "shouldn't"), and a verb keeps its grammar ("definitely fits" ->
// "should fit", "I'm 100% sure" -> "we're confident").
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'

export interface EnglishRewrite {
  text: string
  range: Range
}

const ADVERB = /^(?:definitely|certainly|absolutely|surely|undoubtedly|100\s?%)$/i
const MODAL_BEFORE = /\b(?:can|could|may|might|would|should|must|will|'ll|to)\s+$/i
/** The team as subject right before a "will": "I'll", "we will", "we're going to". */
const AGENT_BEFORE = /\b(?:I|we)\s*$/i

/** "fits" -> "fit", "fixes" -> "fix", "goes" -> "go". */
function baseForm(verb: string): string {
  if (/(?:x|sh|ch|ss|o)es$/i.test(verb)) return verb.slice(0, -2)
  if (/[^s]s$/i.test(verb)) return verb.slice(0, -1)
  return verb
}

/** After "100%": what the adjective becomes without the absolute. */
const HUNDRED_PERCENT_ADJECTIVES: Record<string, string> = {
  sure: 'confident',
  certain: 'confident',
  safe: 'very safe',
  effective: 'highly effective',
  reliable: 'very reliable',
  accurate: 'very accurate',
  'risk-free': 'low-risk',
  'risk free': 'low-risk',
}
/** States that read as plain facts once the "100%" is gone: "100% genuine" -> "genuine". */
const PLAIN_STATES = /^(?:fine|ok|okay|covered|genuine|authentic|original|compatible)$/i

/**
 * A "will" promise: "X will definitely Y". The team's own action gets
 * "we'll do our best to"; anything else "should"; "won't" becomes
 * "shouldn't" for a thing and a plain "won't" for the team.
 */
function hedgeWill(context: RuleContext, willStart: number, willEnd: number, will: string, negated: boolean): EnglishRewrite {
  const text = context.text
  const sentence = context.sentenceAt(willStart)!
  const before = text.slice(sentence.start, willStart)
  const agent = before.match(AGENT_BEFORE)
  if (agent) {
    const start = willStart - agent[0].length
    const words = negated ? "we won't" : "we'll do our best to"
    return {text: context.rewrite(words, [start, willEnd]), range: [start, willEnd]}
  }
  const joined = will.startsWith("'")
  const words = negated ? "shouldn't" : 'should'
  // "It'll" -> "It should": the contraction's apostrophe goes with it.
  return {text: joined ? ` ${words}` : context.rewrite(words, [willStart, willEnd]), range: [willStart, willEnd]}
}

/** The first rewrite for an English absolute promise, or undefined when the data's own rewrites fit. */
export function englishRewrite(context: RuleContext, hit: PhraseHit): EnglishRewrite | undefined {
  const {sentence, entry} = hit
  const text = context.text
  const [start, end] = hit.range
  const matched = text.slice(start, end)
  const after = text.slice(end, sentence.end)
  const before = text.slice(sentence.start, start)
  const nextWord = after.match(/^\s+([\w'-]+)/)?.[1] ?? ''
  const replace = (words: string, range: Range = hit.range): EnglishRewrite => ({text: context.rewrite(words, range), range})

  switch (entry.id) {
    case 'guarantee-verb':
    case 'i-promise': {
      // "I promise to call you back" -> "We'll do our best to call you back".
      if (/^to$/i.test(nextWord)) return replace("we'll do our best")
      // "I promise." / "I guarantee it." alone: what is left is the effort.
      if (/^\s*[.!]*\s*$/.test(after)) return replace("we'll do our best")
      const object = after.match(/^\s+(?:it|that|this)(?=\s*[.!]*\s*$)/i)
      if (object) return replace("we'll do our best", [start, end + object[0].length])
      // "I promise the next one will definitely arrive": a pledge over a
      // certainty is one promise said twice; "we expect" alone would leave
      // "we expect the next one should arrive" once the certainty is hedged.
      // The pledge goes and the clause is hedged as a whole.
      if (PLEDGED_CERTAINTY.test(after)) return assurance(context, hit)
      return replace('we expect')
    }
    case 'guaranteed': {
      // "You're guaranteed a refund": the guarantee has an object.
      if (/\b(?:is|are|'s|'re|be|am|'m)\s+(?:\d+\s?%\s+)?guaranteed$/i.test(before + matched) && /^(?:a|an|the|your|our|full|free|\d)/i.test(nextWord))
        return replace('very likely to get')
      return undefined
    }
    case 'guarantee': {
      // "This guarantees a smooth install" / "to guarantee": the verb.
      if (/s$/i.test(matched)) return replace('helps ensure')
      if (MODAL_BEFORE.test(before)) return replace('help ensure')
      // "our guarantee", "a guarantee": the noun.
      if (/\b(?:a|the|our|my|your|this|that|any|full)\s+$/i.test(before)) return replace('commitment')
      return undefined
    }
    case 'hundred-percent':
      return hundredPercent(context, hit)
    case 'definitely-will':
      return definitelyWill(context, hit)
    case 'for-sure':
      return forSure(context, hit)
    case 'assurance':
      return assurance(context, hit)
    case 'certain-to':
      // "It's sure to fit" -> "It should fit": the contraction goes with the copula.
      return matched.startsWith("'") ? {text: ' should', range: hit.range} : replace('should')
    case 'no-chance': {
      // "there's zero chance of cancellation" -> "we don't expect cancellation";
      // "no risk of it getting lost" -> "it getting lost is very unlikely".
      if (!/\bof\s*$/i.test(matched)) return undefined
      const [, clauseEnd] = clauseAround(sentence, end, end)
      const event = text.slice(end, contentEndOf(text, end, clauseEnd)).trim()
      if (!event) return undefined
      const capital = start === sentence.start
      const words = /^(?:losing|breaking|failing|going|it|them|the|your)\b/i.test(event) ? `${event} is very unlikely` : `we don't expect ${event}`
      return {text: capital ? words[0]!.toUpperCase() + words.slice(1) : words, range: [start, contentEndOf(text, end, clauseEnd)]}
    }
    case 'never-fails':
      // "never fails" -> "rarely fails", "always works" -> "usually works": the verb stays as written.
      return replace(matched.replace(/^never/i, 'rarely').replace(/^always/i, 'usually'))
    default:
      return undefined
  }
}

/** Words before a subject's verb: determiners, pronouns and the nouns they lead ("the new technician"). */
const SUBJECT_PRONOUN = /^(?:it|they|he|she|you)$/i
const DETERMINER = /^(?:the|your|this|that|these|those|our|its|their)$/i
/** Words that follow a verb rather than a noun's modifier: objects, particles, times. */
const AFTER_VERB = /^(?:it|them|you|him|her|us|on|at|in|to|by|before|after|within|for|with|up|out|back|off|through|over|the|a|an|your|this|that|today|tomorrow|tonight|first|fine|well|right|again|soon|now)$/i

/**
 * "100% the technician fixes it" -> "The technician should fix it": the
 * certainty that opens a clause becomes "should" on its verb; a "will" does
 * the same ("100%, it'll be there" -> "It should be there").
 */
function openingCertainty(context: RuleContext, hit: PhraseHit): EnglishRewrite | undefined {
  const text = context.text
  const {sentence} = hit
  const [start, end] = hit.range
  const [, clauseEnd] = clauseAround(sentence, end, end)
  const clauseStart = end + (text.slice(end, clauseEnd).match(/^[\s,]*/)?.[0].length ?? 0)
  const clause = text.slice(clauseStart, clauseEnd)
  const capital = start === sentence.start || /[.!?]\s*$/.test(text.slice(sentence.start, start))
  const open = (s: string) => (capital ? s[0]!.toUpperCase() + s.slice(1) : s)
  const will = clause.match(/^(.*?)(\s+will|'ll)\b/i)
  if (will) return {text: open(`${will[1]} should${clause.slice(will[0].length)}`), range: [start, clauseEnd]}
  const going = clause.match(/^(.*?)\s+(?:is|are)\s+going\s+to\b/i)
  if (going) return {text: open(`${going[1]} should${clause.slice(going[0].length)}`), range: [start, clauseEnd]}
  // The first verb after the subject: a pronoun's next word, or the word after a determiner's noun phrase that ends in -s.
  const words = clause.split(/(\s+)/)
  let verbAt = -1
  if (SUBJECT_PRONOUN.test(words[0] ?? '')) verbAt = 2
  else if (DETERMINER.test(words[0] ?? '')) {
    for (let i = 4; i < words.length && i <= 10; i += 2) {
      // "the parts arrive": after a plural noun the verb has its base form already.
      if (/^[a-z]+[^s]s$/i.test(words[i - 2]!) && /^[a-z]+$/i.test(words[i]!) && !/s$/i.test(words[i]!)) {
        verbAt = i
        break
      }
      // A word in -s before another content word may be a plural noun ("the new parts arrive"): look on.
      const next = words[i + 2]
      if (/^[a-z]+(?:es|[^su]s)$/i.test(words[i]!) && (!next || AFTER_VERB.test(next) || !/^[a-z]+$/.test(next))) {
        verbAt = i
        break
      }
    }
  }
  const verb = verbAt > 0 ? words[verbAt] : undefined
  if (!verb) return {text: open(`we expect ${clause[0]!.toLowerCase()}${clause.slice(1)}`.replace(/^we expect (?=[A-Z])/, 'we expect ')), range: [start, clauseEnd]}
  const base = /^(?:has)$/i.test(verb) ? 'have' : /^(?:is|are)$/i.test(verb) ? 'be' : /s$/i.test(verb) ? baseForm(verb) : verb
  words[verbAt] = `should ${base}`
  const first = words[0]!
  words[0] = first === 'I' ? first : first[0]!.toLowerCase() + first.slice(1)
  return {text: open(words.join('')), range: [start, clauseEnd]}
}

function hundredPercent(context: RuleContext, hit: PhraseHit): EnglishRewrite | undefined {
  const text = context.text
  const [start, end] = hit.range
  const matched = text.slice(start, end)
  const replace = (words: string, range: Range = hit.range): EnglishRewrite => ({text: context.rewrite(words, range), range})
  // "100% the technician fixes it…": the certainty opens its clause.
  if (/^(?:a\s+)?(?:100\s?%|(?:a\s+)?hundred\s+(?:percent|per\s+cent)|100\s+(?:percent|per\s+cent))(?:\s*,)?$/i.test(matched)) return openingCertainty(context, hit)
  // "will 100% be there" -> "will very likely be there"; "I'll 100% call" -> "we'll do our best to call".
  const will = matched.match(/^(will|'ll)(\s+be)?\s+100\s?%$/i)
  if (will) {
    const before = text.slice(hit.sentence.start, start)
    if (AGENT_BEFORE.test(before)) {
      const rewrite = hedgeWill(context, start, start + will[1]!.length, will[1]!, false)
      return {text: rewrite.text + (will[2] ?? ''), range: [rewrite.range[0], end]}
    }
    return {text: `${will[1]} very likely${will[2] ?? ''}`, range: hit.range}
  }
  if (/100\s?%\s+of\s+the\s+time$/i.test(matched)) return replace(matched.replace(/100\s?%\s+of\s+the\s+time$/i, 'almost every time'))
  // "I'm 100% sure" -> "we're confident".
  const copula = matched.match(/^(is|are|be|'s|'re)\s+100\s?%\s+(.+)$/i)
  const bare = matched.match(/^100\s?%\s+(.+)$/i)
  const adjective = (copula?.[2] ?? bare?.[1] ?? '').toLowerCase()
  if (/^(?:sure|certain)$/.test(adjective)) {
    const {sentence} = hit
    const agent = text.slice(sentence.start, start).match(/\b(?:I|we)(?:\s+am|\s+are|'m|'re)?\s*$/i)
    const agentCopula = copula && text.slice(sentence.start, start).match(/\b(?:I|we)\s*$/i)
    if (agentCopula) return replace("we're confident", [start - agentCopula[0].length, end])
    if (!copula && agent) return replace("we're confident", [start - agent[0].length, end])
    if (copula) return replace(`${copula[1]} very likely`)
    // "Yes, 100% sure!" answers a question: "Yes, fairly sure!".
    return replace(`fairly ${adjective}`)
  }
  const mapped = HUNDRED_PERCENT_ADJECTIVES[adjective] ?? (PLAIN_STATES.test(adjective) ? adjective : undefined)
  if (mapped) return {text: copula ? `${copula[1]} ${mapped}` : context.rewrite(mapped, hit.range), range: hit.range}
  if (copula) return {text: `${copula[1]} very likely ${copula[2]}`, range: hit.range}
  // "100% works" -> "usually works"; "100% will" -> "very likely will".
  if (bare) return replace(/^will$/i.test(adjective) ? 'very likely will' : `usually ${bare[1]}`)
  return undefined
}

function definitelyWill(context: RuleContext, hit: PhraseHit): EnglishRewrite | undefined {
  const text = context.text
  const [start, end] = hit.range
  const {sentence} = hit
  const words = text.slice(start, end).split(/\s+/)
  const before = text.slice(sentence.start, start)
  const [first, second] = [words[0]!, words[words.length - 1]!]
  // "will definitely", "'ll definitely": the adverb follows the verb.
  if (/^(?:will|'ll)$/i.test(first) && ADVERB.test(second)) return hedgeWill(context, start, end, first, false)
  if (ADVERB.test(first)) {
    const verb = text.slice(start, end).match(/\s+(\S.*)$/)![1]!
    // "can definitely be done": a modal already leaves room; the adverb goes.
    if (MODAL_BEFORE.test(before)) return {text: '', range: [start - (before.match(/\s+$/)?.[0].length ?? 0), start + first.length]}
    if (/^(?:will|won't)$/i.test(verb)) return hedgeWill(context, start, end, verb, /n't$/i.test(verb))
    if (/^(?:be|going\s+to)$/i.test(verb)) return {text: '', range: [start, start + first.length + 1]}
    return {text: context.rewrite(`should ${baseForm(verb)}`, hit.range), range: hit.range}
  }
  // "be definitely", "going to definitely": the adverb goes, the plain statement stays.
  return {text: first, range: hit.range}
}

function forSure(context: RuleContext, hit: PhraseHit): EnglishRewrite | undefined {
  const text = context.text
  const [start, end] = hit.range
  const {sentence} = hit
  const [clauseStart] = clauseAround(sentence, start, end)
  const clause = text.slice(clauseStart, start)
  // "It'll be fixed by tonight for sure" -> "It should be fixed by tonight".
  const will = [...clause.matchAll(/(?:\bwill|'ll)\b/gi)].pop()
  const drop = start - (text.slice(clauseStart, start).match(/[\s,]+$/)?.[0].length ?? 0)
  if (will) {
    const willStart = clauseStart + will.index!
    const hedged = hedgeWill(context, willStart, willStart + will[0].length, will[0], false)
    return {text: hedged.text + text.slice(hedged.range[1], drop), range: [hedged.range[0], end]}
  }
  // "For sure!" alone agrees: "Sure!".
  if (start === sentence.start) return {text: 'Sure', range: hit.range}
  return {text: '', range: [drop, end]}
}

/** Where a stretch's content ends, before its closing stop or space. */
function contentEndOf(text: string, start: number, end: number): number {
  return start + text.slice(start, end).replace(/[\s.!?…]+$/u, '').length
}

/** A clause after a pledge that holds a certainty of its own: "… the next one will definitely arrive". */
const PLEDGED_CERTAINTY = /^\s+(?:that\s+)?[^,;.!?]*?(?:\bwill|'ll)\s+(?:definitely|certainly|absolutely|surely|undoubtedly|100\s?%)(?=\s)/i

/** Certainty words a pledge carries along, dropped with it: "it will definitely arrive". */
const CARRIED_CERTAINTY = /\s+(?:definitely|certainly|absolutely|surely|undoubtedly|100\s?%)(?=\s)/gi

/**
 * "I can assure you it will arrive Friday" -> "It should arrive Friday, and
 * we'll keep an eye on it": the pledge goes, every fact stays, the outcome
 * becomes an expectation and the confidence moves to what we will do. The
 * team's own action ("I assure you we'll call") becomes our best effort.
 */
function assurance(context: RuleContext, hit: PhraseHit): EnglishRewrite {
  const text = context.text
  const {sentence} = hit
  const [start, end] = hit.range
  const contentEnd = sentence.start + sentence.text.replace(/[\s.!?…]+$/u, '').length
  const after = text.slice(end, contentEnd)
  const leading = start === sentence.start || /^[\s,;:—–-]*$/.test(text.slice(sentence.start, start).replace(/^(?:don't\s+worry|no\s+worries|trust\s+me|honestly|look|ok(?:ay)?|yes|great)\b/i, ''))
  let range: Range
  let content: string
  let capital: boolean
  if (after.replace(/^[\s,;:—–-]+/, '').trim() === '') {
    // "…by Friday, you have my word." The pledge trails the statement.
    const before = text.slice(sentence.start, start).replace(/[\s,;:—–-]+$/, '')
    if (!before.trim()) return {text: "We'll do our best", range: [start, contentEnd]}
    // A frame that only opens the turn ("Trust me, …") goes with the pledge.
    const frame = before.match(/^(?:trust\s+me|honestly|look|believe\s+me)\s*[,:]\s*/i)?.[0] ?? ''
    range = [sentence.start, contentEnd]
    content = before.slice(frame.length)
    capital = true
  } else {
    // The pledge vouches for its own clause; a further one (", there's zero chance of…") is its own finding.
    const further = after.search(/[,;]\s+(?=(?:there's|there\s+is|there\s+are|and|but|so|no|it's|that's|we|I|you)\b)/i)
    const lead = after.match(/^[\s,;:—–-]+/)?.[0].length ?? 0
    const own = further > lead ? end + further : contentEnd
    range = [start, own]
    content = text.slice(end, own).replace(/^[\s,;:—–-]+/, '').replace(/^that\s+/i, '')
    capital = start === sentence.start
  }
  content = content.replace(CARRIED_CERTAINTY, '')
  const will = content.match(/^(.*?)(\s+will|'ll|\s+won't|\s+(?:is|are)\s+going\s+to)\b/i)
  let hedged: string
  let ownAction = false
  if (will) {
    const subject = will[1]!
    ownAction = /(?:^|\s)(?:I|we)$/i.test(subject)
    const negated = /won't/i.test(will[2]!)
    const rest = content.slice(will[0].length)
    if (ownAction) hedged = `${subject.replace(/(?:^|\s)(?:I|we)$/i, m => m.replace(/I|we/i, 'we'))} ${negated ? "won't" : "'ll do our best to"}${rest}`.replace(/\s+'ll/, "'ll")
    else hedged = `${subject} ${negated ? "shouldn't" : 'should'}${/going\s+to/i.test(will[2]!) ? '' : ''}${rest}`
  } else hedged = `we expect ${content}`
  // What we will do closes the sentence; before a further clause it would break it.
  if (!ownAction && range[1] >= contentEnd) hedged += ", and we'll keep an eye on it"
  if (capital || (leading && range[0] === sentence.start)) hedged = hedged[0]!.toUpperCase() + hedged.slice(1)
  return {text: hedged, range}
}
