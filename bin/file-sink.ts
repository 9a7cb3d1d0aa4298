// A report written straight to a file descriptor, synchronously.
// fs.WriteStream queues what it is given while the thread is busy linting,
// so much of a long run's report waited in memory (100 MB of English JSONL
// with --output-file: 221 MB peak RSS, 181 written this way). Speed is the
// same: writing the report takes about 0.4 s per 100 MB of English replies
// either way.
import fs from 'node:fs'
import {Writable} from 'node:stream'

/** A Writable over `fd` that writes each chunk before taking the next; errors (EPIPE, ENOSPC) are the stream's errors. */
export function fileSink(fd: number): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Uint8Array, encoding, done) {
      try {
        writeAll(fd, chunk, encoding)
        done()
      } catch (error) {
        done(error as Error)
      }
    },
  })
}

function writeAll(fd: number, chunk: string | Uint8Array, encoding: BufferEncoding): void {
  // A string is encoded first, by TextEncoder when it is UTF-8: fs.writeSync
  // of a string took twice as long as TextEncoder on a report of many
  // curly quotes (V8 keeps such a string in two-byte form).
  const bytes = typeof chunk !== 'string' ? chunk : encoding === 'utf8' || encoding === 'utf-8' ? utf8.encode(chunk) : Buffer.from(chunk, encoding)
  for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at)
}

const utf8 = new TextEncoder()

/**
 * Where the report goes when it goes to stdout: straight to its descriptor
 * when that is a file or a device such as /dev/null, where writing never has
 * to wait; process.stdout otherwise (a pipe, a terminal), which can.
 */
export function stdoutSink(): Writable {
  try {
    const stat = fs.fstatSync(1)
    if ((stat.isFile() || stat.isCharacterDevice()) && !process.stdout.isTTY) return fileSink(1)
  } catch {
    // No descriptor to inspect: Node's own stream knows what to do.
  }
  return process.stdout
}
