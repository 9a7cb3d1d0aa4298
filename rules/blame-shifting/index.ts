// blame-shifting: blaming another party (courier, warehouse, another team,
// the system, "they") or the customer instead of owning the problem.
import {defineRule, perConfiguration} from '../../src/rule.js'
import {loadRulePhrases, type PhraseSet} from '../../src/phrases/load.js'
import {compilePhrases, escapeRegExp, type CompiledPhrases} from '../../src/phrases/compile.js'
import type {PhraseEntry} from '../../src/phrases/format.js'
import type {PhraseHit} from '../../src/context.js'
import {clauseAround, isConditional, isHedged, isInQuestion} from '../../src/text/clauses.js'
import {joinNormalized} from '../../src/text/sentences.js'
import {toSimplified} from '../../src/text/chinese.js'
import {ownsTheProblem} from './ownership.js'
import {placeRewrite} from './placement.js'
import {chineseEvent, englishEvent} from './what-happened.js'
import {isDeflected as structuralDeflection, mayHoldEnglishBlame, structuralBlames, type StructuralBlame} from './structure.js'
import type {RuleContext} from '../../src/context.js'
import type {Sentence} from '../../src/types.js'

const phrases = loadRulePhrases(import.meta.url)

export interface BlameShiftingOptions {
  /**
   * More names of other parties, such as a courier's brand ("DHL", "顺丰")
   * or a partner's team: wording that blames them is flagged like "the courier".
   */
  parties: string[]
}

// Each party list in the phrase data ends with this alternative; names from
// the `parties` option are inserted after it (see the comment in the data).
const PARTY_ANCHOR = {en: 'third[- ]part(?:y|ies)', zh: '第三方'} as const

function withParties(set: CompiledPhrases, names: string[]): CompiledPhrases {
  const anchor = PARTY_ANCHOR[set.language]
  const alternatives = names.map(n => escapeRegExp(n.trim()).replace(/\s+/g, '\\s+')).join('|')
  const patch = (p: string) => (p.startsWith('/') ? p.split(anchor).join(`${anchor}|${alternatives}`) : p)
  const entries: PhraseEntry[] = set.entries.map(e => ({
    id: e.id,
    pattern: typeof e.pattern === 'string' ? patch(e.pattern) : e.pattern.map(patch),
    exceptions: e.exceptions,
    message: e.message,
    rewrites: e.rewrites,
    fix: e.fix,
    caseSensitive: e.caseSensitive,
  }))
  const classes = {...set.classes}
  if (classes['third-party']) classes['third-party'] = [...classes['third-party'], ...names]
  return compilePhrases({language: set.language, entries, classes}, `blame-shifting parties option (${set.language})`)
}

const cache = new Map<string, PhraseSet>()

/** The rule's phrases with the configured party names added, compiled once per option value. */
function phrasesFor(parties: string[]): PhraseSet {
  const names = parties.map(p => p.trim()).filter(Boolean)
  if (!names.length) return phrases
  const key = names.join('\n')
  let set = cache.get(key)
  if (!set) {
    const han = /\p{Script=Han}/u
    set = {}
    for (const language of ['en', 'zh'] as const) {
      const own = phrases[language]
      if (!own) continue
      const forLanguage = names.filter(n => (language === 'zh' ? han.test(n) : !han.test(n)))
      set[language] = forLanguage.length ? withParties(own, forLanguage) : own
    }
    cache.set(key, set)
  }
  return set
}

/** The phrases of a rule configuration. */
const configuredPhrases = perConfiguration(options =>
  phrasesFor(Array.isArray(options.parties) ? (options.parties as unknown[]).filter((p): p is string => typeof p === 'string') : []),
)

/** Whom a phrase entry blames, from its id prefix (see the phrase data). */
function blames(hit: PhraseHit): 'party' | 'ours' | 'customer' {
  const id = hit.entry.id
  return id.startsWith('customer-') ? 'customer' : id.startsWith('ours-') ? 'ours' : 'party'
}

function shouldReport(hit: PhraseHit, owned: () => boolean, deflected: (s: Sentence) => boolean, structural = false): boolean {
  const {sentence, range} = hit
  const shape = shapeOf.get(hit)
  // "If you entered the wrong code, …" / 如果是快递的问题 explains a case; it blames no one.
  // "If you had…, this wouldn't have happened" is a reproach said as a condition.
  if (!shape?.counterfactual && isConditional(sentence, range[0], range[1])) return false
  if (blames(hit) === 'customer' || structural) {
    // "It looks like you may have…", 您是不是记错了: a gentle check, not an accusation.
    // The guess may sit inside the match too: 您可能填错了.
    if (isHedged(sentence, range[1])) return false
    if (isInQuestion(sentence, range[1])) return false
  }
  // Naming a slip is fine when the reply also apologises or puts it right:
  // "our courier left it at the wrong house, sorry, a new one ships today".
  // Unless the sentence also distances us from it or calls it a habit
  // ("…again, not our fault"): then the apology does not undo the excuse.
  if ((hit.entry.id === 'party-slip' || shape?.ownable) && owned() && !deflected(sentence)) return false
  return true
}

/** The phrase entry whose message and rewrites fit a blame found by structure. */
const ENTRY_FOR: Record<StructuralBlame['kind'], string> = {
  habit: 'party-habit',
  fault: 'party-fault',
  slip: 'party-slip',
  end: 'party-end',
  entered: 'customer-entered-wrong',
  'didnt-read': 'customer-didnt-read',
  misremember: 'customer-misremember',
  'customer-fault': 'customer-fault',
  counterfactual: 'customer-counterfactual',
}

// What structure found about a hit beyond its entry: whether ownership undoes it, whether it is a counterfactual.
const shapeOf = new WeakMap<PhraseHit, StructuralBlame>()

/** Blames that no listed wording matched, found by subject and predicate (structure.ts). */
function structuralHits(context: RuleContext, phrases: PhraseSet, found: readonly PhraseHit[]): PhraseHit[] {
  const hits: PhraseHit[] = []
  // Chinese is matched in Simplified, which only the split sentences hold.
  if (!context.families.has('zh') && !mayHoldEnglishBlame(phrases, context.text)) return hits
  for (const sentence of context.sentences) {
    const set = phrases[sentence.language === 'en' ? 'en' : 'zh']
    if (!set) continue
    for (const blame of structuralBlames(phrases, sentence, context.sentences[sentence.index + 1])) {
      const [start, end] = blame.range
      if (found.some(h => h.range[0] < end && start < h.range[1]) || hits.some(h => h.range[0] < end && start < h.range[1])) continue
      if (context.isProtected(start, end)) continue
      const entry = set.entries.find(e => e.id === ENTRY_FOR[blame.kind])
      if (!entry) continue
      const hit: PhraseHit = {entry, range: blame.range, actual: context.text.slice(start, end), sentence, groups: {}}
      shapeOf.set(hit, blame)
      hits.push(hit)
    }
  }
  return hits
}

// A rewrite that apologises for what the blame caused ("we're sorry
// $<consequence>, and we'll put it right for you") is only offered, and then
// first, when a clause of the reply says what it caused.
const CONSEQUENCE = '$<consequence>'

function rewriteText(rewrite: PhraseEntry['rewrites'][number]): string {
  return typeof rewrite === 'string' ? rewrite : 'clause' in rewrite ? rewrite.clause : rewrite.sentence
}

/** The hit's rewrites, clause rewrites placed over the whole blame (see placement.ts). */
function suggestionsFor(context: RuleContext, hit: PhraseHit, otherHits: ReadonlyArray<[number, number]>, structural: boolean) {
  const placement = placeRewrite(hit.sentence, hit.range, otherHits, context.sentences[hit.sentence.index + 1])
  const {consequence} = placement
  const groups = {...hit.groups, consequence: consequence ?? ''}
  // After a clause of our own, or at the start of the sentence, the rewrite starts a sentence.
  const atStart = placement.range[0] === hit.sentence.start
  const place = (text: string) =>
    (placement.prefix ? placement.prefix + text[0]!.toUpperCase() + text.slice(1) : atStart ? text[0]!.toUpperCase() + text.slice(1) : text) + placement.suffix
  const ordered = [
    ...(consequence ? hit.entry.rewrites.filter(r => rewriteText(r).includes(CONSEQUENCE)) : []),
    ...hit.entry.rewrites.filter(r => !rewriteText(r).includes(CONSEQUENCE)),
  ]
  // Loops and push rather than map here and in check: optimised code's map
  // makes holey arrays where the interpreter's makes packed ones, and code
  // that met one kind is thrown away when the other turns up.
  const suggestions: Array<ReturnType<typeof context.resolveRewrite> & {placeholder?: boolean}> = []
  // "You typed the wrong postcode" -> "it looks like the postcode didn't match": the detail stays named.
  const field = hit.entry.id === 'customer-entered-wrong' ? wrongField(context, hit) : undefined
  for (const r of ordered) {
    if (typeof r === 'string' || !('clause' in r)) {
      suggestions.push(context.resolveRewrite(r, hit))
      continue
    }
    const clause = field ? namingField(r.clause, field, hit.sentence.language === 'en') : r.clause
    const text = context.rewrite(clause, placement.range, groups)
    const placed = place(text)
    suggestions.push({text: placed, range: placement.range, message: r.message})
  }
  // Another party's slip said as what happened, apologised for and taken on:
  // it keeps the facts the stock apology would drop.
  // Only where the hit is a subject and what it did (found by structure, or a listed slip).
  // A cause named to disown it ("down to the courier") names no event.
  const namesEvent =
    !shapeOf.get(hit)?.verdict &&
    !/^(?:because|due|thanks|caused|down)\b/i.test(hit.actual) &&
    (structural || hit.entry.id === 'party-slip' || (hit.sentence.language === 'en' && /^(?:the|your|their|they|those|that)\s/i.test(hit.actual)))
  if (namesEvent && hit.sentence.language === 'en' && /^party-(?:slip|fault|habit)$/.test(hit.entry.id)) {
    // "The technician, they botched it": the subject said first is part of the event; a filler ("Honestly") is not.
    const lead = context.text.slice(placement.range[0], hit.range[0])
    const from = !placement.prefix && /^(?:the|your|their|that|this|those)\s[^,]*,\s*$/i.test(lead) ? placement.range[0] : hit.range[0]
    const event = englishEvent(hit.sentence, from, hit.range)
    if (event && (placement.joinedBy === 'because' || placement.joinedBy === 'since') && !consequence && /\b(?:wasn't|weren't)\s/.test(event)) {
      // "We can't reissue the card because your branch never sent the form back": the reason stays, said of the thing.
      const text = context.rewrite(` ${placement.joinedBy} ${event}; we're sorry about that, and we'll follow it up for you`, placement.range) + placement.suffix
      suggestions.unshift({text, range: placement.range, message: 'Keep the reason, said without blame, and take it on'})
    } else if (event) {
      const body = `we're sorry that ${event}${consequence ? `, so ${consequence}` : ''}, and we'll put it right for you`
      const text = context.rewrite(body, placement.range)
      const placed = place(text)
      suggestions.unshift({text: placed, range: placement.range, message: 'Apologise for what happened and take it on'})
    }
  }
  // 您的包裹是快递那边弄丢的: what happened is said of the thing named first, without the culprit.
  const topical = hit.sentence.language !== 'en' && blames(hit) === 'party' && !shapeOf.get(hit)?.verdict && placement.range[0] < hit.range[0]
    ? chineseEvent(hit.sentence, hit.range, placement.range[0])
    : undefined
  const topicalEvent = topical !== undefined && topical !== chineseEvent(hit.sentence, hit.range) ? topical : undefined
  if ((namesEvent || topicalEvent) && hit.sentence.language !== 'en' && /^party-(?:slip|fault|habit|guess)$/.test(hit.entry.id)) {
    const event = topicalEvent ?? chineseEvent(hit.sentence, hit.range)
    if (event) {
      const body = `很抱歉${event}${consequence ? `，${consequence}` : ''}，给您添麻烦了，这边马上帮您处理`
      // The event is the reply's own text, already in its script; only the frame is converted.
      const [open, close] = [context.rewrite('很抱歉', placement.range), context.rewrite('，给您添麻烦了，这边马上帮您处理', placement.range)]
      const text = body.replace('很抱歉', open).replace('，给您添麻烦了，这边马上帮您处理', close)
      suggestions.unshift({text, range: placement.range, message: '为发生的事道歉，并由我们来处理'})
    }
  }
  // "That's on the shipping company" / 物流那边搞的: the party stays named, as where the trouble was.
  if ((hit.entry.id === 'party-end' && hit.sentence.language === 'en') || (structural && hit.entry.id === 'party-fault' && hit.sentence.language !== 'en' && !topicalEvent)) {
    const party = hit.sentence.language === 'en'
      ? hit.actual.match(/\bon\s+((?:the|your)\s+[\p{L} -]+)$/iu)?.[1]?.replace(/^.*\s(?:side|end)$/i, '') || undefined
      : hit.actual.match(/^(\p{Script=Han}+?)(?:搞的|弄的|害的|造成的|导致的|的锅)$/u)?.[1]
    if (party) {
      const text =
        hit.sentence.language === 'en'
          ? context.rewrite(`we're sorry about the trouble with ${party.replace(/^your\s/i, 'the ')}, and we'll chase this for you`, placement.range)
          : context.rewrite('很抱歉\u0000出了问题，给您添麻烦了，这边马上帮您处理', placement.range).replace('\u0000', party)
      suggestions.unshift({text: place(text), range: placement.range, message: hit.sentence.language === 'en' ? 'Take the trouble on' : '由我们来跟进'})
    }
  }
  // The real next step is the agent's to name: offered second, with a gap to fill.
  if (blames(hit) !== 'customer') {
    const en = hit.sentence.language === 'en'
    const event = shapeOf.get(hit)?.verdict ? undefined : en ? englishEvent(hit.sentence, hit.range[0], hit.range) : chineseEvent(hit.sentence, hit.range)
    const body = en
      ? `${event ? `we're sorry that ${event}` : "we're sorry about this"}, and we'll [what we will do next, e.g. send a replacement today]`
      : `${event ? `很抱歉${event}` : '很抱歉给您添麻烦了'}，这边会[接下来怎么处理，例如今天为您补发]`
    const text = en ? context.rewrite(body, placement.range) : context.rewrite(body.replace(event ?? '\u0000', '\u0001'), placement.range).replace('\u0001', event ?? '')
    const placed = place(text)
    suggestions.splice(1, 0, {text: placed, range: placement.range, message: en ? 'Say what you will do next' : '说明接下来会怎么处理', placeholder: true})
  }
  // "You didn't read the listing" -> "let me go over the listing with you": what was missed stays named.
  if (hit.entry.id === 'customer-didnt-read') {
    const object = missedObject(context, hit)
    if (object) {
      const en = hit.sentence.language === 'en'
      const body = en
        ? `${consequence ? `we're sorry ${consequence}; ` : ''}let me go over ${object} with you`
        : `${consequence ? `很抱歉${consequence}，` : ''}这边把${object}再跟您说明一下`
      // The customer's words keep their script; the frame is converted around them.
      const text = en ? context.rewrite(body, placement.range) : context.rewrite(body.replace(object, '\u0000'), placement.range).replace('\u0000', object)
      const placed = place(text)
      suggestions.unshift({text: placed, range: placement.range, message: en ? 'Go over what was missed, kindly' : '把没看到的内容再友好地说明一遍'})
    }
  }
  // "You forgot to click Confirm" -> "the step to click Confirm didn't go through": the step stays named.
  if (hit.entry.id === 'customer-forgot' && hit.sentence.language === 'en') {
    const step = missedStep(context, hit)
    if (step) {
      const body = `it looks like the step to ${step} didn't go through${consequence ? `, so ${consequence}` : ''}; let's finish it together`
      const text = context.rewrite(body, placement.range)
      suggestions.unshift({text: place(text), range: placement.range, message: 'Say what is missing and help finish it'})
    }
  }
  if (hit.sentence.language === 'en') {
    // "The double charge of $42.90 is down to your bank": apologise for the thing, not the culprit.
    const about = blames(hit) !== 'customer' ? troubleBefore(context, hit, placement.range[0]) : undefined
    if (about) {
      const text = context.rewrite(`we're sorry about ${about}, and we'll put it right for you`, placement.range)
      suggestions.unshift({text: place(text), range: placement.range, message: 'Apologise for the trouble and take it on'})
    }
    // "Because you waited more than 30 days, the claim couldn't go through": what happened, and why, without "you".
    const cause = hit.entry.id === 'customer-fault' ? causeFirst(context, hit) : undefined
    if (cause) suggestions.unshift({text: cause.text, range: cause.range, message: 'Say what happened and why, without blaming the customer'})
  }
  // "…, talk to PayPal": the party stays named, as the one we will chase.
  if (placement.party) {
    for (const suggestion of suggestions) {
      if (suggestion.placeholder) continue
      suggestion.text = suggestion.text.replace(/\band we'll (?:put it right|chase this) for you\b/, `and we'll chase this with ${placement.party} for you`)
    }
  }
  // "…, so we can't refund it" / 我们赔不了: where the reply refuses
  // elsewhere, "we'll put it right" would promise what it refuses; the
  // apology stays and the promise goes.
  const refusal = ourRefusal(context.options)[hit.sentence.language === 'en' ? 'en' : 'zh']
  // What the reply says outside the rewritten range, in the normalized text
  // (Simplified, straight apostrophes) the class is written for.
  const refusesOutside = refusal !== undefined && refusal.test(context.normalized.slice(0, placement.range[0]) + '\n' + context.normalized.slice(placement.range[1]))
  for (const suggestion of suggestions) {
    if (suggestion.placeholder || refusal === undefined) continue
    // A consequence the rewrite keeps may be the refusal: "…, so we can't refund them".
    if (!refusesOutside && !refusal.test(hit.sentence.language === 'en' ? suggestion.text : toSimplified(suggestion.text))) continue
    suggestion.text = suggestion.text
      .replace(/,? and we'll (?:put it right|chase this(?: with [^,.;]+?)?) for you\b/, '')
      .replace(/[，,]这边马上帮您处理|[，,]這邊馬上幫您處理/u, '')
  }
  return {range: placement.range, suggestions}
}

/** The rule's `our-refusal` class as one pattern per language (English words whole, any case). */
const ourRefusal = perConfiguration(options => {
  const phrases = configuredPhrases(options)
  const pattern = (words: readonly string[] | undefined, flags: string, bound: string) =>
    words?.length ? new RegExp(`${bound}(?:${words.map(escapeRegExp).join('|')})${bound}`, flags) : undefined
  return {en: pattern(phrases.en?.classes['our-refusal'], 'i', '\\b'), zh: pattern(phrases.zh?.classes['our-refusal'], '', '')}
})

// A filler before the thing the trouble was about: "Honestly the delay is the supplier's mess".
const EN_LEAD_WORDS = /^(?:(?:honestly|frankly|well|look|so|sadly|unfortunately)\s*,?\s+)+/i

/**
 * The thing a verdict is said of, before it in its clause ("The double charge
 * of $42.90 is down to your bank" -> "the double charge of $42.90"); undefined
 * when the clause opens with the verdict, or with the party itself.
 */
function troubleBefore(context: RuleContext, hit: PhraseHit, from: number): string | undefined {
  if (from >= hit.range[0]) return undefined
  let before = context.text.slice(from, hit.range[0]).replace(EN_LEAD_WORDS, '')
  // The copula goes: "… is down to", "… is the airline's fault".
  before = before.replace(/\s+(?:is|was|are|were)\s*$/i, '').replace(/\s+$/, '')
  if (!/^(?:the|your|this|that|these|those|my)\s+[\p{L}\p{N}$£€.'’ ()#/-]{2,60}$/iu.test(before)) return undefined
  const parties = configuredPhrases(context.options).en?.classes['third-party'] ?? []
  const last = before.toLowerCase().split(/\s+/).slice(-2)
  if (parties.some(p => last.join(' ').endsWith(p.toLowerCase()))) return undefined
  // Not a clause of its own ("the courier took it, and …") and not a party: only a thing.
  if (/\b(?:is|was|are|were|has|have|had|did|does|will|and|but|so|because|courier|driver|bank|supplier|warehouse|they|we|I)\b/i.test(before)) return undefined
  return before.replace(/^(?:that|this)\s/i, 'the ').replace(/^The\s/, 'the ').replace(/^Your\s/, 'your ').replace(/^My\s/, 'your ')
}

// How long was too long: "more than 30 days", "over two weeks".
const EN_ELAPSED = /\b(?:more\s+than|over|longer\s+than)\s+((?:[\p{N}]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|ninety)\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?|hours?|years?))\b/iu

/**
 * "Because you waited more than 30 days to report it, the claim couldn't go
 * through" -> "We're sorry the claim couldn't go through, as more than 30 days
 * had passed; let's see what we can do from here": the effect first, the
 * reason said of the time, not of the customer. Undefined unless the clause
 * opens with the cause and the next clause says the effect.
 */
function causeFirst(context: RuleContext, hit: PhraseHit): {text: string; range: [number, number]} | undefined {
  if (!/^(?:because|since|as)\s/i.test(hit.actual)) return undefined
  const {sentence} = hit
  const [clauseStart, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  if (clauseStart !== hit.range[0]) return undefined
  const rest = context.text.slice(clauseEnd, sentence.end)
  const effect = rest.match(/^\s*,\s*([^,;.!?]+?)\s*(?=[.!?]*\s*$)/u)
  if (!effect) return undefined
  const said = context.text.slice(clauseStart, clauseEnd)
  const elapsed = said.match(EN_ELAPSED)?.[0] ?? (/\btoo\s+(?:late|long)\b/i.test(said) ? 'the time limit' : undefined)
  if (!elapsed) return undefined
  const what = effect[1]!.replace(/^(?:the|your|our|this|that)\b/i, m => m.toLowerCase())
  const end = clauseEnd + effect.index! + effect[0].length
  const text = context.rewrite(`we're sorry ${what}, as ${elapsed} had passed; let's see what we can do from here`, [clauseStart, end])
  return {text: text[0]!.toUpperCase() + text.slice(1), range: [clauseStart, end]}
}

/** The detail the customer is said to have got wrong: "postcode", 手机号; undefined when none is named. */
function wrongField(context: RuleContext, hit: PhraseHit): string | undefined {
  const {sentence} = hit
  const [, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  const clause = context.text.slice(hit.range[0], clauseEnd)
  if (sentence.language === 'en') {
    const m = clause.match(/\b(?:wrong|incorrect|invalid|old)\s+((?:[\p{L}-]+\s+)?(?:number|address|code|key|name|details|date|size|type|account|card|PIN|password|email|e-mail|option|plan|item|postcode|zip\s+code|zip|colour|color|slot|flat\s+number|model|variant))\b/iu)
    if (m) return m[1]
    // "you typed the ICCID wrong": the detail named before "wrong".
    return clause.match(/\b(?:typed|entered|put|wrote|written|spelled|spelt|filled\s+in|keyed)\s+(?:in\s+)?(?:the|your)\s+([\p{L}\p{N}-]+(?:\s+(?:number|code|address|name|details))?)\s+(?:in\s+)?(?:wrong|wrongly|incorrectly)\b/iu)?.[1]
  }
  // 填错了手机号 / 地址填错了: the noun after the slip, or before its verb.
  const n = sentence.normalized.slice(hit.range[0] - sentence.start, clauseEnd - sentence.start)
  const original = context.text.slice(hit.range[0], clauseEnd)
  const after = n.match(/错(?:了)?(?<field>(?:收货|收件|联系|手机|电话|邮寄|配送)?(?:地址|电话|号码|手机号|手机号码|尺码|颜色|型号|规格|信息|邮箱|统一编号|发票抬头|数量))/u)
  if (after?.groups?.field) return original.substr(after.index! + after[0].length - after.groups.field.length, after.groups.field.length)
  const before = n.match(/(?<field>(?:收货|收件|联系|手机|电话|邮寄|配送)?(?:地址|电话|号码|手机号|尺码|颜色|型号|规格|信息|邮箱|统一编号|发票抬头|数量))(?:填|写|选|输入|输|留|下)错/u)
  if (before?.groups?.field) return original.substr(before.index!, before.groups.field.length)
  return undefined
}

/** A rewrite of "the details" said of the named detail instead. */
function namingField(clause: string, field: string, en: boolean): string {
  if (en) {
    const plural = /s$/i.test(field) && !/address$/i.test(field)
    // A thing chosen (a size, a plan) "wasn't the right one"; a thing typed (a postcode) "didn't match".
    const chosen = /(?:size|type|option|plan|item|colou?r|slot|model|variant)$/i.test(field)
    const named = field.toLowerCase() === 'pin' ? 'PIN' : field
    return clause
      .replace('the details didn\'t match', chosen ? `the ${named} wasn't the right one` : `the ${named} didn't match`)
      .replace('correct them together', plural ? 'correct them together' : 'correct it together')
  }
  return clause.replace('可能信息有些出入', `可能${field}有些出入`).replace('核对一下信息', `核对一下${field}`)
}

/** The step the customer is said to have missed, as a verb phrase ("click Confirm"); undefined when the clause names none. */
function missedStep(context: RuleContext, hit: PhraseHit): string | undefined {
  const [, clauseEnd] = clauseAround(hit.sentence, hit.range[0], hit.range[1])
  const said = context.text.slice(hit.range[0], clauseEnd)
  // "forgot to <verb ...>" or "didn't <verb> ...": a base-form verb and a short object.
  const m = said.match(/(?:\bto|\b(?:didn't|did\s+not))\s+((?:click|tap|press|select|tick|confirm|save|complete|submit|update|fill\s+in|attach|upload|enter|add|choose|pick|verify|activate|sign|send|include)\b[\p{L}\p{N}' "-]{0,40}?)[\s,;.!?]*$/iu)
  return m && m[1]!.split(/\s+/).length <= 6 ? m[1] : undefined
}

/** What the customer is said to have missed: "the listing", 尺码表; undefined when the clause names nothing. */
function missedObject(context: RuleContext, hit: PhraseHit): string | undefined {
  const {sentence} = hit
  const [, clauseEnd] = clauseAround(sentence, hit.range[0], hit.range[1])
  const rest = context.text.slice(hit.range[1], clauseEnd)
  if (sentence.language === 'en') {
    const m = rest.match(/^\s+((?:the|your|our|this|that)\s+[\p{L}\p{N}' -]{2,40}?)\s*$/iu)
    return m?.[1]?.replace(/^your\s/i, 'the ')
  }
  const normalized = sentence.normalized.slice(hit.range[1] - sentence.start, clauseEnd - sentence.start)
  const lead = normalized.match(/^(?:清楚|楚|仔细|认真|清|到|了|的|就)*/u)![0].length
  const object = rest.slice(lead).replace(/[。！？!?.…～~\s]+$/u, '').replace(/[呢哦啦哈呀吧啊嘛]+$/u, '')
  return /^[\p{Script=Han}\p{L}\p{N}]{1,12}$/u.test(object) && !/[我您你]/.test(object) ? object : undefined
}

export default defineRule({
  id: 'blame-shifting',
  meta: {
    description: 'Blaming another party or the customer instead of owning the problem',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    defaultOptions: {parties: []} satisfies BlameShiftingOptions,
    docs: 'rules/blame-shifting/README.md',
  },
  check(context) {
    const phrases = configuredPhrases(context.options)
    const listed = context.match(phrases)
    const byStructure = structuralHits(context, phrases, listed)
    if (!listed.length && !byStructure.length) return
    let ownership: boolean | undefined
    const owned = () => (ownership ??= ownsTheProblem(joinNormalized(context.sentences)))
    const deflected = (sentence: Sentence) => structuralDeflection(phrases, sentence)
    // Wordings in one clause, or in clauses that carry the same blame ("That
    // is their problem, not ours", 是快递的问题，跟我们没关系) are one finding:
    // the first one's rewrite replaces them all.
    const structural = new Set(byStructure)
    const hits = [...listed, ...byStructure]
      .filter(hit => shouldReport(hit, owned, deflected, structural.has(hit)))
      .sort((a, b) => a.range[0] - b.range[0])
    const rewritten: Array<[number, number]> = []
    for (const hit of hits) {
      const otherHits: Array<[number, number]> = []
      for (const h of hits) if (h !== hit) otherHits.push(h.range)
      const {range, suggestions} = suggestionsFor(context, hit, otherHits, structural.has(hit))
      const [start, end] = range
      if (rewritten.some(([s, e]) => s < end && start < e)) continue
      rewritten.push([start, end])
      context.reportHit(hit, {suggestions})
    }
  },
})
