// The rewrite of a refusal, in the shape the seed guidance teaches: apologise,
// state the limit plainly, keep the reason, then turn to what can really be
// done. The refused thing stays refused: "We can't refund order 12345 because
// it is past 30 days" becomes "I'm sorry, refunding order 12345 isn't possible
// because it is past 30 days; what I can do is [what you can offer instead]",
// never "let's see if we can refund it". What the linter cannot know (a
// reason the reply does not give, an alternative it does not offer) is a
// bracketed placeholder the writer fills in.
import type {PhraseHit, RuleContext} from '../../src/context.js'
import type {Range} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'
import {explainsRefusal, reasonClauseAt, ZH_ANOTHER_REFUSAL} from '../unexplained-refusal/reasons.js'
import {EN_APOLOGY, EN_OFFER, messageAround, ZH_APOLOGY, ZH_OFFER} from './refusals.js'

export interface RefusalRewrite {
  text: string
  range: Range
  message: string
  placeholder: boolean
}

const EN_REASON_GAP = ' because [reason]'
const EN_OFFER_GAP = '; what $can do is [what you can offer instead]'
const ZH_REASON_GAP = '因为[原因]，'
const ZH_OFFER_GAP = '，不过可以为您[可以提供的方案]'

/** A softener that only introduces the refusal goes with it ("Unfortunately, we can't…"). */
const EN_SOFTENER =
  /\b(?:unfortunately|sadly|regrettably|I'm\s+afraid(?:\s+that)?|I\s+am\s+afraid(?:\s+that)?|we're\s+afraid(?:\s+that)?)\s*,?\s*$/i
/** Words between the refusal and its verb that the rewrite does without. */
const EN_FILLER = /^(?:(?:really|just|simply|currently|still|even|ever|be\s+able\s+to|to|for\s+(?:us|me)\s+to|(?:we|I)\s+(?:can|could)(?:\s+(?:really|just|ever))?)\s+)+/i
/** A reason joined to the refused action: "cancel it because it has been packed". */
const EN_REASON = /[\s,]+(?:because|since|as)\s+(?:it|this|that|the|your|our|we|they|its|these|those|there|he|she|you|I|of|a|an)\b.*$/i
/** Words that name no topic on their own: "do anything about it", "help with that". */
const EMPTY_WORD =
  /^(?:it|that|this|these|those|them|anything|something|everything|nothing|much|about|at|with|for|on|to|now|here|there|right|today|further|more|else|any|again|you|me|us|the|a|an|your|any|way|thing|things|one|so)$/i
/** A dummy subject before "impossible" / "isn't possible to…": the action follows. */
const EN_DUMMY = /^(?:(?:currently|sadly|so|and|but)\s+)?(?:it|this|that|there)(?:'s|\s+is|\s+was|\s+will\s+be)?$/i
/** References to the writer alone; a reply already full of them gets "we" (see first-person-overuse). */
const EN_FIRST_PERSON = /\b(?:I|I'm|I've|I'll|I'd|me|my|mine|myself)\b/g

/** Whether the reply already says "I / me / my" twice; the search stops at the second. */
function speaksOfI(context: RuleContext): boolean {
  EN_FIRST_PERSON.lastIndex = 0
  let count = 0
  while (count < 2 && EN_FIRST_PERSON.exec(context.text)) count++
  EN_FIRST_PERSON.lastIndex = 0
  return count >= 2
}

/**
 * Fills the voice of the rewrite's own words: "I'm sorry" / "what I can do",
 * or "we" where the reply already speaks much of "I" and two more would tip it.
 */
function voiced(context: RuleContext, text: string): string {
  if (!text.includes('$')) return text
  const we = speaksOfI(context)
  return text
    .replace(/(^|[.!?]\s+)\$sorry/g, (_, lead: string) => `${lead}${we ? "We're" : "I'm"} sorry`)
    .replace(/\$sorry/g, we ? "we're sorry" : "I'm sorry")
    .replace(/\$can/g, we ? 'we can' : 'I can')
}

/** A greeting that opens the sentence, which the apology follows: "Hi Jordan, ". */
const EN_GREETING = /^(?:@\w+[\s,:]+)*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^,.!?]{0,30}[,!]\s*)?/i
/** Words that only open a turn, some of them curt: "Look,", "Honestly,", "Like I said,", "Just so you know,". */
const EN_DISCOURSE = /^(?:look|listen|well|honestly|okay|ok|nope|nah|like\s+I\s+said|as\s+I\s+(?:said|mentioned)|just\s+so\s+you\s+know)\s*,\s*/i
/** Where the reason or condition stands before the refusal, the apology goes before it. */
const EN_COMMON_START = /^(?:the|this|that|these|those|it|its|your|our|we|since|as|because|once|after|unfortunately|sadly|there|a|an|so)\b/i
/** What ends a sentence, which the rewrite leaves where it is: stops, spaces, emoji, smileys. */
const TRAILER = /(?:[\s.!?…。！？~～]|\p{Extended_Pictographic}|[\u{FE0F}\u200d\u{1F3FB}-\u{1F3FF}]|[:;]-?[)(DPp]|\^\^)+$/u

/** Verbs of more than one syllable stressed on the last, whose consonant doubles before -ing. */
const EN_STRESSED_FINAL = /(?:^con|^pa)trol$|(?:ad|com|per|sub|trans|o|e)mit$|(?:re|pre|trans|con|de|in)fer$|(?:oc|in|re)cur$|(?:re|for|up|be)(?:gret|get|set)$|(?:com|ex|pro|re)pel$|^equip$|^begin$/
/** The -ing form of a regular English verb: change -> changing, ship -> shipping. */
export function gerund(verb: string): string {
  const v = verb.toLowerCase()
  if (v === 'be' || v === 'see' || /ee$/.test(v)) return `${v}ing`
  if (/ie$/.test(v)) return `${v.slice(0, -2)}ying`
  if (/(?:[^aeiouy]|u)e$/.test(v)) return `${v.slice(0, -1)}ing`
  // One stressed closing syllable doubles its consonant: ship -> shipping,
  // reship -> reshipping, control -> controlling (but offer -> offering).
  const stem = v.replace(/^(?:re|un|pre|mis|out|over|under)(?=[^aeiou]*[aeiou][bdgmnprt]$)/, '')
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(stem) || EN_STRESSED_FINAL.test(v)) return `${v}${v.slice(-1)}ing`
  return `${v}ing`
}

function namesSomething(phrase: string): boolean {
  return phrase.split(/\s+/).some(w => w && !EMPTY_WORD.test(w.replace(/[^\p{L}\p{N}']/gu, '')))
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
/** Lowers the first letter only of words that are not names ("The order…" -> "the order…"; "Maria" stays). */
const lowerCommon = (s: string) => (EN_COMMON_START.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s)

/** Where the sentence's content ends, before its stop, emoji or smiley. */
function contentEnd(text: string, start: number, end: number): number {
  const trailer = text.slice(start, end).match(TRAILER)
  return trailer ? end - trailer[0].length : end
}

/** How the refused action reads as a limit: "refunding order 12345 isn't possible". */
interface EnglishLimit {
  /** Where the replaced text starts (the refusal's subject or softener). */
  start: number
  /** The limit, without apology or offer: "refunding order 12345 isn't possible because it is past 30 days". */
  limit: string
  /** Whether the limit is impersonal ("…isn't possible") rather than the original refusal kept. */
  impersonal: boolean
}

/** The refused action read off the clause: the verb and what it acts on. */
function englishAction(context: RuleContext, hit: PhraseHit, clause: Range, end: number): {start: number; verb: string; rest: string; ing?: boolean} | undefined {
  const {entry} = hit
  const text = context.text
  const after = text.slice(hit.range[1], end)
  if (entry.id === 'cannot') {
    const m = after.replace(EN_FILLER, ' ').trim().replace(EN_FILLER, '').match(/^([a-z]+(?:-[a-z]+)*)(?![\w'’-])\s*(.*)$/i)
    if (!m) return undefined
    // "We won't be refunding this order": the -ing form is already there.
    const progressive = /^be$/i.test(m[1]!) ? m[2]!.match(/^([a-z]+)ing\b\s*(.*)$/i) : null
    if (progressive) return {start: hit.range[0], verb: `${progressive[1]}ing`, rest: progressive[2]!, ing: true}
    return {start: hit.range[0], verb: m[1]!, rest: m[2]!}
  }
  if (entry.id === 'do-not-do') return {start: hit.range[0], verb: hit.actual.match(/([a-z]+)$/i)![1]!, rest: after.trim()}
  // "It's impossible to recover chats…", "There's no way to recover…": the
  // subject is a dummy and the action follows.
  if (entry.id === 'impossible' || entry.id === 'no-way' || (entry.id === 'not-offered' && /(?:possible|allowed|permitted|option|doable)$/i.test(hit.actual))) {
    const subject = text.slice(clause[0], hit.range[0]).replace(/\b(?:is|isn't|isn’t|was|will\s+be|won't\s+be)\s*$/i, '').trim()
    if (subject && !EN_DUMMY.test(subject)) return undefined
    const m = after.match(/^\s+(?:to|for\s+(?:us|me)\s+to|(?:we|I)\s+(?:can|could)(?:\s+(?:ever|really|just))?)\s+([a-z]+(?:-[a-z]+)*)(?![\w'’-])\s*(.*)$/i)
    return m ? {start: clause[0], verb: m[1]!, rest: m[2]!} : undefined
  }
  return undefined
}

/** Verbs that say nothing of the action on their own: "can't do anything", "can't help with that". */
const EN_LIGHT_VERB = /^(?:do|help|assist|make|get|go)$/i

function englishLimit(context: RuleContext, hit: PhraseHit, clause: Range, end: number): EnglishLimit {
  const text = context.text
  // Subjectless "can't do that (on a Saturday order)": that isn't possible.
  const subjectless = hit.actual.match(/^(?:can't|can’t|cannot|won't|won’t)\s+do\s+(that|this|it)$/i)
  if (subjectless) return {start: hit.range[0], limit: `${subjectless[1]!.toLowerCase()} isn't possible${text.slice(hit.range[1], end).trimEnd()}`, impersonal: true}
  const action = englishAction(context, hit, clause, end)
  if (action && /^[a-z]+(?:-[a-z]+)*$/i.test(action.verb)) {
    const rest = action.rest
    const reason = rest.match(EN_REASON)
    const object = (reason ? rest.slice(0, reason.index) : rest).trim()
    let verb = action.verb.toLowerCase()
    // A compound verb: "price match Amazon" -> "price matching Amazon".
    let objectText = object
    const compound = verb === 'price' ? objectText.match(/^match(?:es)?\b\s*/i) : null
    if (compound) {
      verb = 'price match'
      objectText = objectText.slice(compound[0].length)
    }
    const because = reason ? reason[0].replace(/^,/, '') : ''
    // "We don't do price matching" -> "price matching"; otherwise the -ing form.
    const topic = verb === 'do' && object ? object : `${verb === 'price match' ? 'price matching' : action.ing ? verb : gerund(verb)}${objectText ? ` ${objectText}` : ''}`
    // "refund it" reads well as "refunding it"; "do anything" or "help with that" names nothing.
    const names = EN_LIGHT_VERB.test(verb) ? namesSomething(object) && !/^(?:anything|something|much)\b/i.test(object) : true
    if (names) {
      const plural = verb === 'do' && /^[a-z]+s$/i.test(object) && !/ss$/i.test(object)
      return {start: action.start, limit: `${topic} ${plural ? "aren't" : "isn't"} possible${because}`, impersonal: true}
    }
    // "I can't do anything about the exchange rate" -> "the exchange rate isn't something I can change".
    const about = object.match(/^(?:anything|much|something)\s+(?:about|with)\s+(.+)$/i)
    if (about && namesSomething(about[1]!)) return {start: action.start, limit: `${about[1]} isn't something $can change${because}`, impersonal: false}
    // "It wouldn't be possible to do so": nothing to name, the limit is said plainly.
    if (['impossible', 'no-way', 'not-offered'].includes(hit.entry.id)) return {start: action.start, limit: `that isn't possible${because}`, impersonal: true}
    if (!namesSomething(object)) {
      const help = /^(?:help|assist)$/i.test(verb)
      return {start: action.start, limit: `that isn't something $can ${help ? 'help with' : 'change'}${because}`, impersonal: false}
    }
  }
  // "no returns" -> "returns aren't possible", in its clause.
  if (hit.entry.id === 'no-returns') {
    // "no refunds or exchanges": the nouns joined to it are refused with it.
    const joined = text.slice(hit.range[1], end).match(/^\s+(?:or|and|nor)\s+[\p{L}-]+(?:\s+or\s+[\p{L}-]+)?/iu)?.[0] ?? ''
    const noun = hit.actual.replace(/^no\s+/i, '') + joined
    return {start: clause[0], limit: `${text.slice(clause[0], hit.range[0])}${noun} aren't possible${text.slice(hit.range[1] + joined.length, end)}`, impersonal: true}
  }
  if (hit.entry.id === 'nothing-we-can-do') {
    const about = text.slice(hit.range[1], end).match(/^\s+(?:about|with)\s+(.+)$/i)
    const start = /^(?:there's|there\s+is)\s*$/i.test(text.slice(clause[0], hit.range[0]).trim()) ? clause[0] : hit.range[0]
    if (about && namesSomething(about[1]!)) return {start, limit: `${about[1]} isn't something $can change`, impersonal: false}
    if (!about) return {start, limit: "that isn't something $can change", impersonal: false}
  }
  const predicate = predicateLimit(context, hit, clause, end)
  if (predicate) return predicate
  const start = ['cannot', 'do-not-do', 'nothing-we-can-do'].includes(hit.entry.id) ? hit.range[0] : clause[0]
  const kept = text.slice(start, end).trim()
  // A bare refusal ("I won't", "That won't be possible", "No way") has no
  // facts to keep: the limit is said plainly.
  const words = kept.replace(/[^\p{L}\s']/gu, ' ').trim().split(/\s+/)
  const bare = words.length <= 8 && !namesSomething(words.filter(w => !/^(?:I|we|won't|will|not|can't|cannot|can|be|possible|no|way|that's|it's|isn't|is|impossible|afraid|sorry|really|just|simply|do|does|don't|that|this|it)$/i.test(w)).join(' '))
  return {start, limit: bare ? "that isn't possible" : kept, impersonal: bare}
}

/** A softener opening the refusing clause, which finishEnglish says once, as the apology: "I'm afraid a visit…". */
const EN_CLAUSE_SOFTENER = /^\s*(?:(?:unfortunately|sadly|regrettably)\s*,?\s*|(?:I'm|I\s+am|we're|we\s+are)\s+afraid(?:\s+that)?\s+)/i
/** A request named as such: what it asks for is what is refused ("your request for a refund"). */
const EN_REQUEST_FOR = /^(?:your|the|this|that)\s+(?:[\w-]+\s+)?(?:request|application|ask)s?\s+(?:for|of)\s+(.+)$/i
const EN_REQUEST_TO = /^(?:your|the|this|that)\s+(?:[\w-]+\s+)?(?:request|application|ask)s?\s+to\s+([a-z]+)\b\s*(.*)$/i
/** A request that is granted or not rather than done: "your claim" -> "approving your claim". */
const EN_REQUEST_NOUN = /^(?:(?:your|the|this|that)\s+)?(?:[\w-]+\s+)?(?:request|application|claim|appeal|complaint|dispute|proposal|ask)s?\b/i

/** What a request for something comes to as the refused thing: "your request for a partial refund" -> "a partial refund". */
function requestedThing(phrase: string): {topic: string; plural: boolean} {
  // "Your appeal" opening the sentence reads "approving your appeal" inside the limit.
  const np = phrase.trim().replace(/^(?:Your|The|This|That|These|Those)\b/, w => w.toLowerCase())
  const forThing = np.match(EN_REQUEST_FOR)
  if (forThing) return {topic: forThing[1]!, plural: false}
  const toDo = np.match(EN_REQUEST_TO)
  if (toDo) return {topic: `${gerund(toDo[1]!)}${toDo[2] ? ` ${toDo[2]}` : ''}`, plural: false}
  if (EN_REQUEST_NOUN.test(np)) return {topic: `approving ${np}`, plural: false}
  return {topic: np, plural: /^(?:these|those)\b|[^s]s$/i.test(np.split(/\s+/).pop() ?? '') && !/^(?:this|that|a|an)\b/i.test(np)}
}

/**
 * The refusals said by a predicate rather than by "can't": a request
 * declined or denied, a thing "out of the question" or "not going to happen",
 * a service that "won't be arranged". The limit is the refused thing, said
 * plainly: "a partial refund isn't possible", "a technician visit can't be
 * arranged for this"; its reason, if the clause gives one, stays.
 */
function predicateLimit(context: RuleContext, hit: PhraseHit, clause: Range, end: number): EnglishLimit | undefined {
  const text = context.text
  const id = hit.entry.id
  if (id !== 'refusal-predicate' && id !== 'refuse-request' && id !== 'cannot-be') return undefined
  const softener = text.slice(clause[0], hit.range[0]).match(EN_CLAUSE_SOFTENER)
  const start = clause[0] + (softener ? softener[0].length : 0)
  const subject = text.slice(start, hit.range[0]).trim()
  const after = text.slice(hit.range[1], end)
  const reason = after.match(EN_REASON)
  const rest = (reason ? after.slice(0, reason.index) : after).replace(/\s+$/, '')
  const because = reason ? reason[0].replace(/^,/, '') : ''
  const limitOf = (thing: {topic: string; plural: boolean}, tail: string) => `${thing.topic} ${thing.plural ? "aren't" : "isn't"} possible${tail}${because}`
  if (id === 'cannot-be') {
    // "won't be arranged" reads as unwillingness; "can't be arranged" states the limit.
    if (!/^(?:won't|won’t|will\s+not)\b/i.test(hit.actual)) return undefined
    return {start, limit: `${subject} ${hit.actual.replace(/^(?:won't|won’t|will\s+not)/i, "can't")}${rest}${because}`, impersonal: true}
  }
  if (id === 'refusal-predicate' && /\bof\s*$/i.test(hit.actual)) {
    // "There's zero chance of getting the old price back" -> "getting the old price back isn't possible".
    const thing = rest.trim()
    if (!thing) return undefined
    return {start: hit.range[0] - (text.slice(start, hit.range[0]).match(/(?:there's|there\s+is)\s*$/i)?.[0].length ?? 0), limit: `${thing} isn't possible${because}`, impersonal: true}
  }
  if (id === 'refusal-predicate') {
    if (!subject || /^(?:it|this|that)$/i.test(subject)) return {start, limit: `that isn't possible${rest}${because}`, impersonal: true}
    return {start, limit: limitOf({topic: subject, plural: /^(?:are|'re|aren't)\b/i.test(hit.actual.replace(/^\s+/, ''))}, rest), impersonal: true}
  }
  // A request declined: "your request for a refund has been denied", "we have to decline your request for X".
  if (/^(?:has|have|had|was|were|is|are|'s|will|'ll)\b/i.test(hit.actual)) {
    // "…was turned down by the bank": who declined it is a fact the limit cannot carry; the wording stays.
    if (/^\s+by\s/i.test(rest)) return undefined
    // The subject may carry what the request was for: "your request for a refund on order 7 has been denied".
    return {start, limit: limitOf(requestedThing(subject), rest), impersonal: true}
  }
  const toDo = rest.match(/^\s+to\s+([a-z]+(?:-[a-z]+)*)\b\s*(.*)$/i)
  if (toDo) return {start, limit: `${gerund(toDo[1]!)}${toDo[2] ? ` ${toDo[2]}` : ''} isn't possible${because}`, impersonal: true}
  const object = rest.trim()
  if (!object) return undefined
  // Where the object runs on to a new clause (", and …"), the limit takes the object only.
  const [thing, tail] = object.split(/(?=,\s)/, 2) as [string, string | undefined]
  return {start, limit: limitOf(requestedThing(thing), tail ?? ''), impersonal: true}
}

/** A short place or time phrase that ends the sentence after a comma: ", in your country". */
const EN_CLOSING_PHRASE = /^\s*,\s*(?!in\s+any\s+case|at\s+any\s+rate)(?:in|at|from|within|outside)\s+(?:your|the|this|that|our|their|any|a|an)\s+(?:[\p{L}\p{N}'-]+\s+){0,2}[\p{L}\p{N}'-]+\s*$/u

function englishRewrites(context: RuleContext, hit: PhraseHit): RefusalRewrite[] {
  const {sentence} = hit
  const clause = clauseAround(sentence, hit.range[0], hit.range[1])
  // "…comment on the options at any store, in your country.": a short phrase
  // closing the sentence after a comma still belongs to what is refused.
  const closing = context.text.slice(clause[1], contentEnd(context.text, sentence.start, sentence.end)).match(EN_CLOSING_PHRASE)
  const refused: Range = closing ? [clause[0], clause[1] + closing[0].length] : clause
  const clauseEnd = contentEnd(context.text, refused[0], refused[1])
  const shape = englishLimit(context, hit, refused, clauseEnd)
  if (closing) shape.limit = shape.limit.replace(closing[0].trimEnd(), ` ${closing[0].replace(/^\s*,\s*/, '').trimEnd()}`)
  return finishEnglish(context, hit, shape.start, shape.limit, clauseEnd, shape.impersonal)
}

/** Puts a limit into its sentence: the apology before it, its reason and what can be done after it. */
function finishEnglish(context: RuleContext, hit: PhraseHit, limitStart: number, limitText: string, clauseEnd: number, impersonal = false): RefusalRewrite[] {
  const {sentence} = hit
  const text = context.text
  const sentenceEnd = contentEnd(text, sentence.start, sentence.end)
  let start = limitStart
  const softener = text.slice(sentence.start, start).match(EN_SOFTENER)
  if (softener) start -= softener[0].length
  // The rest of the sentence after the refusal (", but you're welcome to…") stays as written.
  let middle = text.slice(clauseEnd, sentenceEnd)
  // A closing "…, sorry" is said again, plainly, in front.
  if (/^\s*,?\s*(?:sorry|I'm\s+sorry|I'm\s+afraid|unfortunately)\s*$/i.test(middle)) middle = ''
  const later = text.slice(clauseEnd)
  const reasonGap = explainsRefusal(context, hit) ? '' : EN_REASON_GAP
  const offerGap = EN_OFFER.test(later) ? '' : EN_OFFER_GAP
  const apologised = EN_APOLOGY.test(text.slice(sentence.start, start))
  // A reason or condition before the refusal in the sentence ("The order
  // has shipped, so we can't…") keeps its place; the apology goes before it,
  // after a greeting ("Hi Jordan, ").
  let rangeStart = start
  let opening = ''
  if (!apologised) {
    const greeting = text.slice(sentence.start, start).match(EN_GREETING)
    const point = sentence.start + (greeting ? greeting[0].length : 0)
    // A discourse marker ("Look,", "Like I said,") says nothing the apology keeps.
    const lead = text.slice(point, start).replace(EN_DISCOURSE, '')
    // "because it has been 90 days we cannot…": the cause gets its comma.
    const comma = /\b(?:because|since|as|once|after|when|until)\b[^,]*\w\s*$/i.test(lead) ? ', ' : ''
    if (!lead.trim() || EN_SOFTENER.test(lead)) {
      rangeStart = point
      opening = '$sorry, '
    } else if (lead.length <= 60 && !/https?:|www\.|[.!?]\s/.test(lead)) {
      rangeStart = point
      opening = `$sorry, ${lowerCommon(lead.trimEnd())}${comma || ' '}`
    } else opening = `$sorry to say${comma ? ',' : ''} `
  }
  const atStart = rangeStart === sentence.start
  const limit = /^(?:I\b|\$)/.test(limitText) ? limitText : limitText[0]!.toLowerCase() + limitText.slice(1)
  const body = voiced(context, `${opening}${limit}`)
  const range: Range = [rangeStart, sentenceEnd]
  const rewrites: RefusalRewrite[] = [
    {
      // After a long run of the sentence (a link, more instructions) the offer follows the limit at once.
      text: (atStart ? capitalise(body) : body) + reasonGap + (middle.length > 80 || /https?:|www\./.test(middle) ? voiced(context, offerGap) + middle : middle + voiced(context, offerGap)),
      range,
      message: offerGap || reasonGap ? 'Apologise, keep the limit and its reason, then fill in what you can offer' : 'Apologise, keep the limit and its reason, and lead to what you can offer',
      placeholder: !!(offerGap || reasonGap),
    },
  ]
  // Where the reply gives the reason but no alternative, a plain honest
  // statement of the limit also reads well, with nothing to fill in.
  if (offerGap && !reasonGap && impersonal)
    rewrites.push({text: (atStart ? capitalise(body) : body) + middle, range, message: 'Apologise and state the limit plainly, with its reason', placeholder: false})
  return rewrites
}

/** Particles, address and apologies that close a chat message: 的呢亲抱歉. */
const ZH_TAIL = /(?:[的了呢哦哈呀啊嘛吧噢喔哟呦啦~～!！。.…\s]|亲爱的|亲爱哒|亲亲|亲|(?:很|非常|十分|实在|真的)?(?:抱歉|不好意思)|哈哈)+$/
/** Words that 的 turns into a thing (不同的, 其他的, 同款的): such a 的 is not a closing particle. */
const ZH_MODIFIER_BEFORE_DE = /(?:不同|其他|其它|别|另外|同款|同样|一样|相同|原来|新|旧|大|小|贵|便宜)$/
/** The verb a resultative becomes after 无法: 办不了 -> 无法办理, 弄不来 -> 无法处理, 找不到 -> 无法找到. */
const ZH_VERB_FORMS: Record<string, Record<string, string>> = {
  了: {办: '办理', 弄: '处理', 搞: '处理'},
  定: {办: '办妥', 弄: '处理', 搞: '处理'},
  上: {},
  来: {办: '办理', 弄: '处理', 搞: '处理', 做: '做到'},
  到: {},
}
/** A one-character verb said with no object takes its usual two-character form: 发不了 -> 无法发货. */
const ZH_BARE_VERB_FORMS: Record<string, string> = {发: '发货', 送: '配送', 改: '修改', 换: '更换', 开: '开具', 查: '查询', 寄: '寄出', 加: '添加'}
/** Two-character verbs ending in one of those characters, which the word splitter may cut: 叠|加不了. */
const ZH_COMPOUND_VERBS = new Set(
  '叠加 添加 追加 增加 参加 附加 更换 调换 互换 兑换 转换 替换 退换 更改 修改 公开 分开 打开 拆开 展开 调查 检查 排查 核查 审查 复查 追查 邮寄 转寄 代寄 派送 配送 运送 赠送 转送 发送 递送 批发 分发 下发 转发 代发 补发'.split(' '),
)
/**
 * A new subject straight after a resultative starts the next clause, which
 * chat writes without a break (发不了我们家没有圆通的哦): what follows is not
 * the refused verb's object.
 */
const ZH_NEXT_SUBJECT = /^[的了呢哦哈呀啊嘛吧噢喔哟啦]*(?=(?:我们|咱们|我这边|这边|他们|小店|本店|店里|目前|现在|因为|由于|已经)\p{Script=Han})/u
/** With an object, 弄/搞 mean making it: 弄不来定制图案 -> 无法做定制图案. */
const ZH_MAKE = new Set(['弄', '搞'])
/** Refusing words that become 无法 (the plain, polite form of "cannot"). */
const ZH_CANNOT = /^(?:没有办法|没办法|木有办法|冇办法|没得办法|没法|无法|不可以|不能|没得|恕不|不会)/
/** Refusing words that state a policy and stay as they are: 不支持七天无理由退货. */
const ZH_POLICY = /^(?:不支持|不支援|不接受|不予)/
/** Refusing words that say nothing of the action on their own: 不能哦, 不可以的呢. */
const ZH_BARE_MODAL = /^(?:不能|不可以|不行|不可能|没办法|没有办法|没法|木有办法|冇办法|没得办法|没门儿?|免谈)$/
/** A conjunction opening the refusing clause (不过仓库…没法…): it goes before the apology. */
const ZH_CONJUNCTION = /^(?:不过|但是|可是|但|只是)/
/** Calling the customer at the start of a message: 亲爱的, 亲亲, 小主. */
const ZH_CALLING = /^(?:亲爱的|亲爱哒|亲亲|小主|客官|您好|你好)[，,~～\s!！]*/
/** What a bare refusal stands on: only "we / this / really" (我也没办法, 这个不行哦). */
const ZH_EMPTY_SUBJECT = /^(?:我们|我|咱们|小妹|这边|这里|也|真的|真是|真|确实|实在|是|都|还|就|这个|那个|那么|那|这|亲爱的|亲亲|亲|呢|哦|啊|[,，\s])*$/

/**
 * The limit in the sentence's own script: the customer's words (before and
 * after the refusal) as written, only the refusing word replaced. Decisions
 * are made on the Simplified form, which has the same length.
 */
function chineseLimit(context: RuleContext, hit: PhraseHit, clause: Range): {start: number; end: number; limit: string} | undefined {
  const {sentence} = hit
  const n = sentence.normalized
  const at = (offset: number) => offset - sentence.start
  const written = (from: number, to: number) => context.text.slice(from, to)
  // Words the rewrite adds are written in Simplified and given the sentence's script.
  const ours = (s: string) => context.rewrite(s, clause)
  let start = hit.range[0]
  let own = n.slice(at(start), at(hit.range[1]))
  // A resultative's verb may be longer than the character the pattern saw: 修改不了.
  if (/^(.*?)不([了到来定上])$/.test(own)) {
    const token = context.tokenAt(sentence, start)
    if (token && token.kind === 'word' && token.start < start && token.end <= hit.range[1] - 2) {
      start = token.start
      own = n.slice(at(start), at(hit.range[1]))
    }
  }
  // …and the splitter may cut a two-character verb: 叠|加不了 is 叠加.
  if (/^[\u4e00-\u9fff]不[了到来定上]$/.test(own) && start > clause[0] && ZH_COMPOUND_VERBS.has(n.slice(at(start) - 1, at(start) + 1))) {
    start--
    own = n.slice(at(start), at(hit.range[1]))
  }
  let before = written(clause[0], start)
  let afterStart = hit.range[1]
  let afterEnd = clause[1]
  let end = clause[1]
  // A bare modal closed by its particles, with more said after them
  // (不能哦买二份送湿巾): the refusal ends at the particles.
  const closed = ZH_BARE_MODAL.test(own) ? n.slice(at(afterStart), at(clause[1])).match(/^的?[哦呢喔哈啦呀哟噢吧嘛亲]+/) : null
  if (closed && afterStart + closed[0].length < clause[1]) afterEnd = end = afterStart + closed[0].length
  let closing = ''
  // A closing 的 is sentence-final (无法开具发票的哦) unless it makes a
  // modifier a thing: 不支持换不同的 (different ones), 只能换同款的.
  const trimTail = () => {
    let tail = n.slice(at(afterStart), at(afterEnd)).match(ZH_TAIL)
    if (tail && tail[0].startsWith('的') && ZH_MODIFIER_BEFORE_DE.test(n.slice(at(afterStart), at(afterEnd) - tail[0].length))) {
      const rest = tail[0].slice(1).match(ZH_TAIL)
      tail = rest && rest.index === 0 ? rest : null
    }
    if (tail) {
      afterEnd -= tail[0].length
      closing = tail[0] + closing
    }
  }
  trimTail()
  let refusal: string
  let next = ''
  const verb = own.match(/^(.*?)不([了到来定上])$/)
  if (verb && verb[1]) {
    // 退不了了: the second 了 closes the message.
    if (n[at(afterStart)] === '了') afterStart++
    trimTail()
    const runOn = n.slice(at(afterStart), at(afterEnd)).match(ZH_NEXT_SUBJECT)
    if (runOn) {
      next = written(afterStart + runOn[0].length, afterEnd)
      afterEnd = afterStart
    }
    if (verb[1] === '说' && n[at(afterStart)] === '算') {
      // 说不了算: it is not the writer's call.
      afterStart++
      refusal = ours('无法决定')
    } else {
      const bare = afterEnd <= afterStart && verb[2] === '了' ? ZH_BARE_VERB_FORMS[verb[1]] : undefined
      const form = bare ?? (afterEnd > afterStart && ZH_MAKE.has(verb[1]) ? '做' : ZH_VERB_FORMS[verb[2]!]![verb[1]])
      refusal = ours('无法') + (form ? ours(form) : written(start, start + verb[1].length) + (verb[2] === '到' ? ours('到') : ''))
    }
  } else if (ZH_CANNOT.test(own)) refusal = ours('无法') + written(start + own.match(ZH_CANNOT)![0].length, hit.range[1])
  // 拒绝您的申请 -> 无法通过您的申请; 拒绝补寄 -> 无法补寄.
  else if (/^拒绝了?$/.test(own)) refusal = ours(/^[您你]/.test(n.slice(at(afterStart))) ? '无法通过' : '无法')
  else if (own === '不给') refusal = ours('无法给')
  else if (ZH_POLICY.test(own)) refusal = written(start, hit.range[1])
  else if (/^(?:不行|不可能|办不到|做不到|爱莫能助|无能为力|没辙|没门儿?|免谈)$/.test(own)) refusal = ''
  // Any other refusing word is kept as written, with the apology, reason and offer around it.
  else refusal = written(start, hit.range[1])
  let after = afterEnd > afterStart ? written(afterStart, afterEnd) : ''
  // 不行就是不行: the refusal said twice for emphasis is one plain limit.
  if (ZH_BARE_MODAL.test(own) && /^(?:就是|就|真的)?(?:不行|不能|不可以)$/.test(n.slice(at(afterStart), at(afterEnd)))) after = ''
  // 这边是不支持的呢 -> 这边不支持: with the closing 的 gone, the 是 before it goes too.
  if (closing.includes('的') && /(?<![但可只还要若于凡总倒])是$/.test(n.slice(at(clause[0]), at(start)))) before = before.slice(0, -1)
  // 不会给补发 -> 无法补发: a 给 with no one after it says nothing.
  if (/^不会/.test(own) && /^给(?![您你])/.test(n.slice(at(afterStart)))) after = after.slice(1)
  // 给您改地址 -> 为您改地址 reads as service rather than as a favour withheld.
  if (/^给(?=您|你)/.test(n.slice(at(afterStart)))) after = ours('为') + after.slice(1)
  // 没办法给您 with nothing after it: what is not done for the customer is the handling.
  if (/^(?:为|為|给|給)(?:您|你)$/.test(after) && ZH_CANNOT.test(own)) after += ours('办理')
  // A bare policy word (您好，是不支持的呢): what is not supported is "this".
  if (!after && ZH_POLICY.test(own) && !before.trim()) return {start: clause[0], end, limit: `${ours('这个')}${refusal}`}
  if (!after && (refusal === '' || refusal === ours('无法'))) {
    // A bare refusal: what the customer asked stays the subject, the limit is said plainly.
    let plain = n.slice(at(clause[0]), at(start)).trim()
    // The writer's apology (不好意思咱们这边没有办法的) stays first.
    const apology = plain.match(ZH_APOLOGY_OPENING)?.[0] ?? ''
    const apologyWritten = before.trim().slice(0, apology.length)
    plain = plain.slice(apology.length)
    // A hedge (应该是不可以的) keeps its doubt, said where it reads: 这个我们这边应该无法做到.
    const hedge = plain.match(/(?:应该|可能|恐怕|好像)(?:是|也)?$/)?.[0] ?? ''
    plain = plain.slice(0, plain.length - hedge.length)
    // 不能就是不能: the first of the doubled refusal is no subject.
    if (/^(?:不行|不能|不可以)(?:就是|就)$/.test(plain)) plain = ''
    const subject = ZH_EMPTY_SUBJECT.test(plain) ? ours('这个') : before.trim().slice(apology.length, apology.length + plain.replace(/(?:我们|咱们|我|小妹)?(?:这边|这里)?(?:也|真的|真是|真|确实|实在|是)*$/, '').length)
    const hedgeWritten = hedge ? written(start - hedge.length, start).replace(/[是也]$/, '') : ''
    return {start: clause[0], end, limit: `${apologyWritten}${subject}${ours('我们这边')}${hedgeWritten}${ours('无法做到')}`}
  }
  const limit = `${before}${refusal || ours('无法')}${after}`
  if (!next) return {start: clause[0], end, limit}
  return {start: clause[0], end, limit: `${limit}，${next}`}
}

/** An apology closing the refusal's message on its own (…取消不了呢 很抱歉): ours, said first, takes its place. */
const ZH_APOLOGY_AFTER = /^[，,\s~～]*(?:很|非常|十分|实在|真的)?(?:抱歉|不好意思|对不起)[的了呢哦哈啊呀亲]*(?=[\s，,。！？!?~～]|$)/u
/** An apology opening the refusal's clause (非常抱歉我们这边无法…): the reason asked for follows it. */
const ZH_APOLOGY_OPENING = /^(?:非常|很|十分|实在|真的)?(?:抱歉|不好意思|对不起)[的了呢哦哈啊呀]*[，,~～\s]*/u
/** A condition or cause clause just before the refusal's (只要被取消，就无法送货; 因为订单已经确认，不可以修改): the apology goes before both. */
const ZH_CONDITION_CLAUSE = /[^，,。！？!?\s~～：:；;①-⑩]*(?:只要|如果|要是|假如|一旦|若是|因为|由于|为了)[^，,。！？!?\s~～：:；;]*[，,]\s*$/u
/** An opening bracket or quote: the apology goes inside it. */
const ZH_OPEN_BRACKET = /^[（(【「『“"]/

function chineseRewrites(context: RuleContext, hit: PhraseHit): RefusalRewrite[] {
  const {sentence} = hit
  const text = context.text
  const n = sentence.normalized
  const clause = messageAround(text, clauseAround(sentence, hit.range[0], hit.range[1]), hit.range)
  const shape = chineseLimit(context, hit, clause)
  if (!shape) return []
  let start = shape.start
  let limit = shape.limit
  // A condition the refusal follows from (只要被取消，就无法送货) is said after the apology, with it.
  const condition = n.slice(0, start - sentence.start).match(ZH_CONDITION_CLAUSE)
  if (condition) {
    start -= condition[0].length
    limit = text.slice(start, shape.start) + limit
  }
  const sentenceEnd = contentEnd(text, sentence.start, sentence.end)
  // The clause's closing particles go with it (…的呢 / …哦亲); the sentence's stop stays.
  const range: Range = [start, contentEnd(text, start, shape.end)]
  const ours = (s: string) => context.rewrite(s, range)
  // A bracket, a conjunction (不过) or calling the customer (亲爱的, 亲亲) opens the message: the apology follows it.
  const opening = n.slice(start - sentence.start)
  const bracket = opening.match(ZH_OPEN_BRACKET)?.[0] ?? ''
  const conjunction = opening.slice(bracket.length).match(ZH_CONJUNCTION)?.[0] ?? ''
  const calling = conjunction ? '' : (opening.slice(bracket.length).match(ZH_CALLING)?.[0] ?? '')
  const leadLength = bracket.length + conjunction.length + calling.length
  let lead = text.slice(start, start + leadLength)
  if (limit.startsWith(lead)) limit = limit.slice(leadLength)
  if (calling && !/[，,~～\s]$/.test(lead)) lead += '，'
  // The bracket closes after everything the rewrite adds.
  const closingBracket = bracket ? (limit.match(/[）)】」』”"]$/)?.[0] ?? '') : ''
  if (closingBracket) limit = limit.slice(0, -1)
  // The apology: the writer's own where the clause opens with it (the reason asked for follows it), or ours.
  let apology = '非常抱歉，'
  if (ZH_APOLOGY.test(n.slice(0, hit.range[0] - sentence.start))) {
    const own = n.slice(start - sentence.start + leadLength).match(ZH_APOLOGY_OPENING)?.[0] ?? ''
    const written = text.slice(start + leadLength, start + leadLength + own.length)
    if (own && limit.startsWith(written)) {
      limit = limit.slice(written.length)
      apology = /[，,~～\s]$/.test(written) ? written : `${written}，`
    } else apology = ''
  } else {
    const after = n.slice(range[1] - sentence.start, sentenceEnd - sentence.start).match(ZH_APOLOGY_AFTER)
    if (after) range[1] += after[0].length
  }
  const later = context.normalized.slice(range[1])
  const followingInSentence = n.slice(range[1] - sentence.start, sentenceEnd - sentence.start)
  // What the reply goes on to do may be said within the limit's own words
  // (…无法发出目前已经退回厂家了小店到货后第一时间给您发出): it is the offer.
  const offered = ZH_OFFER.test(later) || ZH_OFFER.test(n.slice(hit.range[0] - sentence.start, shape.end - sentence.start))
  const offerGap = offered ? '' : conjunction ? ZH_OFFER_GAP.replace('不过', '这边') : ZH_OFFER_GAP
  let reasonAsked = explainsRefusal(context, hit) ? '' : ZH_REASON_GAP
  // A reason said after the refusal in the same message (…退不了喔，已經拆封了)
  // stays next to it; the offer closes the message.
  let middle = ''
  // The next clause, begun by a comma or, in chat, a space (此单无法拆分 整单移交北京发货的).
  const rest = reasonClauseAt(followingInSentence)
  if (rest) {
    reasonAsked = ''
    if (offerGap) {
      range[1] += rest.length
      // A reason that goes on in the next short clause (因为我们有很多库房 库房所在的财务机构都不一样) is kept whole before the offer.
      const more = n.slice(range[1] - sentence.start, sentenceEnd - sentence.start)
      const whole = more.length <= 40 && /^[，,\s]/.test(more) && !ZH_ANOTHER_REFUSAL.test(more) && !ZH_OFFER.test(more) && !/https?:|www\./.test(more)
      const reasonEnd = whole ? sentenceEnd : range[1]
      middle = text.slice(range[1] - rest.length, reasonEnd).replace(/^\s+/u, '，').replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '，').replace(/[的呢哦哈呀啊嘛吧噢喔哟啦~～]+$/u, '')
      range[1] = reasonEnd
    }
  }
  return [
    {
      // Words that went on after the refusal without a break get one (不能哦|买二份送湿巾).
      text: `${lead}${apology === '非常抱歉，' ? ours(apology) : apology}${ours(reasonAsked)}${limit}${middle}${ours(offerGap)}${closingBracket}${/^[\p{L}\p{N}]/u.test(text.slice(range[1])) ? '，' : ''}`,
      range,
      message: offerGap || reasonAsked ? '先致歉，说明做不到的事和原因，再填写可以提供的方案' : '先致歉，说明做不到的事和原因，再引到可以提供的方案',
      placeholder: !!(offerGap || reasonAsked),
    },
  ]
}

/**
 * "Not my department" / 不归我管: the request belongs elsewhere. Said as a
 * fact about who handles it, with the way there: the reply's own ("You'll
 * need to call billing…", 您找售后吧) or one for the writer to fill in.
 */
function handOn(context: RuleContext, hit: PhraseHit): RefusalRewrite[] {
  const {sentence} = hit
  const text = context.text
  const english = sentence.language === 'en'
  const clause = english ? clauseAround(sentence, hit.range[0], hit.range[1]) : messageAround(text, clauseAround(sentence, hit.range[0], hit.range[1]), hit.range)
  const end = contentEnd(text, clause[0], clause[1])
  const after = text.slice(hit.range[1], end)
  // "It's not my job to chase the courier": what was refused is named; it is a refusal like any other.
  if (english && /^\s+to\s+\w/i.test(after)) {
    const m = after.match(/^\s+to\s+([a-z]+(?:-[a-z]+)*)(?![\w'’-])\s*(.*)$/i)
    if (!m) return []
    const verb = m[1]!.toLowerCase()
    const limit = `${gerund(verb)}${m[2] ? ` ${m[2].trim()}` : ''} isn't something $can do from here`
    return finishEnglish(context, hit, clause[0], limit, end)
  }
  const later = text.slice(end)
  const apologised = (english ? EN_APOLOGY : ZH_APOLOGY).test(sentence.normalized.slice(0, clause[0] - sentence.start))
  if (english) {
    const way = EN_OFFER.test(later) ? '' : '; what $can do is [how you can connect them with that team]'
    const body = voiced(context, `${apologised ? '' : '$sorry, '}this is handled by another team${way}`)
    const range: Range = [clause[0], end]
    return [{text: clause[0] === sentence.start ? capitalise(body) : body, range, message: 'Say who handles it and how to get there', placeholder: !!way}]
  }
  const way = ZH_OFFER.test(later) ? '' : '，不过可以为您[转给负责的同事或告知联系方式]'
  const range: Range = [clause[0], contentEnd(text, clause[0], clause[1])]
  return [{text: context.rewrite(`${apologised ? '' : '非常抱歉，'}这个问题由其他部门负责${way}`, range), range, message: '说明由谁负责、怎么找到他们', placeholder: !!way}]
}

/**
 * The honest rewrites of a refusal, best first, or none when the refusal is
 * of a kind the rule rewrites otherwise (not my job: hand it on).
 */
export function honestRewrites(context: RuleContext, hit: PhraseHit): RefusalRewrite[] {
  if (hit.entry.id === 'not-my-job') return handOn(context, hit)
  return hit.sentence.language === 'en' ? englishRewrites(context, hit) : chineseRewrites(context, hit)
}
