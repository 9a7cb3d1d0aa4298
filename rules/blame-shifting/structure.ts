// Blame found by structure rather than by a listed wording: a third party or
// the customer as the subject of a fault predicate in one clause ("the courier
// messed up again", 外送员常常送错, 您下单时没看清楚规格), and the deflection
// markers around it ("not us", "again", 跟我们没关系) that turn an explanation
// of the cause into an excuse. The words are the `classes` of the phrase data.
import type {CompiledPhrases} from '../../src/phrases/compile.js'
import {escapeRegExp} from '../../src/phrases/compile.js'
import type {Range, Sentence} from '../../src/types.js'
import {someMatch} from '../../src/text/matches.js'

export interface StructuralBlame {
  range: Range
  /** Who is made the culprit. */
  who: 'party' | 'customer'
  /** Which kind of wording it is, as the phrase data's entry ids name them. */
  kind: 'habit' | 'fault' | 'slip' | 'end' | 'entered' | 'didnt-read' | 'misremember' | 'customer-fault' | 'counterfactual'
  /** The sentence also distances us from the fault or calls it a habit. */
  deflected: boolean
  /**
   * An explanation of the cause that a reply owning the fix (an apology, a
   * next step taken) turns into ownership: "the courier didn't scan it; I've
   * opened a trace". Verdicts and insults ("the courier is useless") are not.
   */
  ownable?: boolean
  /** A verdict on a party ("is down to the bank", "is useless"): it names no event to apologise for. */
  verdict?: boolean
  /** A counterfactual about the customer's past ("if you had…, this wouldn't have…"): a reproach though it reads as a condition. */
  counterfactual?: boolean
}

interface Compiled {
  /**
   * An English predicate of some class somewhere in the reply as written:
   * without one no English structure can match, and an English reply's
   * sentences are never split for it.
   */
  trigger: RegExp | undefined
  en?: {
    party: RegExp
    ourParty: RegExp
    onParty: RegExp
    causeParty: RegExp
    customer: RegExp
    deflection: RegExp
    habit: RegExp
    downTo: RegExp
    possessedVerdict: RegExp
    disparaged: RegExp
    cleft: RegExp
    wrongObject: RegExp
    neglected: RegExp
    counterfactual: RegExp
    accident: RegExp
    customerWrongChoice: RegExp
    customerCause: RegExp
  }
  zh?: {
    party: RegExp
    partyDelay: RegExp
    partyEnd: RegExp
    customer: RegExp
    deflection: RegExp
    habit: RegExp
    focusNeglect: RegExp
    didToYours: RegExp
    colleague: RegExp
    colleagueCleft: RegExp
    counterfactual: RegExp
    customerCause: RegExp
  }
}

const words = (list: readonly string[] | undefined) =>
  [...(list ?? [])].sort((a, b) => b.length - a.length).map(w => escapeRegExp(w.trim()).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"))

// A subject owned by us ("our warehouse") owns the slip; a word of negation or
// a guess between subject and predicate denies or softens it.
const EN_GAP = String.raw`(?:\s+(?!(?:and|but|so|or|we|I|you|not|never|didn't|did\s+not|don't|doesn't|won't|wasn't|isn't|may|might|could|possibly|perhaps|maybe|if)\b)[\p{L}'’-]+){0,3}?`
// What follows the verb can undo the slip: "lost no time", "broke the payment into two parts".
const EN_NOT_A_SLIP = /^\s+(?:no|none|nothing|track|interest|touch|sight)\b|^[^,;.!?]*\binto\b/i
const EN_HABIT = /\b(?:again|as\s+usual|as\s+always|always|every\s+time|all\s+the\s+time|keeps?|constantly|often|typical)\b/i
const ZH_HABIT = /又|常常|经常|老是|总是|每次都|天天/

// What the shapes below are built from: a class of the phrase data as one alternation.
const alt = (classes: Record<string, readonly string[]>, name: string) => words(classes[name]).join('|') || '(?!)'

// What went badly for the customer, in a clause linked to their own act: "the claim couldn't go through".
const EN_BAD_OUTCOME = String.raw`(?:couldn't|could\s+not|can't|cannot|wasn't|was\s+not|weren't|didn't|did\s+not|failed|rejected|declined|refused|bounced|expired|lapsed|went\s+back|came\s+back|(?:was|got)\s+(?:returned|cancell?ed|sent\s+back|lost)|won't|will\s+not|isn't|is\s+not|no\s+longer|too\s+late|closed|ran\s+out|had\s+passed|ended)`
// Past perfect of a counterfactual, said of the customer: "if you had…", "had you…".
const EN_WOULD_HAVE = String.raw`\b(?:would|could|might)(?:n't|\s+not|\s+never)?(?:\s+have|'ve)\b`

/**
 * English shapes that no single predicate word carries: a cause named as a
 * verdict ("is down to the bank"), a party judged ("the courier is useless"),
 * a party singled out ("the gateway is the one that declined you"), a duty
 * left undone ("your branch never sent the form back"), and the customer's
 * past held against them ("if you had…, this wouldn't have happened",
 * "you must have clicked it by accident", "because you waited too long, …").
 */
function englishShapes(en: Record<string, readonly string[]>, party: string) {
  const np = String.raw`(?:(?:the|your|their|that|those|this|another|the\s+other|the\s+previous)\s+(?:[\p{L}-]+\s+)?(?:${party}))`
  const duty = alt(en, 'duty-verb')
  const late = String.raw`(?:waited|left\s+it|took|reported\s+it|returned\s+it|sent\s+it(?:\s+back)?|contacted\s+us|got\s+in\s+touch|claimed)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:more\s+than|over|longer\s+than|too\s+long|too\s+late|after|past|beyond)\b`
  return {
    // "The double charge is down to your bank": the cause named as the culprit.
    downTo: new RegExp(String.raw`\b(?:is|was|are|were|'s)\s+(?:all\s+|entirely\s+|purely\s+|squarely\s+|totally\s+)?down\s+to\s+(?:the\s+|your\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:${party})\b`, 'giu'),
    // "That's the hotel's system, it drops them all the time": a verdict that points at a party's thing.
    possessedVerdict: new RegExp(
      String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:all\s+|just\s+)?(?:the|your|their)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:'s|s'|’s)\s+(?:system|end|side|doing|call|department|problem|issue|thing|policy)\b`,
      'giu',
    ),
    disparaged: new RegExp(
      // Not what the customer said or felt: "You wrote that the courier was useless".
      String.raw`\b(?<!\b(?:that|wrote|said|says|mentioned|felt|feel|feels|think|thought)\s+)(?:${np}|they)(?:\s+(?:over\s+there|there|here))?(?:\s+(?:is|are|was|were)|'s|'re)\s+(?:(?:just|really|totally|completely|so|absolutely|honestly|pretty|utterly|always)\s+)?(?:${alt(en, 'disparagement')})\b`,
      'giu',
    ),
    cleft: new RegExp(
      String.raw`\b(?:(?:the|your|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|they)(?:\s+(?:is|are|was|were)|'s|'re)\s+the\s+ones?\s+(?:that|who|which)?\s*(?:(?:actually|really)\s+)?(?:declin\w*|reject\w*|refus\w*|block\w*|cancell?\w*|lost|los(?:e|es|ing)|held|hold\w*|charg\w*|delay\w*|flagg\w*|broke|damag\w*|stopp\w*|mess\w*|fail\w*|froze|freez\w*|mixed|sent|made|caus\w*)\b`,
      'giu',
    ),
    // "They keep sending us wrong stock": a party's slip said of what it sends, with or without "the".
    wrongObject: new RegExp(
      String.raw`\b(?:${np}|they)\s+(?:(?:keep|keeps|always|often|constantly|regularly|still)\s+)?(?:send|sends|sent|sending|ship|ships|shipped|shipping|deliver|delivers|delivered|delivering|pack|packs|packed|packing|give|gives|gave|giving)\s+(?:(?:us|you|me|them)\s+)?(?:the\s+|a\s+|an\s+)?(?:wrong|incorrect|faulty|damaged|broken|defective)\b`,
      'giu',
    ),
    neglected: new RegExp(
      String.raw`\b(?:${np}|whoever\s+(?:[\p{L}\p{N}'-]+\s+){1,5}?)\s*(?:(?:clearly|obviously|evidently|just|probably|simply)\s+)?(?:never|didn't|did\s+not|failed\s+to|forgot\s+to|neglected\s+to)\s+(?:even\s+|bother\s+to\s+)?(?:${duty})\b(?!\s+(?:yet|until)\b)`,
      'giu',
    ),
    counterfactual: new RegExp(
      String.raw`\bif\s+(?:you|u)(?:'d|\s+had)\s+(?!(?:like|prefer|want|rather|love)\b)[^.!?]{0,80}?${EN_WOULD_HAVE}|${EN_WOULD_HAVE}[^.!?]{0,60}?\bif\s+(?:you|u)(?:'d|\s+had)\s+(?!(?:like|prefer|want|rather|love)\b)[\p{L}-]+|(?:^|[,;]\s*)had\s+you\s+[\p{L}-]+[^.!?]{0,80}?${EN_WOULD_HAVE}`,
      'giu',
    ),
    accident: new RegExp(
      String.raw`\b(?:you|u)(?:'ve|\s+have)?\s+(?:(?:must\s+have|must've|probably|likely|obviously|clearly)\s+)?(?:accidentally|mistakenly|inadvertently|unknowingly)\s+[\p{L}-]+|\b(?:you|u)\s+(?:must\s+have|must've|probably)\s+[\p{L}-]+(?=[^,;.!?]{0,40}?\b(?:by\s+(?:accident|mistake)|accidentally|in\s+error)\b)`,
      'giu',
    ),
    // "You clicked 'cancel' instead of 'pause'", "you plugged it into the wrong port": the customer's choice as the slip.
    customerWrongChoice: new RegExp(
      String.raw`\b(?:you|u)\s+(?:clicked|chose|picked|selected|tapped|pressed|ordered|booked|ticked)\s+[^,.;!?]{1,40}?\s+instead\s+of\b(?=[^.!?]*?\b(?:${EN_BAD_OUTCOME}|gone|lost|deleted|removed|stopped|closed)\b)|\b(?:you|u)\s+(?:[\p{L}]+ed|put|set|sent|got|took|gave|left|bought|wrote)\s+(?:(?:it|them)\s+)?(?:into|in|to|on|at|with|under)\s+(?:the|a|an)\s+wrong\b`,
      'giu',
    ),
    customerCause: new RegExp(
      String.raw`\b(?:because|since|as)\s+(?:you|u)\s+(?:${late}|(?:didn't|did\s+not|never|forgot\s+to|failed\s+to)\s+[\p{L}-]+)(?=[^.!?]*?\b${EN_BAD_OUTCOME}\b)|\b(?:you|u)\s+${late}(?=[^.!?]*?\b(?:so|that's\s+why|which\s+is\s+why|hence)\b[^.!?]*?\b${EN_BAD_OUTCOME}\b)`,
      'giu',
    ),
  }
}

/**
 * Chinese shapes: a party singled out with 是 for a duty left undone
 * (是他们没跟进), a colleague blamed (是我同事弄的，不是我), the customer's past
 * held against them (您要是早点…，早就…了 / 如果您当初…，就不会…了), and the
 * customer's omission named as the cause (因为您下单时没看尺码表).
 */
function chineseShapes(zh: Record<string, readonly string[]>, party: string) {
  const colleague = String.raw`(?:我们?|咱们)?的?(?:${alt(zh, 'colleague')})`
  const fault = [...words(zh['fault-predicate']), ...words(zh['fault-end'])].join('|')
  return {
    focusNeglect: new RegExp(`(?<![不我咱本])(?:是)?(?:${party})(?:那边|方面|那里)?(?:没有?|未)(?:及时|按时|好好|认真|仔细)?(?:${alt(zh, 'duty-verb')})`, 'gu'),
    // 录错的, 弄丢的: any verb with a bad result, said of the colleague.
    // 黑猫把您的包裹弄丢了: whoever did it to the customer's thing, named or not in the data.
    didToYours: new RegExp(`(?<=^|[，,。！？；;\\s]|^(?:亲|您好)[，,]?)(?:(?![我您你咱本们这那])\\p{Script=Han}){1,6}?把(?:您|你)的\\p{Script=Han}{1,6}?(?:${fault})`, 'gu'),
    colleague: new RegExp(`(?<![不])(?:是)?${colleague}(?:(?![我您你们不])\\p{Script=Han}){0,6}?(?:${fault}|\\p{Script=Han}(?:错|丢|坏)的?)`, 'gu'),
    colleagueCleft: new RegExp(`(?:${fault}|说错|讲错|报错)(?:(?![我您你])\\p{Script=Han}){0,6}?的(?:人)?是${colleague}`, 'gu'),
    // The whole counterfactual, condition and consequence: the rewrite replaces both.
    counterfactual: new RegExp(
      `(?:(?:要是|如果|假如|若是|早知道)(?:您|你)|(?:您|你)(?:要是|如果|若是))(?:(?![我])[^，。！？,.!?；;]){1,16}?[，,]?(?:(?![我])[^。！？.!?；;，,]){0,6}?(?:早就|就不会|也不会|就不至于|就没有?|就能|就可以|就)[^。！？.!?；;，,]{0,14}?了`,
      'gu',
    ),
    customerCause: new RegExp(
      `(?:因为|是因为|由于)(?:您|你)(?:自己)?(?:(?![我们])\\p{Script=Han}){0,10}?(?:没有?|忘了|忘记|漏了?|少了?|未)(?:仔细|认真|好好)?(?:${alt(zh, 'customer-duty')})`,
      'gu',
    ),
  }
}

// 如果您当初…: the counterfactual said of the past, not advice for next time.
const ZH_PAST_MARK = /当初|早点|早些|当时|那时|早先|早就|不会发生|不至于/

function compile(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}): Compiled {
  const out: Compiled = {trigger: undefined}
  const predicates: string[] = []
  // A predicate word counts only after a space (the structures below put
  // \s+ before it), so at a word's start: the leading \b lets the search
  // pass every other position at once.
  const predicateWords = ['fault-predicate', 'customer-predicate'].flatMap(name => words(phrases.en?.classes[name]))
  if (predicateWords.length) predicates.push(String.raw`\b(?:${predicateWords.join('|')})`)
  // "That's on the courier": the verdict shape has no predicate word of its own.
  predicates.push(String.raw`\b(?:because\s+of|due\s+to|thanks\s+to|caused\s+by|down\s+to)\s`)
  predicates.push(String.raw`\bon\s+(?:the\s+|your\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:[,;.!?—–]|$)`)
  // The shapes of englishShapes(): what each needs somewhere in the reply.
  const disparagement = words(phrases.en?.classes.disparagement)
  if (disparagement.length) predicates.push(String.raw`\b(?:${disparagement.join('|')})\b`)
  predicates.push(
    String.raw`\b(?:wrong|incorrect|faulty|damaged|broken|defective|instead\s+of)\b|\bthe\s+ones?\s|\bwhoever\s|\b(?:never|didn't|did\s+not|forgot\s+to|neglected\s+to)\s|\bif\s+(?:you|u)(?:'d|\s+had)\s|\bhad\s+you\s|\b(?:accidentally|mistakenly|inadvertently|unknowingly|by\s+(?:accident|mistake)|in\s+error)\b|\b(?:because|since|as)\s+(?:you|u)\s|\b(?:you|u)\s+(?:waited|left\s+it|took|reported|returned|sent|contacted|got\s+in\s+touch|claimed)\s|(?:'s|s'|’s)\s+(?:system|end|side|doing|call|department|problem|issue|thing|policy)\b`,
  )
  if (predicates.length) out.trigger = new RegExp(predicates.join('|'), 'iu')
  const en = phrases.en?.classes
  if (en?.['third-party']) {
    const party = words(en['third-party']).join('|')
    const fault = words(en['fault-predicate']).join('|')
    out.en = {
      party: new RegExp(
        // \b before the look-behind, which is costly to try at every position.
        String.raw`\b(?<!\b(?:our|my|we|us)\s+(?:[\p{L}-]+\s+)?)(?:(?:the|your|their|that|those|this)\s+(?:[\p{L}-]+\s+)?)?(?:${party})${EN_GAP}\s+(?:(?:really|totally|completely|just|must\s+have|obviously|clearly|somehow)\s+)?(?:${fault})\b`,
        'giu',
      ),
      // "Our payment provider made an error. It's out of our hands.": a partner
      // we call ours is still pushed away when the reply disowns the slip.
      ourParty: new RegExp(
        String.raw`\b(?:our|my)\s+(?:[\p{L}-]+\s+)?(?:${party})${EN_GAP}\s+(?:(?:really|totally|completely|just|must\s+have|obviously|clearly|somehow)\s+)?(?:${fault})\b`,
        'giu',
      ),
      // "It's down to the courier, not us": a cause named to disown the problem.
      causeParty: new RegExp(
        String.raw`\b(?:because\s+of|due\s+to|thanks\s+to|caused\s+by|down\s+to)\s+(?:the\s+|your\s+|their\s+)?(?:[\p{L}-]+\s+)?(?:${party})\b`,
        'giu',
      ),
      onParty: new RegExp(
        String.raw`\b(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+one's|this\s+one's|the\s+(?:delay|problem|issue|mistake|error|mix-?up)\s+(?:is|was))\s+(?:all\s+|entirely\s+|squarely\s+|totally\s+)?on\s+(?:(?:the\s+|your\s+)?(?!they\b|system\b)(?:${party})|him|her)(?=\s*(?:[,;.!?—–]|$|,?\s+not\b))`,
        'giu',
      ),
      customer: new RegExp(
        String.raw`\b(?:you|u)(?:'ve|\s+have)?\s+(?:(?:must\s+have|obviously|clearly|evidently|simply|just)\s+)*(?:${words(en['customer-predicate']).join('|')})\b(?!\s+(?:out|in|up|back)\b|\s+(?:anything|it)\s+wrong\b)`,
        'giu',
      ),
      deflection: new RegExp(String.raw`\b(?:${words(en.deflection).join('|')})\b`, 'iu'),
      habit: EN_HABIT,
      ...englishShapes(en, party),
    }
  }
  const zh = phrases.zh?.classes
  if (zh?.['third-party']) {
    // A department named by its work (技术部, 售后组) or as 部门 is a party too.
    const party = [...words(zh['third-party']), `(?:${words(zh.department).join('|')})(?:部门|部|组|团队|中心)`, '\\p{Script=Han}{1,4}?部门'].join('|')
    // Between subject and predicate: a few characters of the same clause, none of them ours or the customer's.
    // Nor a reporting verb: in 快递员说地址写错了 the courier reports the slip, it is not its subject.
    const gap = '(?:[把给][您你]的?|(?![我您你们不没别说称]|显示|反馈|表示|告知|通知)\\p{Script=Han}){0,6}?'
    out.zh = {
      party: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['fault-predicate']).join('|')})`, 'gu'),
      partyDelay: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['delay-predicate']).join('|')})`, 'gu'),
      partyEnd: new RegExp(`(?<![我咱本])(?:${party})${gap}(?:${words(zh['fault-end']).join('|')})(?=[啊吧呀啦哦呢]*(?:[，。！？,.!?；;～~\\s]|$))`, 'gu'),
      customer: new RegExp(`(?<![让使令给怕免止])(?:您|你)(?![的们好])(?:(?![我您你们不别勿])\\p{Script=Han}){0,8}?(?<![没不])(?:${words(zh['customer-predicate']).join('|')})(?![^，。！？,.!?]{0,3}?(?:没关系|不要紧|没事|不碍事))`, 'gu'),
      deflection: new RegExp(words(zh.deflection).join('|'), 'u'),
      habit: ZH_HABIT,
      ...chineseShapes(zh, party),
    }
  }
  return out
}

const cache = new WeakMap<object, Compiled>()

function compiledFor(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}): Compiled {
  let compiled = cache.get(phrases)
  if (!compiled) cache.set(phrases, (compiled = compile(phrases)))
  return compiled
}

/** Whether an English reply, as written, holds any predicate a structure needs. */
export function mayHoldEnglishBlame(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, text: string): boolean {
  const {trigger} = compiledFor(phrases)
  return trigger !== undefined && trigger.test(text)
}

/** Whether a sentence distances us from a fault or calls it a habit ("not us", "again", 又, 跟我们没关系). */
export function isDeflected(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, sentence: Sentence): boolean {
  const c = compiledFor(phrases)[sentence.language === 'en' ? 'en' : 'zh']
  return c ? c.deflection.test(sentence.normalized) : false
}

/**
 * The blames in a sentence that a structure, not a listed phrase, finds.
 * someMatch rather than matchAll: this runs on every sentence of a reply
 * that may hold blame, and matchAll copies each pattern on every call.
 */
export function structuralBlames(phrases: {en?: CompiledPhrases; zh?: CompiledPhrases}, sentence: Sentence, next?: Sentence): StructuralBlame[] {
  const compiled = compiledFor(phrases)
  const text = sentence.normalized
  const found: StructuralBlame[] = []
  const at = (m: RegExpMatchArray): Range => [sentence.start + m.index!, sentence.start + m.index! + m[0].length]
  if (sentence.language === 'en') {
    const c = compiled.en
    if (!c) return found
    const deflected = c.deflection.test(text)
    const habit = c.habit.test(text)
    someMatch(c.party, text, m => {
      if (!EN_NOT_A_SLIP.test(text.slice(m.index + m[0].length))) found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected})
    })
    if (deflected || (next && c.deflection.test(next.normalized)))
      someMatch(c.ourParty, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected: true}))
    if (deflected) someMatch(c.causeParty, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected}))
    someMatch(c.onParty, text, m => void found.push({range: at(m), who: 'party', kind: 'end', deflected: true}))
    someMatch(c.customer, text, m => void found.push({range: at(m), who: 'customer', kind: /read|check|look|misread|overlooked|ignored/i.test(m[0]) ? 'didnt-read' : 'entered', deflected}))
    someMatch(c.downTo, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected, ownable: !deflected, verdict: true}))
    if (deflected) someMatch(c.possessedVerdict, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected, verdict: true}))
    someMatch(c.disparaged, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected: true, verdict: true}))
    someMatch(c.cleft, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected, ownable: true, verdict: true}))
    someMatch(c.wrongObject, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected, ownable: true}))
    someMatch(c.neglected, text, m => void found.push({range: at(m), who: 'party', kind: deflected ? 'fault' : 'slip', deflected, ownable: true}))
    someMatch(c.counterfactual, text, m => void found.push({range: at(m), who: 'customer', kind: 'counterfactual', deflected, counterfactual: true}))
    someMatch(c.accident, text, m => void found.push({range: at(m), who: 'customer', kind: 'customer-fault', deflected}))
    someMatch(c.customerCause, text, m => void found.push({range: at(m), who: 'customer', kind: 'customer-fault', deflected}))
    someMatch(c.customerWrongChoice, text, m => void found.push({range: at(m), who: 'customer', kind: 'customer-fault', deflected}))
    return found
  }
  const c = compiled.zh
  if (!c) return found
  const deflected = c.deflection.test(text)
  const habit = c.habit.test(text)
  // First: in 顺丰把您的快递送错了 the subject is 顺丰, not the 快递 it did it to.
  someMatch(c.didToYours, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected, ownable: true}))
  someMatch(c.party, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : deflected ? 'fault' : 'slip', deflected}))
  if (deflected) someMatch(c.partyDelay, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected}))
  someMatch(c.partyEnd, text, m => void found.push({range: at(m), who: 'party', kind: habit ? 'habit' : 'fault', deflected: true}))
  someMatch(c.customer, text, m => void found.push({range: at(m), who: 'customer', kind: /记错/.test(m[0]) ? 'misremember' : /看/.test(m[0]) ? 'didnt-read' : 'entered', deflected}))
  someMatch(c.focusNeglect, text, m => {
    if (m[0].startsWith('是') || deflected) found.push({range: at(m), who: 'party', kind: deflected ? 'fault' : 'slip', deflected, ownable: true})
  })
  someMatch(c.colleague, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected, ownable: true}))
  someMatch(c.colleagueCleft, text, m => void found.push({range: at(m), who: 'party', kind: 'fault', deflected, ownable: true}))
  someMatch(c.counterfactual, text, m => {
    if (ZH_PAST_MARK.test(m[0])) found.push({range: at(m), who: 'customer', kind: 'counterfactual', deflected, counterfactual: true})
  })
  someMatch(c.customerCause, text, m => void found.push({range: at(m), who: 'customer', kind: /看|注意/.test(m[0]) ? 'didnt-read' : 'customer-fault', deflected}))
  return found
}
