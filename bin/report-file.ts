// --output-file: the report is written to a temp file beside the named one
// and renamed over it once complete, so a run that fails half-way leaves the
// previous report whole rather than cut short. A name that is not a regular
// file (/dev/stdout, a named pipe, a symbolic link) is written through in
// place: renaming over it would replace it. The json report goes out as it is made (memory stays
// flat however many findings there are); other formats are written at the end.
import fs from 'node:fs'
import path from 'node:path'
import type {Writable} from 'node:stream'
import {makeFolders, tempFileBeside} from '../src/io/write.js'
import {fileSink} from './file-sink.js'

/** The report could not be written (a folder that cannot be made, a full disk). */
export class ReportFileError extends Error {}

export class ReportFile {
  readonly stream: Writable
  /** Where the report is written until it is complete; none when written in place. */
  private readonly temp?: string
  private failure?: Error
  private done = false
  private readonly fd: number
  private closed = false

  constructor(readonly file: string) {
    let fd: number
    try {
      const existing = lstatOrUndefined(file)
      if (existing && !existing.isFile()) fd = fs.openSync(file, 'w')
      else {
        makeFolders(path.dirname(file))
        this.temp = tempFileBeside(file)
        fd = fs.openSync(this.temp, 'wx')
      }
    } catch (error) {
      throw this.problem(error)
    }
    this.fd = fd
    this.stream = fileSink(fd)
    // Kept for finish(): an error thrown from the stream's listener would end the run with a stack trace.
    this.stream.on('error', error => void (this.failure ??= error))
  }

  /** Writes a whole report made at the end. */
  async write(text: string): Promise<void> {
    this.stream.write(text)
    await this.finish()
  }

  /** Ends the report, once `closing` (the report's last write) is done, and puts it in place. */
  async finish(closing: Promise<void> = Promise.resolve()): Promise<void> {
    try {
      await closing
    } catch (error) {
      throw this.problem(error)
    }
    // The stream's error reaches this callback before its 'error' event.
    await new Promise<void>(resolve =>
      this.stream.end((error?: Error | null) => {
        if (error) this.failure ??= error
        resolve()
      }),
    )
    if (this.failure) throw this.problem(this.failure)
    try {
      this.close()
      if (this.temp) fs.renameSync(this.temp, this.file)
    } catch (error) {
      throw this.problem(error)
    }
    this.done = true
  }

  /** Removes the temp file of a report that was not finished. */
  abandon(): void {
    if (this.done) return
    this.stream.destroy()
    this.close()
    if (this.temp) fs.rmSync(this.temp, {force: true})
  }

  private close(): void {
    if (this.closed) return
    this.closed = true
    fs.closeSync(this.fd)
  }

  private problem(error: unknown): ReportFileError {
    return new ReportFileError(`cannot write the report to ${this.file}: ${(error as Error).message}`)
  }
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file)
  } catch {
    return undefined
  }
}
