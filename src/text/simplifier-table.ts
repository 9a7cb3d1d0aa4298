// The table of Traditional characters' Simplified forms (see chinese.ts),
// by UTF-16 code unit. Working it out runs OpenCC over every Han character,
// a tenth of a second in every thread that meets Chinese text, so the build
// works it out once and ships it beside this module.
import fs from 'node:fs'

/** The shipped table, or else the one worked out with OpenCC (running from the sources). */
export async function simplifierTable(): Promise<Uint16Array> {
  return readSimplifierTable(prebuiltSimplifierFile) ?? (await simplifierTableFromOpenCC())
}

/** The table's file, which prebuildSimplifier writes beside this module. */
const SIMPLIFIER_FILE = 'simplified-codes.bin'
const prebuiltSimplifierFile = new URL(SIMPLIFIER_FILE, import.meta.url)

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

/** Writes the table into `directory` (the build does, beside this module), where simplifierTable finds it. */
export async function prebuildSimplifier(directory: URL): Promise<number> {
  const pairs = simplifierPairs(await simplifierTableFromOpenCC())
  fs.writeFileSync(new URL(SIMPLIFIER_FILE, directory), pairs)
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
