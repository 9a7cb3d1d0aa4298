// A report written straight to a file descriptor, synchronously, strings
// encoded by Node's C++ side. fs.WriteStream queues what it is given while
// the thread is busy linting, so much of a long run's report waited in
// memory (100 MB of English JSONL with --output-file: 221 MB peak RSS, 181
// written this way). Speed is the same: writing the report takes about 0.4 s
// per 100 MB of English replies either way.
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
  if (typeof chunk === 'string') {
    const written = fs.writeSync(fd, chunk, null, encoding)
    // A short write (a signal, a full pipe) leaves the rest to write as bytes.
    if (written < Buffer.byteLength(chunk, encoding)) writeAll(fd, Buffer.from(chunk, encoding).subarray(written), encoding)
    return
  }
  for (let at = 0; at < chunk.length; ) at += fs.writeSync(fd, chunk, at)
}

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
