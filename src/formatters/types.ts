// What every formatter receives.
import type {FileResult} from '../files.js'
import type {Rule} from '../types.js'

export interface FormatterContext {
  cwd: string
  color: boolean
  /** Rules that ran, for formatters that describe them (SARIF, HTML). */
  rules: readonly Rule[]
}

/** Built-in formatters return a string; custom ones may return a promise of one. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string
export type CustomFormatter = (results: readonly FileResult[], context: FormatterContext) => string | Promise<string>
