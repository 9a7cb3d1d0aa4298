// Simplified/Traditional Chinese: script detection and length-preserving
// conversion. OpenCC's tables are large, so they load only when a reply holds
// Chinese text, and the Traditional direction only when a reply is Traditional.

type Convert = (text: string) => string

let toSimplifiedTable: Convert | undefined
let toTraditionalTable: Convert | undefined

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const HAN_GLOBAL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

export function hasHan(text: string): boolean {
  return HAN.test(text)
}

export function countHan(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0
}

export async function loadSimplifier(): Promise<void> {
  if (toSimplifiedTable) return
  const opencc = await import('opencc-js/t2cn')
  toSimplifiedTable = opencc.Converter({from: 'tw', to: 'cn'})
}

export async function loadTraditionalizer(): Promise<void> {
  if (toTraditionalTable) return
  const opencc = await import('opencc-js/cn2t')
  toTraditionalTable = opencc.Converter({from: 'cn', to: 'tw'})
}

/** Converts one character at a time where a phrase conversion would change the length. */
function sameLength(convert: Convert, text: string): string {
  const whole = convert(text)
  if (whole.length === text.length) return whole
  let out = ''
  for (const ch of text) {
    const converted = convert(ch)
    out += converted.length === ch.length ? converted : ch
  }
  return out
}

/** Simplified form of `text`, same length, so offsets carry over. */
export function toSimplified(text: string): string {
  if (!toSimplifiedTable) throw new Error('toSimplified() called before loadSimplifier()')
  return hasHan(text) ? sameLength(toSimplifiedTable, text) : text
}

export function toTraditional(text: string): string {
  if (!toTraditionalTable) throw new Error('toTraditional() called before loadTraditionalizer()')
  return hasHan(text) ? toTraditionalTable(text) : text
}

/**
 * Which script a Chinese text is written in: characters that change when
 * converted to Simplified are Traditional; the rest are shared by both.
 * Returns undefined when nothing tells them apart.
 */
export function chineseScript(text: string, simplified: string): 'zh-Hans' | 'zh-Hant' | undefined {
  if (simplified !== text) return 'zh-Hant'
  if (!toTraditionalTable) return hasSimplifiedOnly(text) ? 'zh-Hans' : undefined
  return toTraditionalTable(text) !== text ? 'zh-Hans' : undefined
}

// Frequent characters that exist only in Simplified form; enough to tell a
// sentence's script without loading the Traditional tables.
const SIMPLIFIED_ONLY = new Set(
  '们这个为发说时会对过问题还没给让应该进话请谢帮单货买卖东实现经样关点开动务处级务钱长门见边间网页车运费递员联系号码认证结确认订购物运输场习惯专业购头买卖乐欢迎态优质惠价优换退评论议尽员队将复杂难题办该续转报达'
)

function hasSimplifiedOnly(text: string): boolean {
  for (const ch of text) if (SIMPLIFIED_ONLY.has(ch)) return true
  return false
}
