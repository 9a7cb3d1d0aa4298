// Chooses how a file's text splits into replies, by extension or by name.
import type {Reply} from '../engine.js'
import {plainText} from './text.js'

export interface SourceFormat {
  name: string
  extensions: string[]
  /** The replies in a file's text, with their offsets in it. */
  split(text: string, filePath: string): Reply[]
}

const FORMATS: SourceFormat[] = [plainText]

/** Extensions the CLI looks for when given a directory. */
export const TEXT_EXTENSIONS = [...new Set(FORMATS.flatMap(f => f.extensions))]

export function formatNames(): string[] {
  return FORMATS.map(f => f.name)
}

export function sourceFormat(filePath: string, name?: string): SourceFormat {
  if (name) {
    const byName = FORMATS.find(f => f.name === name)
    if (!byName) throw new Error(`unknown input format '${name}' (known: ${formatNames().join(', ')})`)
    return byName
  }
  const lower = filePath.toLowerCase()
  return FORMATS.find(f => f.extensions.some(ext => lower.endsWith(`.${ext}`))) ?? plainText
}
