// lintFiles: the library's file-level API, used by the CLI.
import fs from 'node:fs'
import path from 'node:path'
import type {Config, Finding, Language, LintResult, Rule, Severity} from './types.js'
import {countFindings, FINDING_COUNTS, Linter, summarise} from './engine.js'
import {expandInputs, type InputProblem} from './io/inputs.js'
import {BinaryFileError, decodeInput, decodeText, encodeText} from './io/decode.js'
import {writeAtomically} from './io/write.js'
import {sourceFormat, type SourceOptions} from './sources/index.js'
import {DEFAULT_STREAM_THRESHOLD, lintStreamed, recordingSplit, type StreamableFormat} from './io/source-reading.js'
import type {PlacedFindings, SegmentLinting} from './io/segment-linting.js'

export interface LintFilesOptions {
  config?: Config
  rules?: Rule[]
  cwd?: string
  /** Fix and write the files. */
  fix?: boolean
  /** Fix in memory only: results carry `output`, nothing is written. */
  fixDryRun?: boolean
  /** Which findings' fixes to apply (all by default). */
  fixFilter?: (finding: Finding) => boolean
  /** Force an input format instead of choosing by extension. */
  inputFormat?: string
  /** How inputs are read: speakers, text fields and columns, paragraph splitting. */
  source?: SourceOptions
  /** JSONL/CSV/TSV files larger than this many bytes are streamed (32 MiB by default). */
  streamThreshold?: number
  /** An existing linter to reuse (its rules and config win). */
  linter?: Linter
  /** A language hint for sentences that do not tell by themselves (a config's `language`). */
  language?: Language
  /** Report reply-lint-disable directives that silence nothing. */
  reportUnusedDisableDirectives?: boolean
  /** Add whole-reply rewrites to the results (not for files read as a stream). */
  rewrites?: boolean
  /**
   * For files read as a stream: receives their findings in order, batch by
   * batch, as they are found; the file's result then holds none, only the
   * counts, so memory stays flat however large the file.
   */
  onStreamedFindings?: (findings: Finding[]) => void | Promise<void>
  /**
   * For files read as a stream, in place of onStreamedFindings: receives
   * their findings of these severities as json report messages (UTF-8
   * chunks made by the thread that linted them, see messageChunks), for a
   * report written as it goes.
   */
  streamedReport?: {severities: Severity[]; write: (messages: Uint8Array[]) => void | Promise<void>}
  /** For files read as a stream: where their segments are linted (worker threads); in this thread by default. */
  segmentLinting?: SegmentLinting
}

export interface FileResult extends LintResult {
  filePath: string
}

/** A result with its counts only (the exit code needs no more), once its findings have been written. */
export function countsOnly(result: FileResult): FileResult {
  return {...result, findings: [], source: undefined, replies: undefined}
}

export interface LintFilesOutcome {
  results: FileResult[]
  /** Inputs that could not be linted, and notices about inputs that were. */
  problems: InputProblem[]
}

function describeReadError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read this file)'
    case 'ENOENT':
      return 'no such file (it disappeared before it could be read)'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'ELOOP':
      return 'symbolic link loop'
    default:
      return `cannot read this file (${error.code ?? error.message})`
  }
}

/** Lints one file's bytes. Problems are returned, never thrown. */
export async function lintFile(
  linter: Linter,
  filePath: string,
  options: Omit<LintFilesOptions, 'linter' | 'config' | 'rules'> = {},
): Promise<{result?: FileResult; problems: InputProblem[]}> {
  const display = path.relative(options.cwd ?? process.cwd(), filePath) || filePath
  const problems: InputProblem[] = []
  const streamed = await lintLargeFile(linter, filePath, display, options)
  if (streamed) return streamed
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(filePath)
  } catch (error) {
    return {problems: [{filePath: display, message: describeReadError(error as NodeJS.ErrnoException), fatal: true}]}
  }
  const fixing = Boolean(options.fix || options.fixDryRun)
  const decoded = decodeInput(bytes, display, fixing, problems)
  if (!decoded) return {problems}
  let format
  try {
    format = sourceFormat(filePath, options.inputFormat)
  } catch (error) {
    return {problems: [{filePath: display, message: (error as Error).message, fatal: true}]}
  }
  let result: LintResult
  try {
    result = await linter.lintSource(decoded.text, recordingSplit(format, filePath, options.source ?? {}, display, problems), {
      fix: fixing && decoded.invalidAt === undefined ? (options.fixFilter ?? true) : false,
      filePath,
      format: format.name,
      language: options.language,
      reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
      rewrites: options.rewrites,
    })
  } catch (error) {
    return {problems: [...problems, {filePath: display, message: (error as Error).message.split('\n')[0]!, fatal: true}]}
  }
  if (options.fix && result.output !== undefined) {
    try {
      writeAtomically(filePath, encodeText(result.output, decoded), bytes)
    } catch (error) {
      problems.push({filePath: display, message: `not fixed: ${(error as Error).message}`, fatal: true})
    }
  }
  return {result: {...result, filePath}, problems}
}

/** The format and size of a file lintFile reads as a stream (a JSONL/CSV/TSV file over the threshold); undefined for any other file. */
function streamedFormat(filePath: string, options: Pick<LintFilesOptions, 'inputFormat' | 'streamThreshold'>): {format: StreamableFormat; size: number} | undefined {
  try {
    const format = sourceFormat(filePath, options.inputFormat)
    const segments = format.segments
    if (!segments) return undefined
    const size = fs.statSync(filePath).size
    return size > (options.streamThreshold ?? DEFAULT_STREAM_THRESHOLD) ? {format: {...format, segments}, size} : undefined
  } catch {
    return undefined
  }
}

/** Whether lintFile reads this file as a stream (a JSONL/CSV/TSV file over the threshold). */
export function isStreamedFile(filePath: string, options: Pick<LintFilesOptions, 'inputFormat' | 'streamThreshold'> = {}): boolean {
  return streamedFormat(filePath, options) !== undefined
}

/**
 * Lints a file too large to hold in memory piece by piece, when its format
 * can be streamed (JSONL, CSV, TSV); undefined for any other file.
 */
async function lintLargeFile(
  linter: Linter,
  filePath: string,
  display: string,
  options: Omit<LintFilesOptions, 'linter' | 'config' | 'rules'>,
): Promise<{result?: FileResult; problems: InputProblem[]} | undefined> {
  const streamed = streamedFormat(filePath, options)
  if (!streamed) return undefined
  const {format, size} = streamed
  const head = Buffer.alloc(Math.min(size, 65536))
  try {
    const fd = fs.openSync(filePath, 'r')
    try {
      fs.readSync(fd, head, 0, head.length, 0)
    } finally {
      fs.closeSync(fd)
    }
    if (decodeText(head).encoding !== 'utf-8') return undefined
  } catch (error) {
    if (error instanceof BinaryFileError) return {problems: [{filePath: display, message: `skipped: ${error.message}`, fatal: false}]}
    return undefined
  }
  // Handed on as they come, the findings are only counted here: the result keeps none.
  const {onStreamedFindings, streamedReport} = options
  const counts = countFindings([])
  const handOn = async (segment: PlacedFindings) => {
    for (const k of FINDING_COUNTS) counts[k] += segment.counts[k]
    if (streamedReport) await streamedReport.write(segment.messages ?? [])
    else await onStreamedFindings!(segment.findings)
  }
  const handedOn = Boolean(onStreamedFindings ?? streamedReport)
  const {findings, replyCount, problems, hasDirectives} = await lintStreamed(linter, format, filePath, {
    options: options.source,
    display,
    onSegment: handedOn ? handOn : undefined,
    ...(streamedReport ? {report: {severities: streamedReport.severities}} : {}),
    linting: options.segmentLinting,
  })
  const overMiB = Math.round((options.streamThreshold ?? DEFAULT_STREAM_THRESHOLD) / 1048576)
  if (options.fix || options.fixDryRun)
    problems.push({filePath: display, message: `not fixed: files over ${overMiB} MiB are read as a stream and --fix needs the whole file in memory; findings are reported without fixes`, fatal: true})
  // Whether a directive silenced anything is known only once the whole file has been read, after its findings are out.
  if (hasDirectives && options.reportUnusedDisableDirectives)
    problems.push({filePath: display, message: `unused disable directives are not reported in files over ${overMiB} MiB, which are read as a stream`, fatal: false})
  const result = summarise(findings, {filePath, notices: [...linter.notices], replyCount})
  if (handedOn) for (const k of FINDING_COUNTS) result[k] = counts[k]
  return {result: {...result, filePath}, problems}
}

/**
 * Lints files, directories and globs. Without a linter, config or rules in
 * `options`, each file is linted as the CLI lints it: with the config file
 * found from its folder up (or the built-in defaults) and its ignore files.
 *
 * ```ts
 * const {results, problems} = await lintFiles(['replies/**\/*.txt'])
 * ```
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const {files, problems} = await expandInputs(patterns, options.cwd)
  const results: FileResult[] = []
  const lint = async (linter: Linter, file: string, fileOptions: LintFilesOptions) => {
    const outcome = await lintFile(linter, file, fileOptions)
    problems.push(...outcome.problems)
    if (outcome.result) results.push(outcome.result)
  }
  // A linter, config or rules given: every file is linted with them.
  if (options.linter || options.config || options.rules) {
    const linter = options.linter ?? (await Linter.create({config: options.config, rules: options.rules}))
    for (const file of files) await lint(linter, file, options)
    return {results, problems}
  }
  // Otherwise each file with the config found for it and its ignore files, as the CLI does.
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const {ConfigResolver} = await import('./config/resolver.js')
  const {settingsOptions, settingsOrSkip} = await import('./config/file-settings.js')
  const resolver = new ConfigResolver({cwd})
  const named = new Set(patterns.map(p => path.resolve(cwd, p)))
  for (const file of files) {
    const {settings, problems: skipped} = await settingsOrSkip(resolver, file, {named, cwd})
    if (!settings) {
      problems.push(...skipped)
      continue
    }
    await lint(resolver.linterFor(settings), file, {...options, ...settingsOptions(settings, options)})
  }
  return {results, problems}
}
