// Simplified/Traditional Chinese: script detection and length-preserving
// conversion. OpenCC's tables are large, so they load only when a reply holds
// Chinese text, and the Traditional direction only when a reply is Traditional.
import fs from 'node:fs'

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
  simplifierLoading ??= buildSimplifier()
  return simplifierLoading
}

async function buildSimplifier(): Promise<void> {
  simplifiedCodes = readSimplifierTable(prebuiltSimplifierFile) ?? (await simplifierTableFromOpenCC())
}

/**
 * The table as the build ships it beside this module (prebuildSimplifier):
 * working it out runs OpenCC over every Han character, a tenth of a second
 * in every thread that meets Chinese text.
 */
const prebuiltSimplifierFile = new URL('simplified-codes.bin', import.meta.url)

/** The character pairs of the table: its Traditional characters, then their Simplified forms. */
function simplifierPairs(codes: Uint16Array): Uint16Array {
  const from: number[] = []
  for (let c = 0; c < codes.length; c++) if (codes[c] !== 0) from.push(c)
  return Uint16Array.from([...from, ...from.map(c => codes[c]!)])
}

/** The table written at `file` by prebuildSimplifier, or undefined when there is none. */
export function readSimplifierTable(file: URL): Uint16Array | undefined {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch {
    // None (running from the sources) or unreadable: the table is worked out instead.
    return undefined
  }
  if (bytes.length % 4) return undefined
  // Copied out: a Buffer's bytes need not start at an even offset.
  const pairs = new Uint16Array(Uint8Array.from(bytes).buffer)
  const half = pairs.length / 2
  const codes = new Uint16Array(0x10000)
  for (let k = 0; k < half; k++) codes[pairs[k]!] = pairs[half + k]!
  return codes
}

/** Writes the table into `directory` (the build does, beside this module), where buildSimplifier finds it. */
export async function prebuildSimplifier(directory: URL): Promise<number> {
  const pairs = simplifierPairs(await simplifierTableFromOpenCC())
  fs.writeFileSync(new URL('simplified-codes.bin', directory), pairs)
  return pairs.length / 2
}

/** The table worked out with OpenCC's Taiwan-to-Simplified conversion. */
export async function simplifierTableFromOpenCC(): Promise<Uint16Array> {
  const opencc = await import('opencc-js/t2cn')
  const convert = opencc.Converter({from: 'tw', to: 'cn'})
  // Every character of the CJK blocks converted on its own, so the common
  // case, text already in Simplified, skips OpenCC entirely. They go through
  // OpenCC in one call, joined by NUL, which no dictionary entry holds, so no
  // phrase spans two of them: the same as a call per character, and a
  // twentieth of the time (OpenCC's phrase segmentation over the characters
  // run together would take seconds).
  const chars: string[] = []
  const blocks: Array<[number, number]> = [
    [0x3400, 0x9fff],
    [0xf900, 0xfaff],
  ]
  for (const [from, to] of blocks) for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c))
  let converted = convert(chars.join('\0')).split('\0')
  if (converted.length !== chars.length) converted = chars.map(ch => convert(ch))
  const pairs = chars.map((ch, i): [string, string] => [ch, converted[i]!])
  // A character OpenCC maps that is itself a Simplified character (么 is the
  // Simplified form of 麼, yet OpenCC's Taiwan table maps a bare 么 to 幺) is
  // no sign of Traditional script and is never converted.
  const simplifiedForms = new Set(pairs.map(([, to]) => to))
  const codes = new Uint16Array(0x10000)
  for (const [from, to] of pairs) if (from !== to && to.length === 1 && !simplifiedForms.has(from)) codes[from.charCodeAt(0)] = to.charCodeAt(0)
  return codes
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
