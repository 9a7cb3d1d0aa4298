// Cuts a file into segments of whole records by its bytes, without decoding
// it, so that a file too large to hold in memory is read segment by segment,
// in as many threads as there are, in constant memory. Records end at line
// breaks; for CSV, only at line breaks outside double quotes (a quote is one
// byte in UTF-8, never part of another character, so counting quote bytes
// tells where a quoted field is open).
import fs from 'node:fs'

/**
 * Bytes per segment, about: a hundred or two replies, linted in a few
 * milliseconds. A segment's replies, parse trees and findings live while it
 * is linted; the smaller it is, the fewer of them a young-generation
 * collection finds alive and moves to the old generation, which only a full
 * collection empties. With two threads a 1 GB English transcript peaked at
 * 195 MB RSS with 32 KB segments, 253 MB with 64 KB, 265-296 MB with 128 KB
 * and 256 KB, no slower; 100 MB of Chinese JSONL on one thread at 254 MB
 * with 32 KB, 358 MB with 128 KB.
 */
export const SEGMENT_BYTES = 32 * 1024

const NEWLINE = 10
const QUOTE = 34
const BOM = [0xef, 0xbb, 0xbf]

export interface Segment {
  /**
   * Whole records; the last segment holds whatever the file ends with. The
   * bytes have their ArrayBuffer to themselves, so they can be handed to a
   * worker thread without a copy.
   */
  bytes: Buffer
  /** 1-based number of the segment's first line in the file. */
  line: number
}

export interface SegmentOptions {
  /** Where records end: at every line break, or only outside double-quoted fields. */
  records: 'lines' | 'quoted-lines'
  /**
   * The longest record a reader takes while a quote in it is open; the
   * reader stops there, so a segment need hold no more of it.
   */
  maxRecordChars?: number
  size?: number
}

/** The segments of a file, in order. A leading byte order mark is dropped. */
export async function* fileSegments(filePath: string, {records, maxRecordChars, size = SEGMENT_BYTES}: SegmentOptions): AsyncGenerator<Segment> {
  const quoted = records === 'quoted-lines'
  // A UTF-8 character takes at most three bytes per UTF-16 unit: a record
  // longer than this many bytes is longer than the reader takes.
  const maxOpenBytes = maxRecordChars === undefined ? Infinity : 3 * maxRecordChars
  const handle = await fs.promises.open(filePath, 'r')
  const reader = new BlockReader(handle)
  try {
    /** Bytes read and not yet in a segment: the start of a record. */
    let carry = Buffer.alloc(0)
    let line = 1
    let first = true
    // Quoted records: how far the bytes have been scanned (always a line
    // start), whether a quote is open there, and the next quote after it.
    let scanned = 0
    let open = false
    let quote = -1
    for (;;) {
      // Never from Node's shared pool: the buffer goes to a worker whole.
      const buffer = Buffer.allocUnsafeSlow(carry.length + size)
      carry.copy(buffer)
      const bytesRead = await reader.read(buffer, carry.length, size)
      if (bytesRead === 0) break
      let data = buffer.subarray(0, carry.length + bytesRead)
      if (first && data.length >= 3) {
        if (BOM.every((b, i) => data[i] === b)) data = data.subarray(3)
        first = false
      }
      let cut: number
      if (!quoted) cut = data.lastIndexOf(NEWLINE) + 1
      else {
        cut = 0
        if (quote < 0) quote = data.indexOf(QUOTE, scanned)
        for (let end = data.indexOf(NEWLINE, scanned); end >= 0; end = data.indexOf(NEWLINE, scanned)) {
          while (quote >= 0 && quote < end) {
            open = !open
            quote = data.indexOf(QUOTE, quote + 1)
          }
          scanned = end + 1
          if (!open) cut = scanned
        }
        // A quote open this long is never closed: the reader stops in this
        // segment, and nothing after it is read.
        if (open && scanned - cut > maxOpenBytes) {
          yield {bytes: data.subarray(0, scanned), line}
          return
        }
      }
      if (cut === 0) {
        carry = data
        continue
      }
      // Copied out before the segment is handed on (and its buffer with it).
      carry = Buffer.from(data.subarray(cut))
      const bytes = data.subarray(0, cut)
      const lines = countLines(bytes)
      yield {bytes, line}
      line += lines
      scanned -= cut
      if (quote >= 0) quote -= cut
    }
    if (carry.length) {
      const bytes = Buffer.allocUnsafeSlow(carry.length)
      carry.copy(bytes)
      yield {bytes, line}
    }
  } finally {
    await handle.close()
  }
}

/**
 * Bytes read from the file in blocks of READ_BLOCK and handed out in the
 * sizes asked for. Each read goes through Node's thread pool, which costs
 * more than copying the bytes: 116 MB of JSONL took 160-300 ms of CPU in
 * reads of 32 KB, 40-60 ms in reads of 1 MiB.
 */
class BlockReader {
  private readonly block = Buffer.allocUnsafeSlow(READ_BLOCK)
  private start = 0
  private end = 0

  constructor(private readonly handle: fs.promises.FileHandle) {}

  /** Reads up to `length` bytes into `target` at `offset`; 0 at the end of the file. */
  async read(target: Buffer, offset: number, length: number): Promise<number> {
    if (this.start === this.end) {
      const {bytesRead} = await this.handle.read(this.block, 0, READ_BLOCK, null)
      this.start = 0
      this.end = bytesRead
    }
    const n = Math.min(length, this.end - this.start)
    this.block.copy(target, offset, this.start, this.start + n)
    this.start += n
    return n
  }
}

const READ_BLOCK = 1024 * 1024

function countLines(bytes: Buffer): number {
  let lines = 0
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++
  return lines
}
