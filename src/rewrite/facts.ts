// The facts of a reply that a rewrite must keep: numbers, order ids, dates,
// amounts and currencies, URLs, e-mails, @handles, product and person names
// (capitalised words in English; quoted or bracketed names in Chinese), and
// its script: a Traditional reply is rewritten in Traditional characters, a
// Simplified one in Simplified.
import {chineseScript, hasHan, isHanCode, loadSimplifier, loadTraditionalizer, toSimplified, toTraditional} from '../text/chinese.js'

export type FactKind = 'url' | 'email' | 'handle' | 'id' | 'number' | 'currency' | 'date' | 'name'

export interface Fact {
  kind: FactKind
  text: string
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'，。！？、）)】」]+/giu
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const HANDLE = /(?<![\w.])@[A-Za-z0-9_]{2,}/g
/** Order, ticket and tracking ids: a run of digits with letters, or a long run of digits, maybe after "#". */
const ID = /#?\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+\b|#?\b(?=[A-Za-z]*\d)[A-Za-z]{1,4}\d{3,}\b|#\d+\b/g
// Digits that stand for a word ("b4", "2u", "3Q", 2333 for laughter) and
// certainty said as a share ("100%", 百分之百) are the wording being
// rewritten, not facts of the reply.
const NUMBER = /(?<![A-Za-z\d])(?!23{2,}(?!\d))(?!100\s?(?:%|％|percent|per\s+cent)|\d[uUqQ](?![A-Za-z])|[24]\s+(?:the|a|an|u|you|ur|your|me|us|it|this|that)\b)\d+(?:[.,:/-]\d+)*/g
const CURRENCY = /[$€£¥￥]|\b(?:USD|EUR|GBP|RMB|CNY|HKD|TWD|NT\$|dollars?|euros?|pounds?)\b|元|块|塊|圆|圓/g
const MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday)\b/g
/** Chinese numbers written in characters, with what they count (三天, 两个工作日, 五百元). */
// How many times something was said or answered (讲过两次, 回答您三次) is the reproach being
// rewritten, and 放一百个心 an idiom; neither is a fact.
const CHINESE_NUMBER = /(?<!百分之?|[零一二两兩三四五六七八九十百千万萬]|放)(?!百分)(?<![说讲講說解释釋告诉訴提醒强调強調重复重複回答答复答覆问問][过過了]?(?:[您你]|跟[您你])?)[零一二两兩三四五六七八九十百千万萬]+(?=[天个個件日月年周週号號次位元块塊分小])/g
const CHINESE_DATE = /(?:今天|明天|昨天|后天|後天|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天])/g
/** Names the writer quoted or bracketed: products, shops, people. */
const CHINESE_QUOTED = /[「『《【“"]([^「」『』《》【】“”"\n]{1,30})[」』》】”"]/g
/** A capitalised English word not at a sentence start: a product or a person. */
// A greeting's comma ends it as a full stop would ("Hello, Unfortunately..."),
// and so do the @handles a social reply opens with.
const CAPITALISED = /(?<![.!?]\s*|^\s*|\n\s*|[“"]\s*|(?:^|\n)(?:\s*@\w+[\s,:]*)+|\b(?:Hello|Hi|Hey|Dear|Thanks|Greetings)(?:\s+[@\w]+)?,\s*)\b[A-Z][a-zA-Z0-9]*(?:[ -][A-Z][a-zA-Z0-9]*)*/g

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(['I', "I'm", "I'll", "I've", "I'd", 'OK', 'Ok', 'Okay', 'Hi', 'Hello', 'Dear', 'Sorry', 'Thanks', 'Thank', 'Please', 'We', 'Our', 'You', 'Your', 'The', 'A', 'An', 'Sir', 'Madam', 'Mr', 'Mrs', 'Ms', 'FAQ', 'ASAP', 'AM', 'PM'])

function all(re: RegExp, text: string, kind: FactKind, group = 0): Fact[] {
  const out: Fact[] = []
  for (const m of text.matchAll(re)) {
    const t = (m[group] ?? '').replace(/[.,;:!?]+$/, '')
    if (t) out.push({kind, text: t})
  }
  return out
}

/** The facts of a text, each once. */
export function extractFacts(text: string): Fact[] {
  const facts: Fact[] = []
  const urls = all(URL, text, 'url')
  const emails = all(EMAIL, text, 'email')
  facts.push(...urls, ...emails)
  // Numbers and names inside a URL or an e-mail are kept with it.
  let rest = text
  for (const f of [...urls, ...emails]) rest = rest.split(f.text).join(' ')
  facts.push(...all(HANDLE, rest, 'handle'), ...all(ID, rest, 'id'), ...all(NUMBER, rest, 'number'), ...all(CURRENCY, rest, 'currency'), ...all(MONTH, rest, 'date'))
  if (hasHan(rest)) facts.push(...all(CHINESE_NUMBER, rest, 'number'), ...all(CHINESE_DATE, rest, 'date'), ...all(CHINESE_QUOTED, rest, 'name', 1))
  for (const m of rest.matchAll(CAPITALISED)) {
    const name = m[0]
    if (NOT_NAMES.has(name) || NOT_NAMES.has(name.split(/[ -]/)[0]!)) continue
    facts.push({kind: 'name', text: name})
  }
  const seen = new Set<string>()
  return facts.filter(f => (seen.has(f.text) ? false : (seen.add(f.text), true)))
}

/** The original's facts missing from a rewrite. */
export function missingFacts(original: string, rewrite: string): Fact[] {
  return extractFacts(original).filter(f => !contains(rewrite, f))
}

function contains(rewrite: string, fact: Fact): boolean {
  if (rewrite.includes(fact.text)) return true
  // A currency word may become its sign and the other way round; a name's case may follow a new sentence start.
  if (fact.kind === 'name') return rewrite.toLowerCase().includes(fact.text.toLowerCase())
  if (fact.kind === 'currency') return new RegExp(CURRENCY.source, 'u').test(rewrite)
  return false
}

/** Loads the script tables scriptKept needs. */
export async function loadFactChecks(): Promise<void> {
  await Promise.all([loadSimplifier(), loadTraditionalizer()])
}

/**
 * Whether a rewrite stays in the original's Chinese script: no
 * Traditional-only character in a rewrite of a Simplified text, no
 * Simplified-only one in a rewrite of a Traditional text. A character the
 * writer used is their script's (台 is everyday Traditional, though the
 * standard form is 臺). Needs loadFactChecks().
 */
export function scriptKept(original: string, rewrite: string): boolean {
  if (!hasHan(original) || !hasHan(rewrite)) return true
  const script = chineseScript(original, toSimplified(original))
  if (script === 'zh-Hans') return toSimplified(rewrite) === rewrite
  if (script === 'zh-Hant') return simplifiedOnly(rewrite).every(ch => original.includes(ch))
  return true
}

/** The characters of a text that are written differently in Traditional, read in their phrases (划算 stays 划算). */
export function simplifiedOnly(text: string): string[] {
  const out: string[] = []
  const traditional = toTraditional(text)
  // The conversion is character for character but for rare phrases; then each character is judged alone.
  const inPhrase = traditional.length === text.length
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (!isHanCode(ch.charCodeAt(0))) continue
    // A Traditional character maps to itself; a Simplified-only one does not.
    if (toSimplified(ch) === ch && (inPhrase ? traditional[i] !== ch : toTraditional(ch) !== ch)) out.push(ch)
  }
  return out
}

/** Whether a rewrite keeps every fact and the script of the original. */
export function factsKept(original: string, rewrite: string): boolean {
  return missingFacts(original, rewrite).length === 0 && scriptKept(original, rewrite)
}
