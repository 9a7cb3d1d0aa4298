// The command line: options, help text and their parsing.
import {Command, Option, InvalidArgumentError} from 'commander'

export interface CliOptions {
  format: string
  outputFile?: string
  stats?: boolean
  fix?: boolean
  fixDryRun?: boolean
  /** --fix-rule: only these rules' fixes are applied. */
  fixRule?: string[]
  rule: string[]
  preset?: string
  /** A config file path, or false for --no-config. */
  config?: string | false
  printConfig?: string
  init?: boolean
  reportUnusedDisableDirectives?: boolean
  quiet?: boolean
  verbose?: boolean
  maxWarnings: number
  color?: boolean
  stdinFilename?: string
  inputFormat?: string
  split?: 'file' | 'paragraph'
  speaker?: string[]
  textField?: string
  speakerField?: string
  column?: string
  speakerColumn?: string
  explain?: string
  listRules?: boolean
  debug?: boolean
  /** --lsp: handled before the options are parsed (see run). */
  lsp?: boolean
  stream?: boolean
  jobs?: number
}

// `previous` is undefined for options without a default (--speaker), so that "not given" stays visible.
const collect = (value: string, previous: string[] = []) => [...previous, value]

function integer(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected a whole number (-1 for no limit)')
  return n
}

function positive(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return n
}

const EXAMPLES = `
Examples:
  $ reply-lint replies/                      lint every reply file under replies/
  $ reply-lint "macros/**/*.txt"             lint files matching a glob
  $ echo "We guarantee it!" | reply-lint     lint text from stdin
  $ reply-lint --format json replies/ > report.json
  $ reply-lint --format html --output-file report.html --stats transcripts/
  $ reply-lint --format ./my-formatter.js replies/   a custom formatter module
  $ reply-lint --fix replies/                apply meaning-preserving fixes in place
  $ reply-lint --rule first-person-overuse=off --rule impatience=error replies/
  $ reply-lint --explain absolute-promise    show a rule's documentation
  $ reply-lint --print-config replies/a.txt  the settings that apply to a file

Exit codes:
  0  no error-level findings and no more warnings than --max-warnings
  1  error-level findings, or too many warnings
  2  usage, configuration or input errors (missing or unreadable files, ...)
`

export function buildProgram(version: string): Command {
  return new Command('reply-lint')
    .description('Lint customer-service replies: find wording that loses customers and suggest better wording.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories or globs to lint; stdin when none is given or "-"')
    .addOption(
      new Option('-f, --format <name>', 'output format: stylish, json, sarif, github, junit, checkstyle, compact, unix, html, or a formatter module path or package').default('stylish'),
    )
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--stats', 'print a summary by rule, speaker and file to stderr (replies linted, with findings, per 100 replies)')
    .option('--fix', 'apply meaning-preserving fixes to the files')
    .option('--fix-dry-run', 'compute fixes without writing them (the json format shows the output)')
    .option('--fix-rule <ids>', 'with --fix or --fix-dry-run: apply only these rules\' fixes (comma-separated; repeatable)', (value: string, previous: string[] = []) => [...previous, ...value.split(',').map(id => id.trim()).filter(Boolean)])
    .option('--rule <id=severity>', 'set a rule\'s severity (off, info, warning, error); repeatable', collect, [])
    .option('--preset <name>', 'start from a preset: recommended (default) or strict')
    .option('-c, --config <path>', 'use this config file for every input instead of looking for one above each file')
    .option('--no-config', 'use no config file: the built-in defaults and the command-line flags only (loads no code)')
    .option('--print-config <file>', 'print the configuration that applies to a file, as JSON, and exit')
    .option('--init', 'write a commented starter .replylintrc.yaml into the current folder and exit')
    .option('--report-unused-disable-directives', 'warn about reply-lint-disable comments that silence nothing')
    .option('--quiet', 'report errors only')
    .option('--verbose', 'also report info-level findings')
    .addOption(new Option('--max-warnings <n>', 'number of warnings that still exits 0 (-1: no limit)').argParser(integer).default(0))
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--stdin-filename <name>', 'the name to report for text read from stdin')
    .option('--input-format <name>', 'read every input in this format instead of choosing by extension (text, transcript, markdown, json, jsonl, csv, tsv, yaml)')
    .addOption(new Option('--split <mode>', 'text and Markdown: one reply per file, or one per paragraph / list item').choices(['file', 'paragraph']))
    .option('--speaker <names>', 'the speakers whose messages are linted: names, roles or ids, comma-separated or repeated (default: agent roles such as agent, support, assistant, 客服, 商家)', collect)
    .option('--text-field <path>', 'JSON/YAML: where the reply text is in each message (dotted path, e.g. body or text.content)')
    .option('--speaker-field <path>', 'JSON/YAML: where the speaker is in each message (dotted path, e.g. author.role)')
    .option('--column <name|n>', 'CSV/TSV: the column holding the replies (header name or 1-based number)')
    .option('--speaker-column <name|n>', 'CSV/TSV: the column naming who wrote each row')
    .option('--explain <rule>', 'print the documentation of a rule and exit')
    .option('--list-rules', 'list the rules with their default severity and exit')
    .option('--stream', 'read JSONL on stdin, write one JSON result line per input line, in order, flushed as it goes')
    .addOption(new Option('-j, --jobs <n>', 'threads that lint: this one and n - 1 workers (default: one per core when the inputs can be shared and are over 16 MiB on two cores, less on more; else 1)').argParser(positive))
    .option('--lsp', 'run as a language server over stdin/stdout, for editors (see docs/editor.md)')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run reply-lint --help for usage)')
}
