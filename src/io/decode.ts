// Reads bytes as text the way an editor would, and remembers how to write
// them back: BOM and encoding are kept, binary files are recognised.

import type {InputProblem} from './inputs.js'

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export interface DecodedText {
  text: string
  encoding: Encoding
  bom: boolean
  /** Set when the bytes were not valid in their encoding and were replaced. */
  invalidAt?: number
}

export class BinaryFileError extends Error {}

const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
]

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

/** Length of the UTF-8 sequence at `i` (a lead byte and its continuation bytes); 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
  if (need < 0) return 0
  for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0
  return need + 1
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i)
    if (!length) return i
    i += length
  }
  return -1
}

/**
 * Whether bytes that are not valid UTF-8 are binary rather than text in a
 * legacy encoding: a Latin-1 or GBK reply has an odd invalid byte among
 * mostly valid text, a compressed or compiled file is invalid or control
 * characters throughout. Linting such a file would report noise.
 */
function looksBinary(head: Uint8Array): boolean {
  let bad = 0
  let i = 0
  while (i < head.length) {
    const b = head[i]!
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      bad++
      i++
      continue
    }
    const length = sequenceLength(head, i)
    if (length) i += length
    else {
      bad++
      i++
    }
  }
  return bad > head.length * 0.3
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true}
  for (const [what, sig] of BINARY_SIGNATURES) if (startsWith(bytes, sig)) throw new BinaryFileError(`binary file (${what})`)
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) throw new BinaryFileError('binary file (contains NUL bytes)')
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(body), encoding: 'utf-8', bom}
  } catch {
    if (looksBinary(body.subarray(0, 8192))) throw new BinaryFileError('binary file, or text in an unsupported encoding such as GBK or Big5 (save it as UTF-8 or UTF-16)')
    const invalidAt = firstInvalidUtf8(body) + (bom ? 3 : 0)
    return {text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', bom, invalidAt}
  }
}

export function encodeText(text: string, how: Pick<DecodedText, 'encoding' | 'bom'>): Buffer {
  if (how.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8')
    return how.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
  }
  const le = Buffer.from(text, 'utf16le')
  if (how.encoding === 'utf-16be') le.swap16()
  const bom = how.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return how.bom ? Buffer.concat([Buffer.from(bom), le]) : le
}

/**
 * An input's bytes decoded for linting, as lintFile decodes a file; what
 * cannot be read is reported in `problems` under `name`: binary input is
 * skipped (undefined), invalid UTF-8 is linted with replacement characters
 * and never fixed.
 */
export function decodeInput(bytes: Uint8Array, name: string, fixing: boolean, problems: InputProblem[]): DecodedText | undefined {
  let decoded: DecodedText
  try {
    decoded = decodeText(bytes)
  } catch (error) {
    if (!(error instanceof BinaryFileError)) throw error
    problems.push({filePath: name, message: `skipped: ${error.message}`, fatal: false})
    return undefined
  }
  if (decoded.invalidAt !== undefined)
    problems.push({filePath: name, message: `invalid UTF-8 at byte ${decoded.invalidAt}: linted with replacement characters${fixing ? ', not fixed' : ''}`, fatal: false})
  return decoded
}
