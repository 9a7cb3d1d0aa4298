// The engine: runs the configured rules over replies and turns their reports
// into findings with positions, severities and fixes.
import type {ActiveRule, Config, Finding, Language, LanguageFamily, LintResult, Range, ReplyRewrite, ReplySpan, Rule, Service, Severity} from './types.js'
import {analyseReply} from './analysis.js'
import {RuleContext, type RawReport} from './context.js'
import {resolveRules} from './config/rules.js'
import {loadBuiltinRules} from './rules-loader.js'
import {loadServices} from './services.js'
import {hasHan, loadSimplifier, loadTraditionalizer} from './text/chinese.js'
import {LineIndex} from './text/positions.js'
import {EnglishSyntaxNotLoaded, loadEnglishSyntax} from './text/tokens.js'
import {applyFixes} from './fix.js'
import {applyDirectives, commentStyleOf, unusedDirectiveFindings} from './directives.js'
import {spellingUnavailable} from './spelling.js'
import {rewriteReplies, rewriteText} from './rewrite/reply-rewrite.js'
import {composeSiblings} from './rewrite/siblings.js'

/** Fix passes stop after this many, as in ESLint. */
export const MAX_FIX_PASSES = 10

/** A whole-reply rewrite is linted again and its new findings' rewrites applied at most this many times. */
export const MAX_REWRITE_PASSES = 3

/** Replies longer than this are rewritten in one pass: a reply someone pastes back is far shorter, and linting a huge one again costs as much as the run. */
const MAX_RELINTED_REPLY = 10_000

/** One reply inside a source text (a file). */
export interface Reply {
  text: string
  /** Offset of the reply's first character in the source. */
  start: number
  /**
   * Source offset of every reply offset (length text.length + 1), for replies
   * whose text differs from the source (JSON escapes); absent when the reply
   * is a plain slice of the source.
   */
  offsets?: ArrayLike<number>
  speaker?: string
  language?: Language
  /**
   * Turns replacement text into source text (escaping), for fixes. Returns
   * undefined when the text cannot be written there (a comma in an unquoted
   * CSV field): the finding then keeps its suggestions but loses its fix.
   */
  encode?: (text: string) => string | undefined
}

export interface LintOptions {
  config?: Config
  /** The rules to choose from; the built-in rules and the config's plugins by default. */
  rules?: Rule[]
  filePath?: string
  /** A language hint for sentences that do not tell by themselves. */
  language?: Language
  speaker?: string
  /** Apply fixes and return the fixed text as `output`. */
  fix?: boolean
  /** Add the whole-reply rewrite (LintResult.rewrites). */
  rewrites?: boolean
}

/** A reply's text and what the engine needs to know about it. */
export interface ReplyText {
  text: string
  speaker?: string
  language?: Language
}

export class Linter {
  readonly notices: string[] = []
  /** The rules that run: all but those whose findings nobody will see. */
  private readonly running: readonly ActiveRule[]

  /**
   * `unseenSeverities`: findings of these severities will not be shown (the
   * CLI hides info without --verbose), so their rules are not run; `rules`
   * still lists them (report formats describe every configured rule).
   */
  constructor(
    readonly rules: readonly ActiveRule[],
    options: {unseenSeverities?: readonly Severity[]} = {},
  ) {
    const unseen = options.unseenSeverities ?? []
    this.running = unseen.length ? rules.filter(a => !unseen.includes(a.severity)) : rules
  }

  static async create(options: {config?: Config; rules?: Rule[]} = {}): Promise<Linter> {
    const available = options.rules ?? [...(await loadBuiltinRules()), ...(options.config?.plugins ?? [])]
    return new Linter(resolveRules(available, options.config))
  }

  /** What has been loaded for this linter's replies (converters, service sets). */
  private readonly loaded = new Set<unknown>()
  /** The rules that apply to each combination of language families, and the services they need. */
  private readonly activeByFamilies = new Map<ReadonlySet<LanguageFamily>, RulesToRun>()
  /** The reports of the reply being linted, which every context reports to. */
  private reports: RawReport[] = []
  private readonly sink = (r: RawReport): void => void this.reports.push(r)

  private async load(what: unknown, loader: () => Promise<void>): Promise<void> {
    await loader()
    this.loaded.add(what)
  }

  /** `families` is one of the analysis's shared sets (see AnalysedReply.families), so it keys the cache itself. */
  private activeFor(families: ReadonlySet<LanguageFamily>): RulesToRun {
    let entry = this.activeByFamilies.get(families)
    if (!entry) {
      const active = this.running.filter(a => a.rule.meta.languages.some(l => families.has(l)))
      entry = {
        active,
        contexts: [],
        needs: new Set<Service>(active.flatMap(a => a.rule.meta.needs ?? [])),
        composed: new Set(active.filter(a => a.rule.meta.siblings !== 'separate').map(a => a.rule.id)),
      }
      this.activeByFamilies.set(families, entry)
    }
    return entry
  }

  /** Lints one reply's text; ranges are offsets in `text`. */
  async lintReply(text: string, options: {speaker?: string; language?: Language} = {}): Promise<RawReport[]> {
    for (;;) {
      const now = this.lintReplyNow(text, options)
      if (Array.isArray(now)) return now
      await now()
    }
  }

  /**
   * Lints one reply without waiting when everything it needs is loaded
   * (after the first few replies, always), sparing each reply a promise and
   * a turn of the event loop. Otherwise returns what to load before trying
   * again: the converters, a rule's services, or the English parser, which
   * loads when a rule first asks for tokens (see EnglishSyntaxNotLoaded).
   * Rules are pure, so running a reply's rules again from the start after a
   * load gives what one uninterrupted run would have.
   */
  private lintReplyNow(text: string, options: {speaker?: string; language?: Language}): RawReport[] | (() => Promise<void>) {
    const han = hasHan(text)
    if (han && !this.loaded.has('simplifier')) return () => this.load('simplifier', loadSimplifier)
    const reply = analyseReply(text, options, han)
    if (!this.loaded.has('traditionalizer') && reply.languages.has('zh-Hant')) return () => this.load('traditionalizer', loadTraditionalizer)
    const {active, contexts, needs, composed} = this.activeFor(reply.families)
    if (needs.size && !this.loaded.has(needs)) return () => this.load(needs, () => loadServices([...needs].filter(n => n !== 'english-syntax')))
    if (needs.has('spelling')) {
      const why = spellingUnavailable()
      if (why) this.addNotice(why)
    }
    const reports: RawReport[] = []
    this.reports = reports
    for (let i = 0; i < active.length; i++) {
      const a = active[i]!
      // One context per rule, moved from reply to reply: a context per rule
      // and reply was the most frequent allocation of a run, and a rule
      // keeps its context only while its check runs.
      const context = (contexts[i] ??= new RuleContext(reply, a.rule, a.severity, a.options, this.sink))
      context.moveTo(reply)
      const failure = runRule(a, context)
      if (failure === undefined) continue
      if (failure instanceof EnglishSyntaxNotLoaded) return loadEnglishSyntax
      // One line, whatever was thrown: a message may carry a stack or a whole report.
      const note = `rule ${a.rule.id} failed and was skipped: ${String((failure as Error | undefined)?.message ?? failure).split('\n')[0]}`
      this.addNotice(note)
    }
    if (reports.length < 2) return reports
    const distinct = dedupe(reports)
    composeSiblings(text, reply.sentences, distinct, composed)
    return distinct
  }

  /** Adds notices not given yet (a rule that failed, a dictionary missing), from here or from a thread that linted for this linter. */
  addNotice(...notes: readonly string[]): void {
    for (const note of notes) if (!this.notices.includes(note)) this.notices.push(note)
  }

  /** Lints the replies of one source text and places findings in it. */
  async lintReplies(source: string, replies: readonly Reply[]): Promise<Finding[]> {
    return this.placeReports(source, replies, await this.lintTexts(replies))
  }

  /** The reports of each reply, linted in this thread; a reply waits only while something it needs loads. */
  async lintTexts(replies: readonly ReplyText[]): Promise<RawReport[][]> {
    const all: RawReport[][] = []
    for (const reply of replies) {
      const now = this.lintReplyNow(reply.text, reply)
      all.push(Array.isArray(now) ? now : await this.lintReply(reply.text, reply))
    }
    return all
  }

  /** Turns each reply's reports into findings placed in the source (`reports[i]` belongs to `replies[i]`). */
  placeReports(source: string, replies: readonly Reply[], reports: readonly RawReport[][]): Finding[] {
    const lines = new LineIndex(source)
    const findings: Finding[] = []
    replies.forEach((reply, i) => {
      // Most replies have no reports.
      if (!reports[i]!.length) return
      const encode = reply.encode ?? unchanged
      for (const r of reports[i]!) {
        const range = sourceRange(reply, r.range)
        const fixText = r.fix && encode(r.fix.text)
        const start = lines.position(range[0])
        const end = lines.position(range[1])
        // A loop and push rather than map: optimised code's map makes holey
        // arrays where the interpreter's makes packed ones, and the
        // formatters' code that met one kind was thrown away for the other.
        const suggestions: Finding['suggestions'] = []
        for (const s of r.suggestions) suggestions.push({message: s.message, text: encode(s.text) ?? s.text, range: sourceRange(reply, s.range), placeholder: s.placeholder})
        findings.push({
          ruleId: r.ruleId,
          severity: r.severity,
          message: r.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          range,
          actual: source.slice(range[0], range[1]),
          language: r.language,
          suggestions,
          ...(r.fix && fixText !== undefined ? {fix: {text: fixText, range: sourceRange(reply, r.fix.range)}} : {}),
          ...(reply.speaker ? {speaker: reply.speaker} : {}),
        })
      }
    })
    return findings.sort(byPosition)
  }

  /**
   * Lints a source, fixing first when asked: fixes are applied and the text
   * re-linted until nothing changes, at most MAX_FIX_PASSES times.
   */
  async lintSource(
    source: string,
    split: (source: string) => Reply[],
    options: SourceLintOptions = {},
  ): Promise<LintResult> {
    let text = source
    let replies = withLanguageHint(split(text), options.language)
    let findings = await directedFindings(this, text, replies, options)
    if (options.fix) {
      const wanted = typeof options.fix === 'function' ? options.fix : () => true
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = findings.filter(f => f.fix && wanted(f)).map(f => f.fix!)
        if (!fixes.length) break
        const {output} = applyFixes(text, fixes, {tidy: true})
        if (output === text) break
        text = output
        replies = withLanguageHint(split(text), options.language)
        findings = await directedFindings(this, text, replies, options)
      }
    }
    const spans = replies.map(replySpan)
    return summarise(findings, {
      filePath: options.filePath,
      source,
      output: text !== source ? text : undefined,
      notices: [...this.notices],
      replyCount: replies.length,
      replies: spans,
      ...(options.rewrites ? {rewrites: await this.rewriteReplies(text, replies, spans, findings)} : {}),
    })
  }

  /**
   * The whole-reply rewrites of a linted text (see rewriteReplies), each
   * linted again and its new findings' rewrites applied, at most
   * MAX_REWRITE_PASSES times, so that it lints clean where the rules'
   * rewrites allow. Replies without findings cost nothing. A reply whose
   * text is not a plain slice of the source (JSON escapes) is rewritten in
   * one pass, as it is not linted in source form, and so is a very long one.
   */
  async rewriteReplies(text: string, replies: readonly Reply[], spans: readonly ReplySpan[], findings: readonly Finding[]): Promise<ReplyRewrite[]> {
    const rewrites = rewriteReplies(text, findings, spans)
    if (!rewrites.length) return rewrites
    const byStart = new Map(replies.map((r, i) => [spans[i]!.range[0], r] as const))
    for (const rewrite of rewrites) {
      const reply = byStart.get(rewrite.range[0])
      if (!reply || reply.offsets || reply.encode || rewrite.text.length > MAX_RELINTED_REPLY) continue
      // A pass is kept only if it leaves fewer findings than the text it
      // rewrote: a rewrite that brings its own finding back would otherwise
      // be applied again and again into the text.
      let kept = {text: rewrite.text, needsInput: rewrite.needsInput}
      let keptFindings = Infinity
      let current = kept
      for (let pass = 0; pass <= MAX_REWRITE_PASSES; pass++) {
        const reports = await this.lintReply(current.text, reply)
        if (reports.length >= keptFindings) break
        kept = current
        keptFindings = reports.length
        if (!reports.length || pass === MAX_REWRITE_PASSES) break
        const again = rewriteText(current.text, reports)
        if (!again.changed) break
        current = {text: again.text, needsInput: current.needsInput || again.needsInput}
      }
      rewrite.text = kept.text
      rewrite.needsInput = kept.needsInput
    }
    return rewrites
  }
}

export interface SourceLintOptions {
  fix?: boolean | ((f: Finding) => boolean)
  filePath?: string
  /** The input format's name: it decides the comment syntax of inline directives. */
  format?: string
  /** A language hint for replies whose source does not give one. */
  language?: Language
  /** Report reply-lint-disable directives that silence nothing. */
  reportUnusedDisableDirectives?: boolean
  /** Add the whole-reply rewrites (LintResult.rewrites). */
  rewrites?: boolean
}

/** The findings of a source after inline directives (reply-lint-disable …) have had their say. */
async function directedFindings(linter: Linter, text: string, replies: Reply[], options: SourceLintOptions): Promise<Finding[]> {
  const {findings, unused} = applyDirectives(text, options.format, await linter.lintReplies(text, replies))
  if (!options.reportUnusedDisableDirectives || !unused.length) return findings
  return [...findings, ...unusedDirectiveFindings(text, unused, commentStyleOf(options.format))].sort(byPosition)
}

/**
 * A reply's range in source offsets. A function of its own rather than a
 * closure made per reply: in a 100 MB run that closure was compiled eight
 * or nine times over, with no deoptimisation, as its short-lived copies came
 * and went.
 */
function sourceRange(reply: Reply, [s, e]: Range): Range {
  return reply.offsets ? [reply.offsets[s]!, reply.offsets[e]!] : [reply.start + s, reply.start + e]
}

function unchanged(text: string): string {
  return text
}

/** Findings in source order; ties by end, then rule id, so output is deterministic. */
function byPosition(a: Finding, b: Finding): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId)
}

function withLanguageHint(replies: Reply[], language: Language | undefined): Reply[] {
  return language ? replies.map(r => (r.language ? r : {...r, language})) : replies
}

/** Where a reply sits in its source text, for per-reply statistics. */
function replySpan(reply: Reply): ReplySpan {
  const end = reply.offsets ? reply.offsets[reply.text.length]! : reply.start + reply.text.length
  const start = reply.offsets ? reply.offsets[0]! : reply.start
  return reply.speaker ? {range: [start, end], speaker: reply.speaker} : {range: [start, end]}
}

/** The rules that run on replies of some languages, their contexts (made as they are first needed) and the services they need. */
interface RulesToRun {
  active: readonly ActiveRule[]
  contexts: RuleContext[]
  needs: Set<Service>
  /** Rules whose findings in one sentence are composed into one rewrite (see RuleMeta.siblings). */
  composed: ReadonlySet<string>
}

/** Runs a rule over a reply; returns what it threw, if anything (its reports up to then stay in the sink). */
function runRule(a: ActiveRule, context: RuleContext): unknown {
  try {
    a.rule.check(context)
    return undefined
  } catch (error) {
    return error
  }
}

function dedupe(reports: RawReport[]): RawReport[] {
  const seen = new Set<string>()
  return reports.filter(r => {
    const key = `${r.ruleId}:${r.range[0]}:${r.range[1]}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A LintResult's counts of findings. */
export const FINDING_COUNTS = ['errorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount'] as const

export type FindingCounts = Pick<LintResult, (typeof FINDING_COUNTS)[number]>

/** How many findings there are of each severity, and how many of those can be fixed. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const count = (sev: string, fixable = false) => findings.filter(f => f.severity === sev && (!fixable || f.fix)).length
  return {
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
  }
}

export function summarise(findings: Finding[], extra: Partial<LintResult> = {}): LintResult {
  const result: LintResult = {
    filePath: extra.filePath,
    findings,
    ...countFindings(findings),
    source: extra.source,
  }
  if (extra.output !== undefined) result.output = extra.output
  if (extra.notices?.length) result.notices = extra.notices
  if (extra.replyCount !== undefined) result.replyCount = extra.replyCount
  if (extra.replies) result.replies = extra.replies
  if (extra.rewrites) result.rewrites = extra.rewrites
  return result
}

/** The whole text as one reply. */
export function wholeText(text: string): Reply[] {
  return [{text, start: 0}]
}

/**
 * Lints one reply (or any text treated as one reply).
 *
 * ```ts
 * const {findings} = await lint('We guarantee it arrives tomorrow.')
 * ```
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const linter = await Linter.create(options)
  const asReply = (t: string): Reply[] => [{text: t, start: 0, speaker: options.speaker, language: options.language}]
  return linter.lintSource(text, asReply, {fix: options.fix, filePath: options.filePath, rewrites: options.rewrites})
}
