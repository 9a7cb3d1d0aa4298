// The frames around an impatience phrase that change what it says: an
// apology, the customer's own feelings, the agent speeding themselves up.
import type {Sentence} from '../../src/types.js'

const EN_APOLOGY =
  /\b(?:sorry|apologi[sz]e|apologies|bear(?:ing)?\s+with|please\s+understand|pardon|thank(?:s|\s+you)\s+for\s+(?:your\s+|the\s+)?(?:patience|understanding|waiting)|appreciate\s+your\s+(?:patience|understanding))\b/i
const ZH_APOLOGY = /抱歉|不好意思|对不起|见谅|谅解|请您理解|请理解|包涵|久等|耐心|感谢您的理解/

/** Whether a sentence apologises or asks for understanding. */
export function apologises(sentence: Sentence): boolean {
  return (sentence.language === 'en' ? EN_APOLOGY : ZH_APOLOGY).test(sentence.normalized)
}

/**
 * Whether the sentence, or the one right before or after it, apologises:
 * "Sorry, I'm a bit busy, I may reply slower" is the polite way the seeds
 * recommend for saying you are busy.
 */
export function inApologyFrame(sentences: readonly Sentence[], sentence: Sentence): boolean {
  return [sentences[sentence.index - 1], sentence, sentences[sentence.index + 1]].some(s => s !== undefined && apologises(s))
}

/** The rest of the sentence after the hit, normalized. */
export function sentenceAfter(sentence: Sentence, end: number): string {
  return sentence.normalized.slice(end - sentence.start)
}

// "I know it's a hassle", "returns can be a pain", "sorry this is such a hassle":
// sympathy with the customer's trouble, not a complaint about them.
const EN_EMPATHY = /\b(?:I|we)(?:\s+(?:totally|completely|really|fully))?\s+(?:know|understand|realise|realize|get|appreciate|hear|imagine)\b|\b(?:must|can|could|may|might)\s*$|\bsorry\b|\bafraid\b/i
// 让您觉得很麻烦 / 您一定很烦 / 给您带来…: the customer's trouble, said with sympathy.
const ZH_EMPATHY = /让[您你]|给[您你]|害[您你]|[您你][^，。！？]{0,4}(?:觉得|感觉|会|遇到|一定|肯定|可能|确实)|理解|抱歉|不好意思/

export function isEmpathy(sentence: Sentence, before: string): boolean {
  return (sentence.language === 'en' ? EN_EMPATHY : ZH_EMPATHY).test(before)
}

// 这个比较麻烦，这边帮您处理: the agent takes the trouble on, which is service.
const ZH_TAKES_IT_ON = /(?:帮|为|替|给)[您你](?:处理|办理|安排|操作|换|退|补|申请|联系|查|看|改|弄|解决|跟进)|(?:教|陪|带)[您你]|这边来|我们来|我来/

export function agentTakesItOn(after: string): boolean {
  return ZH_TAKES_IT_ON.test(after)
}

// 我们会赶紧帮您处理 / 希望快递快点到: the agent, a courier or a wish is
// being hurried, not the customer.
// 这边给您加急处理 / 帮您催: the customer is who the agent acts for, not who is hurried.
const ZH_NOT_THE_CUSTOMER = /(?:我们|我|这边|咱们|小店|本店|客服|仓库|快递|物流|师傅|小哥|商家|厂家|系统|包裹|退款|货)[^你您]*$|(?:给|帮|为|替|跟)[您你][^，。！？]*$|希望|祝|愿|盼/

// 这样会更快一点 compares; it asks nothing of anyone (能不能快点 does).
const ZH_COMPARISON = /(?:更|会|比较|稍微|越|要)$/

// "I'll ask the warehouse to hurry up", "we'll make it quick": the agent or a
// third party is the one to be quick. "Can you hurry up" keeps the customer.
const EN_NOT_THE_CUSTOMER = /\b(?:I|we|I'll|we'll|I'm|we're|I've|we've|I'd|we'd|let\s+me|let\s+us|they|they'll|them|him|her|it)\b(?![^,;:]*\byou\b)[^,;:]*$|\bto\s*$/i

export function hurriesSomeoneElse(before: string, english = false): boolean {
  // "Can we speed this up?" asks the customer: the we takes them in.
  if (english) return !/^\s*(?:can|could|shall)\s+we\s*$/i.test(before) && EN_NOT_THE_CUSTOMER.test(before)
  return ZH_NOT_THE_CUSTOMER.test(before) || ZH_COMPARISON.test(before)
}

// 您取件比较麻烦吗 / 你那边操作麻烦的话: the customer's own trouble.
const ZH_CUSTOMER_BEFORE = /[您你]/

export function aboutTheCustomer(before: string): boolean {
  return ZH_CUSTOMER_BEFORE.test(before)
}

// 您说了两次 is the customer repeating themselves; 跟您说了两次 is the agent.
// 您已经跟我们说了这么多次 is the customer telling us, and 您问了这么多次都没解决
// says it is still not solved: both are on the customer's side. 同样的问题您问了多少遍了
// says neither, and reproaches the asking.
const ZH_CUSTOMER_SUBJECT = /(?<![跟和给向对让替帮为])[您你](?:已经|都|刚才|之前|也|又|再|刚刚)*(?:(?:跟|和|对|给|向)(?:我们|我|客服|这边|小妹))?(?:已经|都|也|又)*$/
const ZH_TOLD_US = /(?:跟|和|对|给|向)(?:我们|我|客服|这边|小妹)(?:已经|都|也|又)*$/
const ZH_STILL_UNSOLVED = /^[^，。！？]{0,8}?(?:都|还|也)(?:没|未|不)/

export function customerRepeats(before: string, after = ''): boolean {
  return ZH_CUSTOMER_SUBJECT.test(before) && (ZH_TOLD_US.test(before) || ZH_STILL_UNSOLVED.test(after))
}

// 我们跟快递说了好几次: said to a third party, not to the customer.
const ZH_SAID_TO_SOMEONE_ELSE = /(?:跟|和|对|给|向|让|叫)(?![你您])[^你您，。！？,.!?]{1,6}$/

export function saidToSomeoneElse(before: string): boolean {
  return ZH_SAID_TO_SOMEONE_ELSE.test(before)
}

// "Sorry, I don't have time to go through every item", 我没时间一个一个帮您查:
// the time is refused to the customer's own request, which no apology excuses
// ("Sorry, I may not have time to visit today" only says what the agent can do).
const EN_EFFORT_REFUSED = /\b(?:every|each|all\s+(?:of\s+)?(?:the|your|these|those|this)|one\s+by\s+one|for\s+you|with\s+you)\b/i
const ZH_EFFORT_REFUSED = /一(?:个|件|单|遍|次|条)一?(?:个|件|单|遍|次|条)|挨个|逐(?:个|一|条)|每(?:个|件|单|一|条)|(?:帮|给|陪|跟|替)[您你]/

/** Whether the rest of the clause after a no-time hit refuses the customer's request itself. */
export function refusesTheEffort(sentence: Sentence, end: number): boolean {
  const rest = sentenceAfter(sentence, end).split(/[,;:.!?，；：。！？]/)[0] ?? ''
  return (sentence.language === 'en' ? EN_EFFORT_REFUSED : ZH_EFFORT_REFUSED).test(rest)
}

// "omg that's so annoying, let me fix it for you": annoyance at the problem,
// with the agent taking it on at once. "This is a hassle, but fine, I'll
// reissue it" turns on a grudging "but", and stays a complaint.
const EN_TAKES_IT_ON = /^\s*[,;:.!—–-]*\s*(?:(?:and|so)\s+)?(?:let\s+me|lemme|let's|I'll|I\s+will|we'll|we\s+will|I'm\s+going\s+to|we're\s+going\s+to|I\s+can|we\s+can)\s+(?:\w+\s+)?(?:fix|sort|help|take\s+care|get|look|check|send|replace|reissue|refund|sort\s+out|put)\b/i

export function agentTakesItOnEn(after: string): boolean {
  return EN_TAKES_IT_ON.test(after)
}

// Asides that only press the customer, said beside the hurry: "there's a
// queue", "I don't have all day", "this is taking forever", 我这边还有很多人排队.
// A rewrite of the hurry takes them in, so no impatient part is left.
const EN_PRESSURE_ASIDE =
  /^(?:(?:and|because|as|since|so)\s+)?(?:honestly\s+)?(?:(?:there's|there\s+is|there\s+are|I've\s+got|I\s+have|I've|we\s+have|we've\s+got|we've)\s+(?:(?:a|an)\s+)?(?:(?:long|huge|big|massive)\s+)?(?:queue|line|backlog|(?:other|more|lots\s+of|loads\s+of|many|a\s+lot\s+of)\s+(?:customers|people|chats|calls))\b.*|(?:other|more)\s+customers\s+(?:are\s+)?waiting\b.*|(?:I|we)\s+(?:don't|do\s+not|haven't)\s+(?:have|got)\s+all\s+day|(?:I|we)\s+(?:only\s+)?have\s+(?:only\s+)?(?:a\s+couple\s+of|a\s+few|two|three|five|\d+)\s+(?:mins?|minutes|secs?|seconds)|this\s+is\s+taking\s+(?:forever|ages|(?:way\s+|far\s+)?too\s+long)|please)$/i
const ZH_PRESSURE_ASIDE = /^(?:我|我们|这边)?(?:这边)?(?:后面)?还有(?:很多|好多|一堆|那么多)?的?(?:人|客户|顾客|买家)(?:在)?(?:排队|等)(?:着)?(?:呢|啊|哦)?$|^后面(?:还有)?(?:很多|好多|一堆)?(?:人|客户)(?:在)?(?:排队|等)(?:着)?(?:呢|啊|哦)?$/

export function isPressureAside(language: string, clause: string): boolean {
  return (language === 'en' ? EN_PRESSURE_ASIDE : ZH_PRESSURE_ASIDE).test(clause.trim())
}

// "Ugh, …", "Look, …": an opening that only sets up the impatient clause.
const EN_OPENING = /^\s*(?:(?:ugh+|look|listen|honestly|seriously|come\s+on|right|ok(?:ay)?|sigh)\s*,\s*)+$/i
const ZH_OPENING = /^\s*(?:(?:唉|哎|哎呀|真是的|拜托)\s*[，,]\s*)+$/

export function isBareOpening(language: string, text: string): boolean {
  return (language === 'en' ? EN_OPENING : ZH_OPENING).test(text)
}
