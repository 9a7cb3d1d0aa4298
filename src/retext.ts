// reply-lint as a unified (retext) plugin:
//
//   unified().use(retextEnglish).use(replyLint, {rules: {...}}).use(retextStringify)
//
// It lints the file's text with reply-lint's rules and reports each finding
// as a vfile message (ruleId, source 'reply-lint', place, actual, expected),
// so vfile-reporter and other unified tooling show them. The syntax tree is
// left as it is: the plugin reads the text, so it fits any parser.
import type {VFile} from 'vfile'
import {Linter, wholeText} from './engine.js'
import type {Config, Finding, Language} from './types.js'

export interface RetextReplyLintOptions extends Config {
  /** A language hint for sentences that do not tell by themselves. */
  language?: Language
}

/** The rewrites of a finding, the fix first, each once. */
function expectedOf(finding: Finding): string[] {
  return [...new Set([...(finding.fix ? [finding.fix.text] : []), ...finding.suggestions.map(s => s.text)])]
}

function report(file: VFile, finding: Finding): void {
  const message = file.message(finding.message, {
    place: {
      start: {line: finding.line, column: finding.column, offset: finding.range[0]},
      end: {line: finding.endLine, column: finding.endColumn, offset: finding.range[1]},
    },
    ruleId: finding.ruleId,
    source: 'reply-lint',
  })
  message.actual = finding.actual
  message.expected = expectedOf(finding)
  message.fatal = false
}

export default function retextReplyLint(options: RetextReplyLintOptions = {}) {
  const {language, ...config} = options
  // One linter per processor: its rules load once, on the first file.
  let linter: Promise<Linter> | undefined
  return async function transformer(_tree: unknown, file: VFile): Promise<void> {
    linter ??= Linter.create({config})
    const result = await (await linter).lintSource(String(file), wholeText, {language})
    for (const finding of result.findings) report(file, finding)
  }
}
