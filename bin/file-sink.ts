// A report written straight to a file descriptor, synchronously, strings
// encoded by Node's C++ side. fs.WriteStream queues what it is given while
// the thread is busy linting (the whole report of a long run could wait in
// memory), and both it and process.stdout turn every string into a Buffer in
// JavaScript first: on 100 MB of replies that was 0.4 s of the thread that
// writes the report.
import fs from 'node:fs'
import {Writable} from 'node:stream'

/** A Writable over `fd` that writes each chunk before taking the next; errors (EPIPE, ENOSPC) are the stream's errors. */
export function fileSink(fd: number): Writable {
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, encoding, done) {
      try {
        writeAll(fd, typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength), encoding)
        done()
      } catch (error) {
        done(error as Error)
      }
    },
    final(done) {
      done()
    },
  })
}

function writeAll(fd: number, chunk: string | Buffer, encoding: BufferEncoding): void {
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
