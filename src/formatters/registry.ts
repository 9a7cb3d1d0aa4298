// The formatters reply-lint knows by name.
import type {Formatter} from './types.js'
import {checkstyle} from './checkstyle.js'
import {compact} from './compact.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import {unix} from './unix.js'

const FORMATTERS: Record<string, Formatter> = {stylish, json, sarif, github, junit, checkstyle, compact, unix, html}

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS)
}

export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined
}

