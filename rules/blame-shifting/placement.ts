// Where a blame-shifting rewrite goes. The blame sits in a clause, but the
// clauses around it often only carry it further: ", not ours", "they do that
// a lot", "so please contact them directly", "that's why it failed". Replacing
// the blaming clause alone would leave those dangling ("We're sorry about the
// mix-up, and we'll put it right for you, not ours"), so the rewrite's range
// is widened over them; an effect ("that's why it failed") is kept and
// apologised for, since it tells the customer what went wrong.
import type {Range, Sentence} from '../../src/types.js'
import {clauseAround} from '../../src/text/clauses.js'
import {codeUnitSet} from '../../src/text/code-units.js'

export interface Placement {
  /** The text the rewrite replaces. */
  range: Range
  /** What the blame caused, as said in the reply ("the payment failed", 没有减免), if a clause says so. */
  consequence?: string
  /** Goes before the rewrite: ". " when it follows a clause of our own ("We checked the logs. It looks like…"). */
  prefix: string
  /** Goes after it: ". T" when a clause of its own follows (", the bank held it" -> ". The bank held it"). */
  suffix: string
  /** The conjunction a clause of our own was joined by ("We can't reissue the card because…"), when the rewrite starts there. */
  joinedBy?: string
  /** The party by name that a clause sent the customer to ("talk to PayPal"): the rewrite says we will chase it with them. */
  party?: string
}

// Clause breaks, by code unit (each is one): scanned for character by character.
const EN_BREAK = codeUnitSet(',;:—–')
const ZH_BREAK = codeUnitSet(',;:—–，；：、')

// Clauses that only deny our part or soften the blame: ", not ours",
// ", that wasn't me", ", and that's not on us", ", not our team", ", I'm afraid".
const EN_TAG = new RegExp(
  [
    String.raw`^(?:and\s+|but\s+)?(?:(?:it|that|this)(?:'s|\s+is|\s+was)\s+)?(?:not|never)\s+(?:really\s+)?(?:(?:by|from|with|on|down\s+to|because\s+of)\s+)?(?:us|ours|me|mine|(?:our|my)\s+[\p{L}-]+)$`,
    String.raw`^(?:and\s+|but\s+)?(?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:us|me|on\s+us|on\s+me|our\s+[\p{L}-]+|my\s+[\p{L}-]+)$`,
    String.raw`^(?:I'm|I\s+am)\s+afraid$|^(?:I'm|I\s+am)\s+sorry\s+to\s+say$|^(?:really|honestly|unfortunately|sadly|as\s+usual|as\s+always|again|to\s+be\s+honest|frankly|sorry)$`,
    // The excuse the blame was for: "so there's nothing more to say", "we just pass it on".
    String.raw`^(?:so\s+|and\s+)?(?:there's|there\s+is)\s+nothing\b`,
    String.raw`^(?:so\s+|and\s+)?nothing\s+(?:we|I)\s+can\b`,
    String.raw`^(?:so\s+|and\s+)?(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:out\s+of\s+our\s+hands|(?:not|nothing)\s+(?:on|to\s+do\s+with)\s+(?:us|me)|not\s+our\s+(?:problem|call|doing))`,
    // What the party did, said of it: "…down to the manufacturer, who shipped late yet again".
    String.raw`^who\s+`,
    // The habit named again: "they do this every December".
    String.raw`^(?:and\s+)?they\s+(?:do|did)\s+(?:this|that|it)\b`,
    String.raw`^(?:so\s+|and\s+)?(?:we|I)\s+(?:can't|cannot|can\s+not|couldn't|won't)\s+(?:really\s+)?(?:help|do\s+anything|do\s+much|fix|change|sort)\b`,
    String.raw`^(?:so\s+|and\s+)?(?:we|I)\s+(?:just|only)\s+(?:pass|ship|sell|forward|send)\b`,
    String.raw`^(?:we're|we\s+are|I'm|I\s+am)\s+(?:just|only)\s+(?:the|a|an)\s+`,
    String.raw`^(?:then|and\s+then|otherwise|or\s+else|or)\s+(?:we|I)\s+(?:could|would|might|can)(?:'ve|\s+have)?\b`,
    String.raw`^(?:so\s+|and\s+)?(?:I'm|I\s+am|we're|we\s+are)\s+not\s+(?:responsible|liable|to\s+blame)\b`,
    // The culprit named again: "…, it's the bank", "…, it was the courier".
    String.raw`^(?:it's|it\s+is|it\s+was|that's|that\s+was)\s+(?:the|your|their|them)\b(?:\s+[\p{L}-]+){0,2}$`,
    // What the customer should have seen: "the fee was listed there", "it answers this".
    String.raw`^(?:the\s+[\p{L}-]+|it|this|that|everything)\s+(?:was|is|were|are)\s+(?:clearly\s+|all\s+)?(?:listed|written|stated|mentioned|shown|explained|printed)\s+(?:there|right\s+there|in|on)\b`,
    String.raw`^(?:it|this|that|they)\s+(?:answers|explains|covers|says|shows|mentions|lists|spells\s+out)\b`,
  ].join('|'),
  'iu',
)

/** A name standing alone between commas: "Brightlane Ltd", "Royal Mail". */
const EN_APPOSITIVE_NAME = /^(?:[A-Z][\p{L}&'.-]*)(?:\s+[A-Z][\p{L}&'.-]*){0,3}$/u

// A tag that only disowns the fault, said after it: "that's totally on them",
// "their mistake not ours", "nothing we did", 不是我们客服的问题, 我们也是受害者,
// 怪不得我们, 不是我哦. The rewrite takes the problem on, so the tag goes with it.
const EN_DISOWN = new RegExp(
  [
    String.raw`^(?:and\s+|but\s+|so\s+)?(?:that's|that\s+is|it's|it\s+is|this\s+is|that\s+one's)\s+(?:(?:totally|all|entirely|completely|squarely|really|honestly)\s+)?on\s+(?:them|him|her|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)$`,
    String.raw`^(?:(?:that's|that\s+is|it's|it\s+is|that\s+was|it\s+was)\s+)?(?:their|his|her|the\s+[\p{L}-]+(?:['’]s|s['’]))\s+(?:own\s+)?(?:mistake|fault|error|problem|doing|mess|issue)(?:,?\s+not\s+(?:ours|mine|us|me))?$`,
    String.raw`^(?:and\s+)?(?:it's\s+|that's\s+)?(?:not\s+(?:us|ours|me|mine|our\s+(?:fault|doing|mistake|problem))|nothing\s+(?:we|I)(?:'ve|\s+have)?\s+(?:did|done)|(?:it|that)\s+(?:has|'s)\s+(?:got\s+)?nothing\s+to\s+do\s+with\s+(?:us|me))$`,
    String.raw`^(?:and\s+)?(?:we|I)\s+(?:can't|cannot|can\s+not)\s+control\s+(?:it|that|this|them)$`,
    String.raw`^(?:and\s+|so\s+)?(?:it's\s+|that's\s+)?not\s+(?:something|anything)\s+(?:we|I)\s+(?:can|could)\s+(?:fix|change|control|help\s+with|do\s+(?:anything|much)\s+about)$`,
    String.raw`^(?:and\s+)?(?:it|they)\s+(?:does|do)\s+(?:that|this|it)\s+(?:sometimes|a\s+lot|all\s+the\s+time|often)$`,
  ].join('|'),
  'iu',
)
const ZH_DISOWN =
  /^(?:我们(?:这边)?|我们的[^，,；;]{0,8}?|系统)(?:本身)?(?:很|非常|一直)?(?:没毛病|没问题|没有问题|是好的|一切正常|稳定|正常|没有故障)[哦喔啊呀啦吧嘛]*$|^(?:系统|我们的?\p{Script=Han}{0,4}?)(?:是)?(?:不会|不可能)(?:自己|乱|自动)\p{Script=Han}{0,8}?[的哦喔啊呀啦吧嘛]*$|^(?:这|那)?是\p{Script=Han}{1,8}?(?:那边|方面)?的事(?:情|儿)?[哦喔啊呀啦吧嘛]*$|^(?:(?:这|那)(?:个)?)?(?:也|并|又)?不是(?:我们|我|咱们)\p{Script=Han}{0,6}?(?:的)?(?:问题|错|责任|锅|失误)?[哦喔啊呀啦吧嘛]*$|^(?:我们|我)(?:也|真的)?(?:是受害者|很无奈|也很无奈|挺无奈)[哦喔啊呀啦吧嘛]*$|^(?:这)?(?:也)?怪不(?:得|了|到|着)(?:我们|我)(?:这边)?[哦喔啊呀啦吧嘛]*$|^(?:这|那)?(?:跟|和|与)(?:我们|我)\p{Script=Han}{0,4}?(?:没关系|无关|没有关系)[哦喔啊呀啦吧嘛]*$/u

// The one blamed, run down after it: 他还在试用期, 常常乱讲.
const ZH_RUN_DOWN = /^(?:他|她|他们|她们|对方)?(?:经常|常常|老是|总是|天天|一直不|一直没有?|从来不|从来没有?)\p{Script=Han}{1,4}$|^(?:他|她|他们|她们)(?:还|才)?(?:在|是)(?:试用期|新人|新来的|实习生)$/u

// Clauses that send the customer off to the other party; the rewrite says we
// will follow it up, so they go with the blame.
const EN_PUSH_AWAY =
  /^(?:so\s+|and\s+)?(?:please\s+|just\s+|you(?:'ll|\s+will)?\s+(?:need|have)\s+to\s+|you\s+(?:should|can|could|must)\s+)?(?:contact|call|ring|phone|e-?mail|ask|talk\s+to|speak\s+to|get\s+in\s+touch\s+with|complain\s+to|chase|take\s+it\s+up\s+with|go\s+(?:back\s+)?to|blame|(?:direct|send|forward|address|take|raise)\s+(?:your\s+|any\s+)?(?:complaints?|queries|questions|claims?|it|this)\s+(?:to|with))\s+(?:them|him|her|the\s+[\p{L}-]+|your\s+[\p{L}-]+)\b/iu

// "talk to PayPal", "call Evri": sent to a party by its name, which the rewrite keeps. Case matters, so not /i.
const EN_PUSH_TO_NAME =
  /^(?:so\s+|and\s+)?(?:please\s+|just\s+)?(?:[Cc]ontact|[Cc]all|[Rr]ing|[Ee]-?mail|[Aa]sk|[Tt]alk\s+to|[Ss]peak\s+to|[Gg]et\s+in\s+touch\s+with|[Cc]omplain\s+to|[Gg]o\s+to|[Cc]hase)\s+(?<name>\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*){0,2})$/u
// "…, they process card holds really badly", "they never scan things on time": the party run down again.
const EN_PARTY_RUN_DOWN =
  /^(?:and\s+)?(?:they|it)(?:'re|\s+are|'s|\s+is)?\s+(?:[\p{L}-]+\s+){0,4}?(?:never|always|constantly|keep|take\s+ages|badly|poorly|all\s+the\s+time|useless|hopeless|can't\s+even)\b/iu

// A filler between the blame and what it caused: ", so yeah, that's why…".
const EN_FILLER = /^(?:so\s+|and\s+)?(?:yeah|yep|yes|anyway|basically|honestly|well|like)$/i

// How to reach the other party, after sending the customer there: "their number is…", 电话是….
const EN_CONTACT_DETAILS = /^(?:their|the|his|her)\s+(?:[\p{L}-]+\s+)?(?:number|phone|phone\s+number|e-?mail|address|hotline|website)\s+is\b/iu
const ZH_CONTACT_DETAILS = /^(?:他们的|对方的|快递员的|快递的|他的)?(?:电话|号码|联系方式|手机|热线)(?:是|为|：|:)/

// "…, they left it at the wrong house", "…, the carrier lost it": the party
// blamed again. The verb must name a slip; "the parcel will be sent" is news.
const EN_PARTY_AGAIN =
  /^(?:and\s+)?(?:they|(?:the|your|their)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)(?:'ve|\s+have)?\s+(?:(?:must\s+have|probably|clearly|obviously|just|also|then|somehow|simply)\s+)?(?:lost|left\s+it|sent\s+(?:you\s+)?the\s+wrong|damaged|broke|dropped|mixed|messed|screwed|got\s+(?:it|this|that)\s+wrong|forgot|missed|always|keep)\b/iu

// "…, that's why it failed", "…, so of course you never got the receipt",
// "…, because the order was cancelled" (what the blame was read from).
// "so" alone only counts when a subject follows ("so please contact them" is
// not an effect).
const EN_CONSEQUENCE =
  /^(?:and\s+)?(?:so\s+(?:that's|that\s+is)\s+why|(?:that's|that\s+is|which\s+is|this\s+is)\s+why|hence|because|since|so(?=\s+(?:of\s+course|obviously|naturally|clearly|the|your|my|our|it|its|it's|you|you've|you're|we|they|this|that|there|nothing|no|I)\b))\s+(?:of\s+course\s+|obviously\s+|naturally\s+|clearly\s+)?(?<effect>\S.*)$/iu

// Leading words that only set up the blame: "Well, that's the driver's fault".
const EN_LEAD_FILLER = /^(?:well|oh\s+well|ugh|sigh|honestly|frankly|look|listen|to\s+be\s+(?:honest|fair)|unfortunately|sadly|I'm\s+afraid|as\s+usual|again|so|if\s+anything|sorry|I'm\s+sorry)$/i

// A conjunction joining a clause of our own to the blame ("We checked the
// logs and you entered the wrong key"): the first part stays when it is a
// clause (a subject and a verb), not a party listed before another ("the
// courier and the warehouse mixed it up").
const EN_JOIN = /(?<=\S)\s+(?<conjunction>and|but|so|because|since)\s+(?=\S|$)/gi
const EN_CLAUSE =
  /^(?:I|we|you|they|he|she|it)\b|\b(?:is|are|was|were|am|be|been|has|have|had|do|does|did|can|could|will|would|should|must|may|might|arrived|came|went|got)\b|'(?:s|re|ve|ll|d|m)\b|\w{3,}ed\b/i

// A clause of its own after the rewrite: ", the bank held the payment".
const EN_OWN_CLAUSE_START = /^(?:the|your|their|our|my|this|that|it|it's|they|they're|we|we're|we've|I|I'm|I've|there|there's)\s/i

// A subject said first and taken up again: "The courier, they messed up", 快递那边，他们经常送错.
const EN_RESUMED_SUBJECT = /^(?:they|they're|they've|it|it's|he|she)\b/i
const EN_BARE_PARTY = /^(?:the|your|their|those|that|this|our)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}$/iu
const ZH_RESUMED_SUBJECT = /^(?:他们|她们|它们|对方|那边|他|她)/
const ZH_BARE_PARTY = /^\p{Script=Han}{1,6}(?:那边|方面|这边)?$/u

const ZH_TAG = /^(?:真的|唉|哎|说实话|没办法)$/
// The excuse after the blame: 我们也没办法.
// 这不是我们能控制的: the same disowning, said of what we cannot decide.
const ZH_EXCUSE = /^(?:我们|我|这边)(?:也|真的|实在)?(?:没办法|没有办法|无能为力|管不了|帮不了|控制不了)|^(?:这|那)?(?:也|真的)?不是我们(?:这边)?(?:能|可以)(?:控制|决定|左右|管)的/
// The party blamed again: 送得太慢了.
const ZH_PARTY_AGAIN = /^(?:他们|对方|快递|物流)?(?:送|发|寄|派|处理|回复)得(?:太|很|特别|真|也太)?(?:慢|晚|差|乱)/
const ZH_PUSH_AWAY =
  /^(?:请|麻烦)?(?:您|你)(?:可以|得|要|只能)?(?:直接|自己)?(?:去)?(?:找|联系|问|打|拨打|致电|咨询|洽询|询问|联络|跟)|^(?:请|麻烦)(?:您|你)?(?:直接|自己)?(?:去)?(?:找|联系|问|打|拨打|致电|咨询|洽询|询问|联络)/
// What the customer is left to do alone after the blame: 您自己去管理室拿吧, 您再等等吧, 请您自己重新下单.
const ZH_LEFT_ALONE = /^(?:请|麻烦)?(?:您|你)\p{Script=Han}{0,3}?(?:自己|再)\p{Script=Han}{0,10}?(?:吧|哦)?$/u
const ZH_CONSEQUENCE = /^(?:所以|因此|因而|难怪|这才|才)(?:才)?(?:会|导致)?(?<effect>\S.*)$/u
// 快递员才联系不上您: the effect's own subject before 才.
const ZH_SUBJECT_CONSEQUENCE = /^(?<subject>(?:(?![我您你])\p{Script=Han}){1,6}?)(?:才|当然|自然)(?:会|导致)?(?<effect>\S.*)$/u

// A next sentence that hands the claim back: "You'll have to claim with them."
const EN_NEXT_PUSH_AWAY = /^(?:so\s+)?you(?:'ll|\s+will)?\s+(?:need|have)\s+to\s+(?:claim|complain|deal|sort\s+it\s+out|take\s+it\s+up|go\s+through)\s+(?:with|to)\s+(?:them|the\s+[\p{L}-]+)\b/iu
// 这不关我们的事 / 跟我们没关系, said as a sentence of its own.
const ZH_NEXT_EXCUSE = /^(?:这|那)?(?:不关我们|跟我们没关系|和我们没关系|与我们无关)/

interface Segment {
  /** Sentence-relative offsets of the clause, its separator included. */
  start: number
  end: number
  /** The clause without its separator and without the sentence's final punctuation, normalized. */
  body: string
}

/** The clause that starts at `from` (at a clause break or just after one). */
function nextSegment(sentence: Sentence, from: number): Segment | undefined {
  const text = sentence.normalized
  const breaks = sentence.language === 'en' ? EN_BREAK : ZH_BREAK
  const lead = text.slice(from).match(sentence.language === 'en' ? /^\s*[,;:—–]\s*/ : /^\s*[,;:—–，；：、]\s*/)
  if (!lead) return undefined
  let end = from + lead[0].length
  while (end < text.length && !breaks.has(text.charCodeAt(end))) end++
  let bodyEnd = end
  const tail = text.slice(from + lead[0].length, end).match(/[.!?。！？…～~\s]+$/u)
  if (tail) bodyEnd -= tail[0].length
  return {start: from, end: bodyEnd, body: text.slice(from + lead[0].length, bodyEnd).trim()}
}

/** Where the rewrite starts, and what goes before it, from what precedes the blame in its sentence. */
function startOf(sentence: Sentence, clauseStart: number, hitStart: number): {start: number; prefix: string; joinedBy?: string} {
  const text = sentence.normalized
  let start = clauseStart
  let prefix = ''
  let joinedBy: string | undefined
  if (sentence.language === 'en') {
    const before = text.slice(start, hitStart)
    let join: RegExpExecArray | undefined
    for (const m of before.matchAll(EN_JOIN)) join = m as RegExpExecArray
    const opening = text.slice(0, start).match(/^\s*([\p{L}' ]+?)\s*,\s*$/u)
    const openedByFiller = opening !== null && EN_LEAD_FILLER.test(opening[1]!)
    if (join && EN_CLAUSE.test(before.slice(0, join.index).trim())) {
      // "We checked the logs and you entered…" -> "We checked the logs. It looks like…"
      start += join.index!
      prefix = '. '
      joinedBy = join.groups!.conjunction!.toLowerCase()
    } else if (/^(?:but|and|so|which|who)\s/i.test(before) && !openedByFiller) {
      // "We checked, but it's the bank's fault" -> "We checked. We're sorry…";
      // "…left it with a neighbour, which isn't our fault" -> "…neighbour. We're sorry…"
      const comma = text.slice(0, start).search(/\s*,\s*$/)
      if (comma > 0) {
        start = comma
        prefix = '. '
      }
    } else if (openedByFiller) {
      // "Well, that's the driver's fault": "Well" goes with it.
      start = opening.index! + opening[0].length - opening[0].trimStart().length
    }
  } else {
    // 您好～这个是…: a greeting ended by a tilde stays.
    const greeting = text.slice(start, hitStart).search(/[～~！!](?=[^～~！!]*$)/)
    if (greeting >= 0) start += greeting + 1
  }
  // "The driver didn't knock, that's on him": the verdict points back at the
  // clause before, which says what the party did; both go.
  if (sentence.language === 'en' && start > 0 && /^(?:that's|that\s+is|it's|it\s+is|this\s+is)\s+(?:all\s+)?on\s+(?:him|her|them)\b/i.test(text.slice(start))) {
    const opening = text.slice(0, start).match(/^\s*((?:the|your|their)\s+[^,;:]+?)\s*,\s*$/i)
    if (opening) return {start: opening.index! + opening[0].indexOf(opening[1]!), prefix: ''}
  }
  // "The courier, they messed up": the subject said first goes with the blame.
  const earlier = text
    .slice(0, start)
    .match(sentence.language === 'en' ? /(?:^|[,;:—–.!?]\s*)([\p{L}' -]+?)\s*,\s*$/u : /(?:^|[，,；;：:。！？])([^，,；;：:。！？]{1,8}?)\s*[，,]\s*$/u)
  const resumed = text.slice(start)
  if (
    earlier &&
    (sentence.language === 'en'
      ? EN_RESUMED_SUBJECT.test(resumed) && EN_BARE_PARTY.test(earlier[1]!) && !EN_CLAUSE.test(earlier[1]!)
      : ZH_RESUMED_SUBJECT.test(resumed) && ZH_BARE_PARTY.test(earlier[1]!))
  ) {
    start = earlier.index! + earlier[0].indexOf(earlier[1]!)
  }
  return {start, prefix, joinedBy}
}

/** How far the clauses after the blame only carry it further, and the effect one of them names. */
function endOf(sentence: Sentence, clauseEnd: number, otherHits: readonly Range[]): {end: number; consequence?: string; party?: string} {
  const en = sentence.language === 'en'
  let end = clauseEnd
  let consequence: string | undefined
  let party: string | undefined
  let sentAway = false
  for (;;) {
    const segment = nextSegment(sentence, end)
    if (!segment || !segment.body) break
    const body = segment.body
    // "…lies with the marketplace seller, Brightlane Ltd, not with us": the
    // party's name between the blame and its tag is the one we will chase.
    const following = nextSegment(sentence, segment.end)
    if (en && following?.body && EN_APPOSITIVE_NAME.test(body)) {
      party ??= sentence.text.slice(segment.end - body.length, segment.end)
      end = segment.end
      continue
    }
    const blamesToo = otherHits.some(([s]) => s >= sentence.start + segment.start && s < sentence.start + segment.end)
    const named = en ? EN_PUSH_TO_NAME.exec(sentence.text.slice(segment.end - body.length, segment.end))?.groups?.name : undefined
    if (named) party ??= named
    const pushesAway = (en ? EN_PUSH_AWAY : ZH_PUSH_AWAY).test(body) || named !== undefined
    const carriesBlame =
      blamesToo ||
      pushesAway ||
      (en && (EN_PARTY_RUN_DOWN.test(body) || EN_FILLER.test(body))) ||
      (sentAway && (en ? EN_CONTACT_DETAILS : ZH_CONTACT_DETAILS).test(body)) ||
      (en
        ? EN_TAG.test(body) || EN_PARTY_AGAIN.test(body) || EN_DISOWN.test(body)
        : ZH_TAG.test(body) || ZH_EXCUSE.test(body) || ZH_PARTY_AGAIN.test(body) || ZH_LEFT_ALONE.test(body) || ZH_DISOWN.test(body) || ZH_RUN_DOWN.test(body))
    sentAway ||= pushesAway
    const plainEffect = carriesBlame ? undefined : (en ? EN_CONSEQUENCE : ZH_CONSEQUENCE).exec(body)?.groups?.effect
    const subjectEffect = en || carriesBlame || plainEffect ? undefined : ZH_SUBJECT_CONSEQUENCE.exec(body)?.groups
    const effect = plainEffect ?? subjectEffect?.effect
    if (effect && !consequence) {
      consequence = sentence.text.slice(segment.end - effect.length, segment.end)
      if (subjectEffect?.effect === effect) {
        const subjectAt = segment.end - body.length
        consequence = sentence.text.slice(subjectAt, subjectAt + subjectEffect.subject!.length) + consequence
      }
      // 所以才会发错地址呢 -> 发错地址: the mood particles belong to the old sentence.
      if (!en) consequence = consequence.replace(/[呢哦啦哈呀吧的啊嘛～~]+$/u, '') || consequence
    } else if (!carriesBlame) break
    end = segment.end
  }
  return {end, consequence, party}
}

/**
 * The range a clause rewrite of the hit replaces, what goes around the
 * rewrite, and the effect it should apologise for. `otherHits` are the
 * rule's other findings in the reply: a neighbouring clause or sentence that
 * blames too is folded into this one.
 */
export function placeRewrite(sentence: Sentence, hitRange: Range, otherHits: readonly Range[], next?: Sentence): Placement {
  const en = sentence.language === 'en'
  const text = sentence.normalized
  // Read from the range rather than mapped: optimised code's map makes
  // holey arrays where the interpreter's makes packed ones, and the
  // destructuring compiled for one kind was thrown away for the other.
  const clause = clauseAround(sentence, hitRange[0], hitRange[1])
  const clauseStart = clause[0] - sentence.start
  const clauseEnd = clause[1] - sentence.start
  const {start, prefix, joinedBy} = startOf(sentence, clauseStart, hitRange[0] - sentence.start)
  const {end, consequence, party} = endOf(sentence, clauseEnd, otherHits)
  const at = (offset: number) => sentence.start + offset

  // A clause of its own after the rewrite starts a new sentence rather than
  // trailing after "…put it right for you": ", the bank held it" -> ". The bank held it".
  const following = nextSegment(sentence, end)
  if (en && following?.body && EN_OWN_CLAUSE_START.test(following.body) && /^\s*,/.test(text.slice(end))) {
    const letter = following.end - following.body.length
    return {range: [at(start), at(letter + 1)], consequence, prefix, suffix: `. ${sentence.text[letter]!.toUpperCase()}`, party, joinedBy}
  }
  // "It's the courier's fault. Please contact them directly." The next
  // sentence only sends the customer away, so the rewrite covers it too.
  if (next && /^[.!?。！？…]*$/u.test(text.slice(end).trim()) && (en ? next.language === 'en' : next.language !== 'en')) {
    const body = next.normalized.trim().replace(/[.!?。！？…\s]+$/u, '')
    const blamesToo = otherHits.some(([s]) => s >= next.start && s < next.end)
    const deflects = en
      ? EN_TAG.test(body) || EN_NEXT_PUSH_AWAY.test(body) || EN_DISOWN.test(body)
      : ZH_EXCUSE.test(body) || ZH_NEXT_EXCUSE.test(body) || ZH_DISOWN.test(body)
    if (body && (blamesToo || deflects || (en ? EN_PUSH_AWAY : ZH_PUSH_AWAY).test(body))) {
      return {range: [at(start), next.start + next.normalized.indexOf(body) + body.length], consequence, prefix, suffix: '', party, joinedBy}
    }
  }
  return {range: [at(start), at(end)], consequence, prefix, suffix: '', party, joinedBy}
}
