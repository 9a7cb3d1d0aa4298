// Lints an editor's document as the CLI lints the file: the same settings
// (config file nearest the file, overrides, ignore files), the same source
// reader for its format, so findings sit where the CLI puts them.
import path from 'node:path'
import type {Reply} from '../engine.js'
import type {LintResult, Rule} from '../types.js'
import {ConfigError} from '../config/errors.js'
import type {ConfigResolver, FileSettings} from '../config/resolver.js'
import {settingsOptions} from '../config/file-settings.js'
import type {InputProblem} from '../io/inputs.js'
import {recordingSplit} from '../io/source-reading.js'
import {sourceFormat, sourceFormats, type SourceFormat} from '../sources/index.js'

/** Which document is linted. */
export interface DocumentTarget {
  /** The file's path; for a document not saved yet, a name in its folder. */
  filePath: string
  /** A document without a file (untitled): no override or ignore pattern matches it. */
  virtual: boolean
  /** The editor's language id, which decides the format when the name does not. */
  languageId?: string
}

export interface DocumentLint {
  /** Absent when the document is not linted (ignored, or its config is broken). */
  result?: LintResult
  /** Problems with the text (malformed YAML or JSON) or with its config, as the CLI reports them. */
  problems: InputProblem[]
  format: SourceFormat
  /** Reads the text as the linter did (for edits that must keep the replies). */
  split: (text: string) => Reply[]
  settings?: FileSettings
  /** Why the document is not linted, when an ignore file or pattern leaves it out. */
  ignoredBy?: string
}

/** Editor language ids whose format a file name does not give away (an untitled buffer, an unknown extension). */
const FORMAT_BY_LANGUAGE: Record<string, string> = {
  markdown: 'markdown',
  mdx: 'markdown',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
  jsonl: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
}

/** The format the CLI would choose by the file's extension, else the editor's language, else plain text. */
export function documentFormat(target: DocumentTarget): SourceFormat {
  const lower = target.filePath.toLowerCase()
  const byName = sourceFormats().some(f => f.extensions.some(ext => lower.endsWith(`.${ext}`)))
  if (byName) return sourceFormat(target.filePath)
  const byLanguage = target.languageId ? FORMAT_BY_LANGUAGE[target.languageId] : undefined
  return sourceFormat(target.filePath, byLanguage)
}

export async function lintDocument(text: string, target: DocumentTarget, resolver: ConfigResolver): Promise<DocumentLint> {
  const format = documentFormat(target)
  const display = path.relative(resolver.cwd, target.filePath) || target.filePath
  const problems: InputProblem[] = []
  let settings: FileSettings
  try {
    settings = await resolver.settingsFor(target.filePath, {virtual: target.virtual})
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    problems.push({filePath: display, message: `not linted: ${error.message}`, fatal: true})
    return {problems, format, split: recordingSplit(format, target.filePath, {}, display, [])}
  }
  const {source, language, reportUnusedDisableDirectives} = settingsOptions(settings)
  const split = recordingSplit(format, target.filePath, source, display, problems)
  if (settings.ignoredBy) return {problems, format, split, settings, ignoredBy: settings.ignoredBy}
  const result = await resolver.linterFor(settings).lintSource(text, split, {
    filePath: target.filePath,
    format: format.name,
    language,
    reportUnusedDisableDirectives,
  })
  return {result, problems, format, split: recordingSplit(format, target.filePath, source, display, []), settings}
}

/** The rule a finding's id names, among those the document's settings offer. */
export function ruleOf(lint: DocumentLint, ruleId: string): Rule | undefined {
  return lint.settings?.available.find(r => r.id === ruleId)
}

/**
 * The text with every meaning-preserving fix applied, as `--fix` writes it;
 * undefined when there is nothing to fix.
 */
export async function fixedText(text: string, target: DocumentTarget, lint: DocumentLint, resolver: ConfigResolver): Promise<string | undefined> {
  if (!lint.settings || lint.ignoredBy || !lint.result?.findings.some(f => f.fix)) return undefined
  const {language, reportUnusedDisableDirectives} = settingsOptions(lint.settings)
  const fixed = await resolver.linterFor(lint.settings).lintSource(text, lint.split, {
    fix: true,
    filePath: target.filePath,
    format: lint.format.name,
    language,
    reportUnusedDisableDirectives,
  })
  return fixed.output
}
