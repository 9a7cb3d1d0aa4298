// Simplified/Traditional Chinese: script detection and length-preserving
// conversion. OpenCC's tables are large, so they load only when a reply holds
// Chinese text, and the Traditional direction only when a reply is Traditional.
import {simplifierTable} from './simplifier-table.js'

type Convert = (text: string) => string

let toTraditionalTable: Convert | undefined

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/

/**
 * The last text asked about and its answer: the engine asks about each reply
 * before linting it and the phrase scanner asks again while its rules run,
 * and on text without Han the test reads every character.
 */
let lastText = ''
let lastAnswer = false

export function hasHan(text: string): boolean {
  if (text !== lastText) {
    lastText = text
    lastAnswer = HAN.test(text)
  }
  return lastAnswer
}

/** Whether a UTF-16 code unit is a Han character (what HAN matches). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
}

/**
 * Traditional-only characters and their Simplified forms, by UTF-16 code
 * unit (0 for a character that is not Traditional-only). Matching needs a
 * character-for-character conversion (offsets must carry over), and an array
 * lookup is many times faster than OpenCC's phrase segmentation; every Han
 * reply is checked, so the check reads code units and allocates nothing.
 */
let simplifiedCodes: Uint16Array | undefined

let simplifierLoading: Promise<void> | undefined

/** Loads once, however many replies ask at the same time. */
export function loadSimplifier(): Promise<void> {
  simplifierLoading ??= simplifierTable().then(codes => {
    simplifiedCodes = codes
  })
  return simplifierLoading
}

function hasTraditional(text: string, codes: Uint16Array): boolean {
  for (let i = 0; i < text.length; i++) if (codes[text.charCodeAt(i)] !== 0) return true
  return false
}

let traditionalizerLoading: Promise<void> | undefined

export function loadTraditionalizer(): Promise<void> {
  traditionalizerLoading ??= import('./traditional-converter.js').then(converter => {
    toTraditionalTable = converter.simplifiedToTaiwanConverter()
  })
  return traditionalizerLoading
}

/** Simplified form of `text`, same length, so offsets carry over. */
export function toSimplified(text: string): string {
  const codes = simplifiedCodes
  if (!codes) throw new Error('toSimplified() called before loadSimplifier()')
  if (!hasTraditional(text, codes)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out += codes[c] !== 0 ? String.fromCharCode(codes[c]!) : text[i]
  }
  return out
}

/**
 * Traditional forms already made. What gets converted is messages and
 * rewrites, and the same few hundred come back in every Traditional reply;
 * OpenCC segments each one into phrases again otherwise. Bounded, because
 * rewrites built from a reply's own words are seldom seen twice.
 */
const traditionalForms = new Map<string, string>()
const MAX_TRADITIONAL_FORMS = 4096

export function toTraditional(text: string): string {
  if (!toTraditionalTable) throw new Error('toTraditional() called before loadTraditionalizer()')
  let converted = traditionalForms.get(text)
  if (converted === undefined) {
    converted = hasHan(text) ? toTraditionalTable(text) : text
    if (traditionalForms.size >= MAX_TRADITIONAL_FORMS) traditionalForms.clear()
    traditionalForms.set(text, converted)
  }
  return converted
}

/**
 * Which script a Chinese text is written in: characters that change when
 * converted to Simplified are Traditional; the rest are shared by both.
 * Returns undefined when nothing tells them apart.
 */
export function chineseScript(text: string, simplified: string): 'zh-Hans' | 'zh-Hant' | undefined {
  if (simplified !== text) return 'zh-Hant'
  return hasSimplifiedOnly(text) ? 'zh-Hans' : undefined
}

// Frequent characters that exist only in Simplified form; enough to tell a
// sentence's script without running the Traditional conversion on every
// sentence. A sentence with none of them follows the rest of its reply.
// (All of them are in the Basic Multilingual Plane: one code unit each.)
const SIMPLIFIED_ONLY = new Uint8Array(0x10000)
for (const ch of '们这个为发说时会对过问题还没给让应该进话请谢帮单货买卖东实现经样关点开动务处级务钱长门见边间网页车运费递员联系号码认证结确认订购物运输场习惯专业购头买卖乐欢迎态优质惠价优换退评论议尽员队将复杂难题办该续转报达')
  SIMPLIFIED_ONLY[ch.charCodeAt(0)] = 1

function hasSimplifiedOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SIMPLIFIED_ONLY[text.charCodeAt(i)] === 1) return true
  return false
}
