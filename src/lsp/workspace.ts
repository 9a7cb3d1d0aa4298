// The settings side of the server: one ConfigResolver per workspace folder,
// so a document's config is found as the CLI run from that folder finds it
// (the nearest config above the file, the folder's .replylintignore, code
// loaded only from inside the folder's project), and dropped on reload.
import path from 'node:path'
import {ConfigResolver, CONFIG_FILE_NAMES} from '../config/resolver.js'
import {IGNORE_FILE} from '../config/ignore.js'
import type {DocumentLint} from './document-lint.js'

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

export class LintWorkspace {
  private folders: string[] = []
  private readonly resolvers = new Map<string, ConfigResolver>()
  /** Files the settings in use were read from beyond the config files themselves (phrase packs), and those config files. */
  private readonly used = new Set<string>()

  setFolders(folders: readonly string[]): void {
    this.folders = [...new Set(folders.map(f => path.resolve(f)))]
    this.reload()
  }

  addFolders(added: readonly string[], removed: readonly string[] = []): void {
    const gone = new Set(removed.map(f => path.resolve(f)))
    this.setFolders([...this.folders.filter(f => !gone.has(f)), ...added])
  }

  get workspaceFolders(): readonly string[] {
    return this.folders
  }

  /** The innermost workspace folder holding a file. */
  folderOf(file: string): string | undefined {
    return this.folders.filter(f => isInside(file, f)).sort((a, b) => b.length - a.length)[0]
  }

  /** The resolver for a file: its workspace folder's, or, outside every folder, one for the file's own folder (as the CLI run there). */
  resolverFor(file: string): ConfigResolver {
    const cwd = this.folderOf(file) ?? path.dirname(file)
    let resolver = this.resolvers.get(cwd)
    if (!resolver) {
      resolver = new ConfigResolver({cwd})
      this.resolvers.set(cwd, resolver)
    }
    return resolver
  }

  /** Remembers the files a document's settings came from, to know which changes call for a reload. */
  noteSettings(lint: DocumentLint): void {
    if (lint.settings?.configFile) this.used.add(lint.settings.configFile)
    for (const pack of lint.settings?.phrasePacks ?? []) this.used.add(pack)
  }

  /** Whether a change to this file can change any document's settings. */
  affectsSettings(file: string): boolean {
    const name = path.basename(file)
    return CONFIG_FILE_NAMES.includes(name) || name === IGNORE_FILE || this.used.has(path.resolve(file))
  }

  /** The files whose folders hold settings in use (for watching them). */
  usedFiles(): readonly string[] {
    return [...this.used]
  }

  /** Forgets every config read so far: the next lint reads them again. */
  reload(): void {
    this.resolvers.clear()
    this.used.clear()
  }
}
