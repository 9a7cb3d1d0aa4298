// The CLI over the engine: reads inputs, lints, formats, decides the exit code.
import fs from 'node:fs'
import path from 'node:path'
import {buildProgram, type CliOptions} from './options.js'
import {boundHeapGrowth} from './heap-growth.js'
import {ReportFile, ReportFileError} from './report-file.js'
import {stdoutSink} from './file-sink.js'
import {Linter} from '../src/engine.js'
import {ConfigError, parseSeverity, PRESET_NAMES} from '../src/config.js'
import {countsOnly, isStreamedFile, lintFile, type FileResult} from '../src/files.js'
import {JsonReportWriter} from '../src/formatters/json-stream.js'
import {ConfigResolver, describeSettings} from '../src/config/resolver.js'
import {settingsOptions, settingsOrSkip} from '../src/config/file-settings.js'
import {writeStarterConfig} from '../src/config/init.js'
import {expandInputs, type InputProblem} from '../src/io/inputs.js'
import {FormatterLoadError, loadFormatter} from '../src/formatters/index.js'
import {displayPath} from '../src/formatters/display.js'
import {packageInfo} from '../src/formatters/package-info.js'
import {createProgress} from '../src/report/progress.js'
import {computeStats} from '../src/report/stats.js'
import {formatStats} from '../src/report/stats-table.js'
import {loadBuiltinRules, ruleDocs} from '../src/rules-loader.js'
import {sourceFormat, type SourceOptions} from '../src/sources/index.js'
import {recordingSplit} from '../src/io/source-reading.js'
import type {Finding, RuleSetting, Severity} from '../src/types.js'
import {threadsFor} from '../src/parallel/jobs.js'
import type {ReplyPool, WorkerResolverOptions} from '../src/parallel/pool.js'
import {readStdin} from './stdin.js'
import {decodeInput, encodeText} from '../src/io/decode.js'

export const EXIT = {ok: 0, findings: 1, usage: 2} as const

function useColor(options: CliOptions): boolean {
  if (options.color === false) return false
  if (process.argv.includes('--color')) return true
  const force = process.env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (process.env.NO_COLOR) return false
  return Boolean(process.stdout.isTTY)
}

class UsageError extends Error {}

function ruleSettings(flags: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const eq = flag.indexOf('=')
    if (eq < 1) throw new UsageError(`--rule ${flag}: expected id=severity, for example --rule impatience=error`)
    const id = flag.slice(0, eq).trim()
    const value = flag.slice(eq + 1).trim()
    rules[id] = parseSeverity(/^\d$/.test(value) ? Number(value) : value, `--rule ${id}`)
  }
  return rules
}

/** --fix-rule: which findings' fixes to apply; undefined for all. Plugin rules ('plugin/rule') are known only per config. */
function fixRuleFilter(options: CliOptions, known: readonly string[]): ((finding: Finding) => boolean) | undefined {
  if (!options.fixRule?.length) return undefined
  if (!options.fix && !options.fixDryRun) throw new UsageError('--fix-rule needs --fix or --fix-dry-run')
  const ids = new Set(options.fixRule)
  for (const id of ids) if (!known.includes(id) && !id.includes('/')) throw new UsageError(`--fix-rule: unknown rule '${id}' (see --list-rules)`)
  return finding => ids.has(finding.ruleId)
}

function visible(finding: Finding, options: CliOptions): boolean {
  if (options.quiet) return finding.severity === 'error'
  return finding.severity !== 'info' || Boolean(options.verbose)
}

/** The severities `visible` lets through, as data for the threads that write report entries. */
function visibleSeverities(options: CliOptions): Severity[] {
  return (['error', 'warning', 'info'] as const).filter(severity => visible({severity} as Finding, options))
}

/** How inputs are read, from the input flags (the speakers flag wins over a config's `speakers`: see settingsOptions). */
function sourceOptions(options: CliOptions): SourceOptions {
  return {
    split: options.split,
    speakers: options.speaker,
    textField: options.textField,
    speakerField: options.speakerField,
    column: options.column,
    speakerColumn: options.speakerColumn,
  }
}

function reportProblem(p: InputProblem): void {
  const where = p.line !== undefined ? `${p.filePath}:${p.line}:${p.column ?? 1}` : p.filePath
  process.stderr.write(`reply-lint: ${where}: ${p.message}\n`)
}

export async function run(argv: string[]): Promise<number> {
  // The language server is loaded only when asked for: no other run pays for its libraries. It takes no other
  // option but the transport LSP clients add (--stdio, the default); it ends with the client's exit notification.
  if (argv.slice(2).includes('--lsp')) {
    const {serveLsp} = await import('../src/lsp/serve.js')
    serveLsp(argv)
    return new Promise<number>(() => {})
  }
  // The server and its modules load only for `serve`: every other run starts without them.
  if (argv[2] === 'serve') return (await import('./serve.js')).serveCommand(argv.slice(3))
  const program = buildProgram(packageInfo().version)
  let exitOverride: number | undefined
  program.exitOverride(err => {
    exitOverride = err.exitCode === 0 ? 0 : EXIT.usage
    throw err
  })
  program.configureOutput({writeErr: s => process.stderr.write(s)})
  try {
    program.parse(argv)
  } catch {
    return exitOverride ?? EXIT.usage
  }
  const options = program.opts<CliOptions>()
  const paths = program.args
  try {
    return await lintCommand(paths, options)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof FormatterLoadError || error instanceof ReportFileError) {
      process.stderr.write(`reply-lint: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }
}

async function lintCommand(paths: string[], options: CliOptions): Promise<number> {
  const builtins = await loadBuiltinRules()
  if (options.explain) {
    const docs = ruleDocs(options.explain)
    if (!docs) throw new UsageError(`--explain: unknown rule '${options.explain}' (see --list-rules)`)
    process.stdout.write(docs.endsWith('\n') ? docs : `${docs}\n`)
    return EXIT.ok
  }
  if (options.init) {
    const file = writeStarterConfig(process.cwd())
    process.stdout.write(`reply-lint: wrote ${path.relative(process.cwd(), file)}\n`)
    return EXIT.ok
  }
  if (options.preset && !PRESET_NAMES.includes(options.preset)) throw new UsageError(`--preset: unknown preset '${options.preset}' (known: ${PRESET_NAMES.join(', ')})`)
  // Settings come from the config file nearest each input, with the command line on top.
  const resolverOptions = {
    configFile: typeof options.config === 'string' ? options.config : undefined,
    useConfigFiles: options.config !== false,
    preset: options.preset,
    rules: ruleSettings(options.rule),
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives || undefined,
    // Info findings are shown only with --verbose, and only fixes need them otherwise.
    unseenSeverities: options.verbose || options.fix || options.fixDryRun ? [] : (['info'] as Severity[]),
  }
  const resolver = new ConfigResolver({...resolverOptions, builtins})
  if (options.printConfig) {
    const settings = await resolver.settingsFor(options.printConfig)
    process.stdout.write(`${JSON.stringify(describeSettings(settings, process.cwd()), null, 2)}\n`)
    return EXIT.ok
  }
  if (options.listRules) {
    // The rules a file in this folder would have: built-in, plugin and phrase-pack rules.
    const here = await resolver.settingsFor(path.join(process.cwd(), 'reply'), {virtual: true})
    const rules = [...new Map(here.available.map(r => [r.id, r] as const)).values()]
    for (const r of rules) process.stdout.write(`${r.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.languages.join(',').padEnd(6)} ${r.meta.description}\n`)
    return EXIT.ok
  }
  const formatter = await loadFormatter(options.format)
  if (options.inputFormat) sourceFormat('', options.inputFormat)
  const fixFilter = fixRuleFilter(options, builtins.map(r => r.id))
  const stdinSettings = await resolver.settingsFor(options.stdinFilename ?? '<stdin>', {virtual: !options.stdinFilename})
  if (options.stream) return streamCommand(resolver.linterFor(stdinSettings), options)

  const results: FileResult[] = []
  const problems: InputProblem[] = []
  const reportFile = options.outputFile !== undefined ? new ReportFile(path.resolve(options.outputFile)) : undefined
  // However the run ends, a report it did not finish is not left behind as a temp file.
  if (reportFile) process.once('exit', () => reportFile.abandon())
  // The json report goes out file by file (and a streamed file message by
  // message) when nothing needs all results at the end: memory stays flat.
  const writer = options.format === 'json' && !options.stats && !options.fix && !options.fixDryRun ? new JsonReportWriter(reportFile?.stream ?? stdoutSink()) : undefined
  // `entry`: the file's entry, already written by the thread that linted it.
  const keep = async (result: FileResult, entry?: Uint8Array) => {
    if (!writer) return void results.push(result)
    if (entry !== undefined) await writer.entry(entry)
    else await writer.result({...result, findings: result.findings.filter(f => visible(f, options))})
    // Only the counts are needed from here on (the exit code).
    results.push(countsOnly(result))
  }
  // The reports that show whole-reply rewrites; the others are spared making them.
  const wantsRewrites = REWRITE_FORMATS.has(options.format ?? 'stylish')
  const useStdin = paths.length === 0 || paths.includes('-')
  if (paths.length === 0 && process.stdin.isTTY) throw new UsageError('nothing to lint: give files, directories or globs, or pipe text on stdin (see --help)')
  let stdinOutput: Buffer | undefined
  if (useStdin) {
    const name = options.stdinFilename ?? '<stdin>'
    const bytes = await readStdin()
    const decoded = decodeInput(bytes, name, Boolean(options.fix || options.fixDryRun), problems)
    // With --fix, what reply-lint cannot read (binary input) passes through untouched.
    if (!decoded) stdinOutput = options.fix ? bytes : undefined
    else {
      const format = sourceFormat(name, options.inputFormat)
      const fixable = (options.fix || options.fixDryRun) && decoded.invalidAt === undefined
      const {source, language, reportUnusedDisableDirectives} = settingsOptions(stdinSettings, {source: sourceOptions(options)})
      const result = await resolver.linterFor(stdinSettings).lintSource(decoded.text, recordingSplit(format, name, source, name, problems), {
        fix: fixable ? (fixFilter ?? true) : false,
        filePath: name,
        format: format.name,
        language,
        reportUnusedDisableDirectives,
        rewrites: wantsRewrites,
      })
      // Written back in its own encoding, BOM and all; unchanged input byte for byte.
      if (options.fix) stdinOutput = result.output !== undefined ? encodeText(result.output, decoded) : bytes
      await keep({...result, filePath: name})
    }
  }
  const expanded = await expandInputs(paths.filter(p => p !== '-'))
  problems.push(...expanded.problems)
  const progress = createProgress(expanded.files.length, {quiet: options.quiet})
  const named = new Set(paths.map(p => path.resolve(p)))
  // With worker threads, several files are read and split while earlier ones
  // are linted; outcomes are still taken in input order.
  const streamedFiles = new Set(expanded.files.filter(file => isStreamedFile(file, {inputFormat: options.inputFormat})))
  if (streamedFiles.size) await boundHeapGrowth()
  const pool = await startPool(options.jobs ?? jobsFor(expanded.files, streamedFiles), {...resolverOptions, cwd: process.cwd()})
  const window = pool ? pool.tasksAtOnce : 1
  const pending: Array<{file: string; outcome: Promise<{result?: FileResult; problems: InputProblem[]; entry?: Uint8Array}>; streamed?: {begun: boolean}}> = []
  const take = async () => {
    const {file, outcome, streamed} = pending.shift()!
    const {result, problems: found, entry} = await outcome
    problems.push(...found)
    if (result && streamed && writer) {
      if (!streamed.begun) await writer.begin(result.filePath)
      // A file lintFile did not read as a stream after all (not UTF-8) comes with its findings.
      await writer.add(result.findings.filter(f => visible(f, options)))
      await writer.end(result)
      results.push(countsOnly(result))
    } else if (result) await keep(result, entry)
    progress.tick(path.relative(process.cwd(), file))
  }
  try {
    for (const file of expanded.files) {
      const {settings, problems: skipped} = await settingsOrSkip(resolver, file, {named, cwd: process.cwd()})
      if (!settings) {
        pending.push({file, outcome: Promise.resolve({problems: skipped})})
      } else {
        const linter = resolver.linterFor(settings)
        const large = streamedFiles.has(file)
        // A file read as a stream writes its messages as they come, so it goes when the files before it are written.
        const streamed = writer && large ? {begun: false} : undefined
        if (streamed) while (pending.length) await take()
        // With workers, a file is read, linted and fixed by one of them, like here; a file too large for
        // that is read here as a stream and its segments go to the threads.
        const fileOptions = {fix: options.fix, fixDryRun: options.fixDryRun, inputFormat: options.inputFormat, rewrites: wantsRewrites, ...settingsOptions(settings, {source: sourceOptions(options)})}
        if (pool && !large) {
          const fixRules = fixFilter ? options.fixRule : undefined
          const jsonEntry = writer ? {severities: visibleSeverities(options)} : undefined
          pending.push({file, outcome: pool.lintFile(file, {...fileOptions, ...(fixRules ? {fixRules} : {})}, linter, jsonEntry)})
        } else {
          const streamedReport = streamed
            ? {
                severities: visibleSeverities(options),
                write: async (messages: Uint8Array[]) => {
                  if (!streamed.begun) await writer!.begin(file)
                  streamed.begun = true
                  await writer!.addMessages(messages)
                },
              }
            : undefined
          const segmentLinting = pool && large ? pool.segmentLinting(file) : undefined
          pending.push({file, streamed, outcome: lintFile(linter, file, {...fileOptions, fixFilter, streamedReport, segmentLinting})})
        }
      }
      if (pending.length >= window) await take()
    }
    while (pending.length) await take()
  } finally {
    await pool?.close()
  }
  progress.stop()
  const linters = resolver.allLinters()
  for (const note of new Set(linters.flatMap(l => l.notices))) process.stderr.write(`reply-lint: ${note}\n`)
  problems.forEach(reportProblem)

  const shown = results.map(r => {
    const findings = r.findings.filter(f => visible(f, options))
    return {...r, findings}
  })
  const color = useColor(options)
  if (stdinOutput !== undefined) process.stdout.write(stdinOutput)
  else if (writer) await (reportFile ? reportFile.finish(writer.close()) : writer.close())
  else {
    const text = await formatter(shown, {cwd: process.cwd(), color: color && !reportFile, rules: [...new Map(linters.flatMap(l => l.rules.map(a => [a.rule.id, a.rule] as const))).values()]})
    if (reportFile) await reportFile.write(text)
    else if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  }
  if (options.stats) process.stderr.write(`\n${formatStats(computeStats(shown, {displayPath: p => displayPath(p, process.cwd())}))}`)

  if (problems.some(p => p.fatal)) return EXIT.usage
  const errorCount = results.reduce((n, r) => n + r.errorCount, 0)
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0)
  return findingsExit({errorCount, warningCount}, options)
}

const REWRITE_FORMATS = new Set(['json', 'stylish', 'html'])

/** Exit 1 for any error, or for more warnings than --max-warnings allows (not counted with --quiet). */
function findingsExit(counts: {errorCount: number; warningCount: number}, options: CliOptions): number {
  if (counts.errorCount > 0) return EXIT.findings
  if (!options.quiet && options.maxWarnings >= 0 && counts.warningCount > options.maxWarnings) return EXIT.findings
  return EXIT.ok
}

/** --jobs by default: every core for inputs that repay a worker, this thread alone for the rest (see threadsFor). */
function jobsFor(files: readonly string[], streamed: ReadonlySet<string>): number {
  function* sizes() {
    for (const file of files) {
      try {
        yield {bytes: fs.statSync(file).size, shared: streamed.has(file)}
      } catch {
        // Unreadable files are reported when they are linted.
      }
    }
  }
  return threadsFor(sizes())
}

/** The worker pool for `jobs` > 1 (loaded only then: it is not needed for a reply or two). */
async function startPool(jobs: number, resolver: WorkerResolverOptions): Promise<ReplyPool | undefined> {
  if (jobs <= 1) return undefined
  const {ReplyPool} = await import('../src/parallel/pool.js')
  return new ReplyPool(jobs, resolver)
}

/** --stream: the JSONL-in, JSONL-out contract for pipelines; exit codes as for files. */
async function streamCommand(linter: Linter, options: CliOptions): Promise<number> {
  // Loaded only for --stream: it brings node:readline, which other runs need not load.
  const {lintStream} = await import('../src/stream.js')
  const summary = await lintStream(process.stdin, process.stdout, linter, {
    textField: options.textField,
    speakerField: options.speakerField,
    keep: f => visible(f, options),
  })
  for (const note of linter.notices) process.stderr.write(`reply-lint: ${note}\n`)
  if (!summary.badLines) return findingsExit(summary, options)
  process.stderr.write(`reply-lint: <stdin>: ${summary.badLines} of ${summary.lines} lines could not be linted (see their "error" results)\n`)
  return EXIT.usage
}
