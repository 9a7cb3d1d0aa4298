// Which files are left out: gitignore-style patterns from .replylintignore
// files and from configs' `ignorePatterns`, each relative to its own folder.
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import type Ignore from 'ignore'

export const IGNORE_FILE = '.replylintignore'

export interface IgnoreSource {
  dir: string
  patterns: string[]
  /** Where the patterns were written, for --print-config. */
  origin: string
}

/** The patterns of the .replylintignore in `dir`, if there is one. */
export function readIgnoreFile(dir: string): IgnoreSource | undefined {
  const file = path.join(dir, IGNORE_FILE)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  return {dir, patterns: text.split(/\r?\n/), origin: file}
}

export class IgnoreMatcher {
  private readonly compiled: Array<{dir: string; matcher: Ignore.Ignore; origin: string}>

  constructor(sources: readonly IgnoreSource[]) {
    // Loaded when there are patterns to match: most folders have no ignore file.
    const ignore = sources.length ? (createRequire(import.meta.url)('ignore') as typeof Ignore) : undefined
    this.compiled = sources.map(s => ({dir: s.dir, matcher: ignore!().add(s.patterns), origin: s.origin}))
  }

  /** The source whose patterns ignore `file`, or undefined when it is linted. */
  ignoredBy(file: string): string | undefined {
    for (const {dir, matcher, origin} of this.compiled) {
      const relative = path.relative(dir, file)
      // Patterns only speak about files below their own folder.
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) continue
      if (matcher.ignores(relative.split(path.sep).join('/'))) return origin
    }
    return undefined
  }
}
