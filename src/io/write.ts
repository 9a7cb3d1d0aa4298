// Writes a fixed file safely: a temp file in the same folder, renamed over the
// original, with the original's permissions, and only if the file on disk is
// still what was read.
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'

export class ChangedOnDiskError extends Error {}

export function writeAtomically(file: string, data: Buffer, expected: Buffer): void {
  const current = fs.readFileSync(file)
  if (!current.equals(expected)) throw new ChangedOnDiskError('the file changed on disk while it was being linted; not written')
  const mode = fs.statSync(file).mode & 0o7777
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString('hex')}.reply-lint.tmp`)
  try {
    fs.writeFileSync(temp, data, {mode})
    fs.chmodSync(temp, mode)
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}
