// Cuts a file into segments of whole records by its bytes, without decoding
// it, so that a file too large to hold in memory is read segment by segment,
// in as many threads as there are, in constant memory. Records end at line
// breaks; for CSV, only at line breaks outside double quotes (a quote is one
// byte in UTF-8, never part of another character, so counting quote bytes
// tells where a quoted field is open).
import fs from 'node:fs'

/** Bytes per segment, about: a few hundred to a thousand replies, linted in tens of milliseconds. */
export const SEGMENT_BYTES = 256 * 1024

const NEWLINE = 10
const QUOTE = 34
const BOM = [0xef, 0xbb, 0xbf]

export interface Segment {
  /** Whole records; the last segment holds whatever the file ends with. */
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
  try {
    let data = Buffer.alloc(0)
    let line = 1
    let first = true
    // Quoted records: how far `data` has been scanned (always a line start),
    // whether a quote is open there, and the next quote at or after it.
    let scanned = 0
    let open = false
    let quote = -1
    for (;;) {
      const chunk = Buffer.allocUnsafe(size)
      const {bytesRead} = await handle.read(chunk, 0, size, null)
      if (bytesRead === 0) break
      data = data.length ? Buffer.concat([data, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead)
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
          yield {bytes: Buffer.from(data.subarray(0, scanned)), line}
          return
        }
      }
      if (cut === 0) continue
      const bytes = Buffer.from(data.subarray(0, cut))
      yield {bytes, line}
      line += countLines(bytes)
      data = data.subarray(cut)
      scanned -= cut
      if (quote >= 0) quote -= cut
    }
    if (data.length) yield {bytes: Buffer.from(data), line}
  } finally {
    await handle.close()
  }
}

function countLines(bytes: Buffer): number {
  let lines = 0
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++
  return lines
}
