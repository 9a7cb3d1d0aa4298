// For clients that cannot watch files for the server (no dynamic
// registration of workspace/didChangeWatchedFiles): the server watches the
// folders a config can come from itself. Config files are looked for in a
// document's folder and every folder above it, so each of those is watched,
// not recursively: a handful of watches per folder of open documents.
import fs from 'node:fs'
import path from 'node:path'

export class FolderWatcher {
  private readonly watchers = new Map<string, fs.FSWatcher>()

  constructor(private readonly onChange: (file: string) => void) {}

  /** Watches a file's folder and each folder above it. */
  watchAbove(file: string): void {
    for (let dir = path.dirname(path.resolve(file)); ; dir = path.dirname(dir)) {
      this.watch(dir)
      if (path.dirname(dir) === dir) break
    }
  }

  private watch(dir: string): void {
    if (this.watchers.has(dir)) return
    try {
      // Not persistent: watching never keeps the process alive once the client has gone.
      const watcher = fs.watch(dir, {persistent: false}, (_event, name) => {
        if (name) this.onChange(path.join(dir, name.toString()))
      })
      watcher.on('error', () => this.unwatch(dir))
      this.watchers.set(dir, watcher)
    } catch {
      // A folder that cannot be watched (gone, no permission) is left out.
    }
  }

  private unwatch(dir: string): void {
    this.watchers.get(dir)?.close()
    this.watchers.delete(dir)
  }

  close(): void {
    for (const dir of [...this.watchers.keys()]) this.unwatch(dir)
  }
}
