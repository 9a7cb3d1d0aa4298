// Writes a fixed file safely: the new bytes go to a temp file in the same
// folder, flushed to disk, then renamed over the original, so a reader (or a
// crash, or a kill -9) only ever sees the old file or the new one, never half
// of it. The original's permissions are kept, a symbolic link is followed and
// stays a link, and nothing is written if the file changed on disk since it
// was read.
import fs from 'node:fs'
import path from 'node:path'

export class ChangedOnDiskError extends Error {}

const TEMP_SUFFIX = '.reply-lint.tmp'

let tempFiles = 0

/**
 * `.<name>.<pid>-<count><random>.reply-lint.tmp`: hidden, beside the file,
 * naming the process that writes it. The count keeps this process's names
 * apart and the random part those of an earlier process with the same pid;
 * the file is created exclusively, so a name taken is never written through.
 * (Not node:crypto: loading it cost every start of the CLI 3.5 ms.)
 */
export function tempFileBeside(file: string): string {
  const unique = `${(++tempFiles).toString(36)}${Math.random().toString(36).slice(2, 10)}`
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${unique}${TEMP_SUFFIX}`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temp files a killed run left beside `file` (the process named
 * in the temp's name is gone). A run that is still writing is left alone.
 */
export function removeStaleTempFiles(file: string): string[] {
  const dir = path.dirname(file)
  const prefix = `.${path.basename(file)}.`
  const removed: string[] = []
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue
    const pid = Number(name.slice(prefix.length, -TEMP_SUFFIX.length).split('-')[0])
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) continue
    try {
      fs.rmSync(path.join(dir, name), {force: true})
      removed.push(name)
    } catch {
      // Not ours to insist on: a temp we cannot remove does no harm to the file.
    }
  }
  return removed
}

export function writeAtomically(file: string, data: Buffer, expected: Buffer): void {
  // Write through a symbolic link to its target, so the link survives the rename.
  const target = fs.realpathSync(file)
  const current = fs.readFileSync(target)
  if (!current.equals(expected)) throw new ChangedOnDiskError('the file changed on disk while it was being linted; not written')
  const mode = fs.statSync(target).mode & 0o7777
  removeStaleTempFiles(target)
  const temp = tempFileBeside(target)
  try {
    const fd = fs.openSync(temp, 'wx', mode)
    try {
      fs.writeFileSync(fd, data)
      // On disk before the rename: after a power cut the file is old or new, not empty.
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    // The umask may have narrowed the mode given to open.
    fs.chmodSync(temp, mode)
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}

/**
 * Makes a folder and the folders above it that are missing. Each is made on
 * its own, and the first that cannot be is an error: Node's recursive mkdir
 * retries without end where a parent exists yet refuses children (/proc).
 */
export function makeFolders(dir: string): void {
  const missing: string[] = []
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const found = fs.statSync(d, {throwIfNoEntry: false})
    // A file where a folder should be: mkdir says so (EEXIST), as it would for the folder itself.
    if (found && !found.isDirectory()) fs.mkdirSync(d)
    if (found || path.dirname(d) === d) break
    missing.unshift(d)
  }
  for (const d of missing) fs.mkdirSync(d)
}
