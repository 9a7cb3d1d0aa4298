// The formatters reply-lint knows by name.
import type {Formatter} from './types.js'
import {json} from './json.js'
import {stylish} from './stylish.js'

const FORMATTERS: Record<string, Formatter> = {stylish, json}

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS)
}

export function getFormatter(name: string): Formatter | undefined {
  return FORMATTERS[name]
}

export type {Formatter, FormatterContext} from './types.js'
