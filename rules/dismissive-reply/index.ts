// dismissive-reply: a whole reply that is only a bare "No", "Ok", "嗯", "没有".
import {defineRule} from '../../src/rule.js'
import type {RuleContext} from '../../src/context.js'
import {trimmedRange} from '../../src/text/code-units.js'
import {isHanCode} from '../../src/text/chinese.js'
import {joinNormalized} from '../../src/text/sentences.js'
import {EN_ADDRESS, EN_BARE, EN_REWRITES, ZH_ADDRESS, ZH_BARE, ZH_REWRITES, ZH_SOFTENERS, type BareKind} from './bare-replies.js'

/** Longer than this, a reply cannot be bare; saves the work on ordinary replies. */
const MAX_BARE_LENGTH = 40
/** "嗯嗯嗯", "ok ok", "No, no, no": repetition does not add content. */
const MAX_UNITS = 4

// Emoji and text emoticons carry tone, not content: "Ok 👍" is still bare.
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu
const EMOTICON = /(?<![\p{L}\p{N}])(?:[:;=][-'^o]?[)(DPp3\]\[|/\\*]+|\^[_.-]?\^|[（(](?:笑|哭|捂脸)[）)]|<3)/gu
const NOT_WORD = /[^\p{L}\p{N}'\s]+/gu

/** English sympathy that looks like a bare word or two. */
const EN_NOT_BARE = new Set(['oh no', 'oh dear', 'no worries', 'no problem'])

interface Bare {
  kind: BareKind
  /** The first bare word, for rewrites that repeat it (有 -> 有的呢). */
  word: string
}

function stripTone(text: string): string {
  return text.replace(EMOJI, ' ').replace(EMOTICON, ' ')
}

function englishBare(text: string): Bare | undefined {
  // Loops and push rather than map here and below: optimised code's map
  // makes holey arrays where the interpreter's makes packed ones, and code
  // that met one kind is thrown away when the other turns up.
  const words: string[] = []
  for (const piece of stripTone(text).toLowerCase().replace(NOT_WORD, ' ').split(/\s+/)) {
    const w = piece.replace(/^'+|'+$/g, '')
    if (w && !EN_ADDRESS.has(w)) words.push(w)
  }
  if (!words.length || words.length > MAX_UNITS) return undefined
  const phrase = words.join(' ')
  if (EN_NOT_BARE.has(phrase)) return undefined
  const whole = EN_BARE[phrase]
  if (whole) return {kind: whole, word: phrase}
  const kinds: BareKind[] = []
  for (const w of words) {
    const kind = EN_BARE[w]
    if (kind === undefined) return undefined
    kinds.push(kind)
  }
  return {kind: strongest(kinds), word: words[0]!}
}

const ZH_UNITS = Object.keys(ZH_BARE).sort((a, b) => b.length - a.length)
const ZH_INTERJECTIONS = new Set(['嗯', '恩', '哦', '喔', '噢', '额', '呃', '唔'])

/**
 * Every Han character a bare reply can be made of: those of its units,
 * particles and forms of address, and of the emoticons stripTone removes
 * (（笑）). Most short replies hold some other Han letter, and then they
 * cannot be bare, which a look at each character tells without the
 * Unicode-mode passes below.
 */
const ZH_BARE_CHARS = new Uint8Array(0x10000)
for (const ch of [...ZH_UNITS, ...ZH_SOFTENERS, ...ZH_ADDRESS, '笑哭捂脸'].join('')) ZH_BARE_CHARS[ch.charCodeAt(0)] = 1
const LETTER = /\p{L}/u

/** Read by code unit (all the characters above are one each), making no one-character strings. */
function holdsOtherHanLetter(normalized: string): boolean {
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i)
    // Only a letter survives the stripping below (an unassigned code point does not).
    if (isHanCode(c) && ZH_BARE_CHARS[c] === 0 && LETTER.test(normalized[i]!)) return true
  }
  return false
}

/**
 * Reads a Chinese reply as bare units (不行, 嗯, 好) and particles. 好的,
 * 有的呢, 嗯呢 are the ordinary polite forms; 哦哦 and 嗯嗯 only repeat.
 */
function chineseBare(normalized: string): Bare | undefined {
  if (holdsOtherHanLetter(normalized)) return undefined
  let rest = stripTone(normalized).replace(/[^\p{L}\p{N}]+/gu, '')
  // replaceAll rather than split and join: split's arrays come in two element kinds.
  for (const address of ZH_ADDRESS) rest = rest.replaceAll(address, '')
  if (!rest || /[A-Za-z0-9]/.test(rest)) return undefined
  const units: string[] = []
  let softened = false
  let at = 0
  while (at < rest.length) {
    const unit = ZH_UNITS.find(u => rest.startsWith(u, at))
    const particle = units.length ? ZH_SOFTENERS.find(p => rest.startsWith(p, at)) : undefined
    const previous = units[units.length - 1]
    // A particle that repeats an interjection (哦哦) is repetition, not softening.
    const softens = particle !== undefined && !(ZH_INTERJECTIONS.has(particle) && previous !== undefined && ZH_INTERJECTIONS.has(previous))
    if (particle && softens && (!unit || at + particle.length >= rest.length)) {
      softened = true
      at += particle.length
    } else if (unit) {
      units.push(unit)
      at += unit.length
    } else return undefined
  }
  if (!units.length || units.length > MAX_UNITS) return undefined
  const kinds: BareKind[] = []
  for (const u of units) kinds.push(ZH_BARE[u]!)
  const kind = strongest(kinds)
  // 好的 is polite; a refusal, a denial or "don't know" stays bare with a particle.
  if (softened && !BARE_EVEN_SOFTENED.has(kind)) return undefined
  return {kind, word: units[0]!}
}

/** Kinds a particle does not soften: 没有呢 and 不是的哦 still say no and nothing else. */
const BARE_EVEN_SOFTENED: ReadonlySet<BareKind> = new Set(['refusal', 'denial', 'unknown'])
const PRECEDENCE: BareKind[] = ['refusal', 'denial', 'unknown', 'reluctance', 'agreement', 'acknowledgement', 'thinking']

function strongest(kinds: BareKind[]): BareKind {
  return PRECEDENCE.find(k => kinds.includes(k)) ?? 'acknowledgement'
}

// Two constants rather than one object keyed by language: a lookup by a
// key that changes (en, then zh) had its optimised code thrown away.
const EN_MESSAGES: Record<BareKind, string> = {
  refusal: 'A bare "no" with no apology or reason feels cold and shuts the customer out; apologise, explain and offer what you can do.',
  denial: 'A bare "no" to a question sounds curt and leaves the customer guessing; say what is actually the case.',
  unknown: 'A bare "don\'t know" leaves the customer on their own; offer to find out for them.',
  thinking: 'A bare "hmm" leaves the customer waiting without knowing what happens next; say that you are checking for them.',
  acknowledgement: 'A one-word acknowledgement sounds curt and uninterested; answer in a full, friendly sentence.',
  agreement: 'A one-word "yes" sounds curt; answer in a full, friendly sentence.',
  reluctance: 'A bare "fine" or "whatever" sounds reluctant and dismissive; say warmly what you will do.',
}

const ZH_MESSAGES: Record<BareKind, string> = {
  refusal: '只回一个“不行/没有”显得生硬冷淡，会让客户觉得被打发；应先致歉，再说明原因和能提供的方案。',
  denial: '只回“不是”显得生硬，客户还是不知道实际情况；应亲切地说明实际是怎样的。',
  unknown: '只回“不知道”会让客户觉得没人管；应主动帮客户查清楚。',
  thinking: '只回“呃”会让客户不知道接下来怎样；应告诉客户正在帮他确认。',
  acknowledgement: '只回“嗯/哦”这样的单字显得敷衍冷淡；应用完整、亲切的句子回复客户。',
  agreement: '只回一个字显得生硬敷衍；应用完整、亲切的句子回复客户。',
  reluctance: '“好吧/随便”听起来很勉强、不耐烦；应亲切地告诉客户接下来怎么处理。',
}

function check(context: RuleContext): void {
  const range = trimmedRange(context.text)
  if (!range || range[1] - range[0] > MAX_BARE_LENGTH) return
  const {sentences} = context
  const family = sentences.some(s => s.language !== 'en') ? 'zh' : 'en'
  const normalized = joinNormalized(sentences)
  const bare = family === 'en' ? englishBare(normalized) : chineseBare(normalized)
  if (!bare) return
  const suggestions: Array<{text: string; message: string; placeholder: boolean}> = []
  for (const r of (family === 'en' ? EN_REWRITES : ZH_REWRITES)[bare.kind])
    suggestions.push({
      // Written as it stands: the bare word's letter case says nothing about the sentence that replaces it.
      text: family === 'en' ? r.text : context.rewrite(r.text.replace('{word}', bare.word), range),
      message: r.placeholder
        ? family === 'en' ? 'Apologise, give the reason and offer what you can (fill in the brackets)' : '致歉、说明原因并给出能提供的方案（补全括号里的内容）'
        : family === 'en' ? 'Reply in a full, friendly sentence' : '用完整、亲切的句子回复',
      placeholder: r.placeholder === true,
    })
  context.report({
    range,
    message: (family === 'en' ? EN_MESSAGES : ZH_MESSAGES)[bare.kind],
    suggestions,
  })
}

export default defineRule({
  id: 'dismissive-reply',
  meta: {
    description: 'A whole reply that is only a bare "No", "Ok", "嗯" or "没有"',
    languages: ['en', 'zh'],
    defaultSeverity: 'warning',
    scope: 'reply',
    docs: 'rules/dismissive-reply/README.md',
  },
  check,
})
