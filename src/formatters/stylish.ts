// The default, human-readable report: findings grouped by file, each with its
// rewrite underneath, and a summary line.
import {Chalk} from 'chalk'
import type {Formatter} from './types.js'
import {bestRewrite, displayPath, lintedText, plural} from './display.js'
import type {FileResult} from '../files.js'
import {LineIndex} from '../text/positions.js'

/**
 * Whole-reply rewrites are shown for a file with at most this many of them:
 * a transcript with thousands of flagged replies would bury its findings
 * (the json and html reports carry them all).
 */
const MAX_SHOWN_REPLIES = 5
/** Nor is a reply longer than this shown whole. */
const MAX_SHOWN_LENGTH = 1200

export const stylish: Formatter = (results, context) => {
  const c = new Chalk({level: context.color ? 1 : 0})
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixable = 0
  for (const result of results) {
    if (!result.findings.length) continue
    const file = displayPath(result.filePath, context.cwd)
    out.push('', c.underline(file))
    for (const f of result.findings) {
      if (f.severity === 'error') errors++
      else if (f.severity === 'warning') warnings++
      else infos++
      if (f.fix) fixable++
      const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info')
      out.push(`  ${c.dim(`${file}:${f.line}:${f.column}`)}  ${sev}  ${f.message}  ${c.dim(f.ruleId)}`)
      const best = bestRewrite(f)
      if (best) {
        // A rewrite may replace more than the flagged words (a whole clause).
        // After fixing, offsets refer to the fixed text, not the original.
        const replaced = lintedText(result)?.slice(best.range[0], best.range[1]) ?? f.actual
        const original = replaced.length > 60 ? `${replaced.slice(0, 57)}…` : replaced
        out.push(`      ${c.green('→')} “${original}” → “${c.green(best.text)}”${f.fix ? c.dim('  (fixable)') : ''}`)
      }
    }
    out.push(...suggestedReplies(result, c))
  }
  const total = errors + warnings + infos
  if (!total) return ''
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos) parts.push(`${infos} info`)
  const colour = errors ? c.red.bold : warnings ? c.yellow.bold : c.blue.bold
  out.push('', colour(`✖ ${plural(total, 'problem')} (${parts.join(', ')})`))
  if (fixable) out.push(colour(`  ${fixable} ${fixable === 1 ? 'problem is' : 'problems are'} fixable with the \`--fix\` option.`))
  return out.join('\n') + '\n'
}

/** The "Suggested reply:" blocks under a file's findings. */
function suggestedReplies(result: FileResult, c: InstanceType<typeof Chalk>): string[] {
  const rewrites = result.rewrites ?? []
  if (!rewrites.length) return []
  if (rewrites.length > MAX_SHOWN_REPLIES) return ['', c.dim(`  ${rewrites.length} replies have a suggested rewrite: see them with --format json or --format html.`)]
  const text = lintedText(result)
  const lines = text === undefined ? undefined : new LineIndex(text)
  const out: string[] = []
  for (const r of rewrites) {
    if (r.text.length > MAX_SHOWN_LENGTH) continue
    const where = lines && rewrites.length > 1 ? ` (line ${lines.position(r.range[0]).line})` : ''
    out.push('', `  ${c.bold(`Suggested reply${where}:`)}`)
    for (const line of r.text.trimEnd().split('\n')) out.push(`    ${c.green(line)}`)
    if (r.needsInput) out.push(c.dim('    (fill in the [bracketed] parts before sending)'))
  }
  return out
}
