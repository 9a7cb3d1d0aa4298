// Inline directives: comments in a linted file that silence findings.
//
//   reply-lint-disable [rule, ...] [-- reason]            until reply-lint-enable or the end
//   reply-lint-enable [rule, ...]
//   reply-lint-disable-line [rule, ...] [-- reason]       the directive's own line
//   reply-lint-disable-next-line [rule, ...] [-- reason]  the line after the directive
//
// Each input format carries them in its own comment syntax:
//   html:  <!-- reply-lint-disable-next-line impatience -->   (plain text, Markdown, transcripts)
//   hash:  # reply-lint-disable-line                          (YAML)
//   value: JSON, JSONL and CSV have no comments, so a directive is a string
//          value of its own: a message or a cell whose whole text is the
//          directive ("reply-lint-disable-next-line impatience"), or a field
//          "reply-lint": "disable-line impatience" in a JSON object. In JSON a
//          "line" is the object that holds the directive (a message, a
//          record) and the "next line" is the next object; in CSV it is the row.
import type {Finding, Range} from './types.js'
import {LineIndex} from './text/positions.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'
export type CommentStyle = 'html' | 'hash' | 'value'

export interface Directive {
  kind: DirectiveKind
  /** The rule ids it names; empty for every rule. */
  rules: string[]
  reason?: string
  /** The whole comment (or value) in the source. */
  range: Range
  /** What removing the directive removes: its comment, and its line when nothing else is on it. */
  removal: Range
  /** The source text that restates the directive without some rule ids (for partial removal). */
  restate(rules: string[]): string
  /** Offsets whose findings a line directive covers; undefined for disable / enable blocks. */
  scope?: Range
  /** A disable-next-line in a JSON object: its "next line" is the next object. */
  nextObject?: boolean
}

/**
 * Where disable / enable blocks stand at a point of a source: what a later
 * part of it, linted apart, starts from (a segment of a file read as a stream).
 */
export interface BlockState {
  /** A disable of every rule is in force. */
  all: boolean
  /** Rules disabled by name. */
  rules: string[]
  /** Rules enabled again by name within a disable of every rule. */
  reenabled: string[]
}

/** What the directives before a part of a source, linted apart, say about it. */
export interface CarriedDirectives {
  blocks: BlockState
  /** disable-next-line directives whose next line (or next object) is the part's first. */
  nextLine: Array<{rules: string[]; nextObject: boolean}>
}

export interface UnusedDirective {
  directive: Directive
  /** The rule ids nothing was reported for; empty when the directive names no rule. */
  rules: string[]
}

export interface DirectiveOutcome {
  findings: Finding[]
  unused: UnusedDirective[]
}

/** The rule id of the findings that report unused disable directives. */
export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive'

const KIND = 'disable-next-line|disable-line|disable|enable'

/** In every directive, whatever the comment syntax: a text without it has none. */
export const DIRECTIVE_MARK = 'reply-lint'

/** Comment syntax by input format name; formats not listed take HTML comments. */
export function commentStyleOf(format: string | undefined): CommentStyle {
  switch (format) {
    case 'yaml':
    case 'yml':
      return 'hash'
    case 'json':
    case 'jsonl':
    case 'ndjson':
    case 'csv':
    case 'tsv':
      return 'value'
    default:
      return 'html'
  }
}

/** `rule-a, rule-b -- why` as rule ids and a reason. */
function parseBody(body: string): {rules: string[]; reason?: string} {
  const [list = '', ...why] = body.split(/\s-{2,}\s?/)
  const reason = why.join(' -- ').trim()
  const rules = list
    .split(',')
    .map(r => r.trim())
    .filter(Boolean)
  return {rules, ...(reason ? {reason} : {})}
}

/** The offset where the line holding `offset` starts (after \n, \r\n or a lone \r). */
export function lineStart(source: string, offset: number): number {
  const nl = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1))
  return nl + 1
}

/** The offset of the line break that ends the line holding `offset`, or the text's end. */
export function lineEnd(source: string, offset: number): number {
  const match = /\r\n|\r|\n/g
  match.lastIndex = offset
  const m = match.exec(source)
  return m ? m.index : source.length
}

/** The end of the line break at `offset` (after \r\n, \n or \r), or offset at the end of the text. */
function afterBreak(source: string, offset: number): number {
  if (source.startsWith('\r\n', offset)) return offset + 2
  return offset < source.length ? offset + 1 : offset
}

/** The directive's own line, removed whole when the comment is all it holds. */
function removalRange(source: string, range: Range): Range {
  const start = lineStart(source, range[0])
  const end = lineEnd(source, range[1])
  const alone = !source.slice(start, range[0]).trim() && !source.slice(range[1], end).trim()
  if (alone) return [start, afterBreak(source, end)]
  // Keep the text before a trailing comment, without the spaces that led to it.
  let from = range[0]
  while (from > start && /[ \t]/.test(source[from - 1]!)) from--
  return [from, range[1]]
}

function lineScope(source: string, kind: DirectiveKind, range: Range): Range | undefined {
  if (kind === 'disable-line') return [lineStart(source, range[0]), lineEnd(source, range[0])]
  if (kind === 'disable-next-line') {
    const end = lineEnd(source, range[1])
    if (end === source.length) return [end, end] // no next line: covers nothing
    const next = afterBreak(source, end)
    return [next, lineEnd(source, next)]
  }
  return undefined
}

function parseComments(source: string, regex: RegExp, restate: (kind: string, rules: string[], reason?: string) => string): Directive[] {
  const directives: Directive[] = []
  for (const m of source.matchAll(regex)) {
    const start = m.index! + (m.groups!.lead?.length ?? 0)
    const range: Range = [start, m.index! + m[0].length]
    const kind = m.groups!.kind as DirectiveKind
    const {rules, reason} = parseBody(m.groups!.body ?? '')
    directives.push({
      kind,
      rules,
      ...(reason ? {reason} : {}),
      range,
      removal: removalRange(source, range),
      restate: kept => restate(kind, kept, reason),
      scope: lineScope(source, kind, range),
    })
  }
  return directives
}

const withReason = (text: string, reason?: string) => (reason ? `${text} -- ${reason}` : text)

function parseHtml(source: string): Directive[] {
  const regex = new RegExp(`<!--[ \\t]*reply-lint-(?<kind>${KIND})(?=\\s|-->)(?<body>[\\s\\S]*?)-->`, 'g')
  return parseComments(source, regex, (kind, rules, reason) => `<!-- ${withReason(`reply-lint-${kind} ${rules.join(', ')}`, reason)} -->`)
}

function parseHash(source: string): Directive[] {
  const regex = new RegExp(`(?<lead>^|[ \\t])#[ \\t]*reply-lint-(?<kind>${KIND})(?=[ \\t]|$)(?<body>[^\\r\\n]*)`, 'gm')
  return parseComments(source, regex, (kind, rules, reason) => `# ${withReason(`reply-lint-${kind} ${rules.join(', ')}`, reason)}`)
}

/**
 * Objects of a JSON text by their braces, strings skipped: for each `{`, the
 * offset after its `}`. Text that is not JSON yields what it can.
 */
export function jsonObjects(source: string): Range[] {
  const objects: Range[] = []
  const open: number[] = []
  let inString = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{') open.push(i)
    else if (c === '}' && open.length) objects.push([open.pop()!, i + 1])
  }
  return objects.sort((a, b) => a[0] - b[0])
}

function parseValues(source: string): Directive[] {
  const objects = jsonObjects(source)
  const innermost = (offset: number) =>
    objects.filter(([s, e]) => s < offset && offset < e).sort((a, b) => a[1] - a[0] - (b[1] - b[0]))[0]
  const siblingAfter = (object: Range) => objects.find(([s]) => s >= object[1])
  const directives: Directive[] = []
  const add = (kind: DirectiveKind, body: string, range: Range, value: Range, restate: (rules: string[], reason?: string) => string) => {
    const {rules, reason} = parseBody(body)
    const object = innermost(range[0])
    let scope = lineScope(source, kind, range)
    if (object && kind === 'disable-line') scope = object
    if (object && kind === 'disable-next-line') scope = siblingAfter(object) ?? [source.length, source.length]
    // A value cannot be cut out of JSON or CSV without breaking it: emptying it is the removal.
    directives.push({kind, rules, ...(reason ? {reason} : {}), range, removal: value, restate: kept => restate(kept, reason), scope, ...(object && kind === 'disable-next-line' ? {nextObject: true} : {})})
  }
  const field = new RegExp(`"reply-lint"\\s*:\\s*"(?<kind>${KIND})(?<body>[^"\\r\\n]*)"`, 'g')
  for (const m of source.matchAll(field)) {
    const range: Range = [m.index!, m.index! + m[0].length]
    const valueStart = m.index! + m[0].lastIndexOf('"', m[0].length - 2)
    const value: Range = [valueStart, range[1]]
    add(m.groups!.kind as DirectiveKind, m.groups!.body!, range, value, (kept, reason) => `"reply-lint": "${withReason(`${m.groups!.kind} ${kept.join(', ')}`, reason)}"`)
  }
  // A quoted string (JSON value, quoted CSV cell) or an unquoted CSV cell holding just the directive.
  const quoted = new RegExp(`"[ \\t]*reply-lint-(?<kind>${KIND})(?=[\\s"])(?<body>[^"\\r\\n]*)"`, 'g')
  const cell = new RegExp(`(?<=^|[,;\\t])[ \\t]*reply-lint-(?<kind>${KIND})(?=[ \\t,;]|$)(?<body>[^,;"\\r\\n]*)`, 'gm')
  for (const regex of [quoted, cell]) {
    for (const m of source.matchAll(regex)) {
      const range: Range = [m.index!, m.index! + m[0].length]
      if (directives.some(d => d.range[0] <= range[0] && range[1] <= d.range[1])) continue
      const q = regex === quoted ? '"' : ''
      add(m.groups!.kind as DirectiveKind, m.groups!.body!, range, range, (kept, reason) => `${q}${withReason(`reply-lint-${m.groups!.kind} ${kept.join(', ')}`, reason)}${q}`)
    }
  }
  return directives.sort((a, b) => a.range[0] - b.range[0])
}

/** The directives of a source, in order. */
export function parseDirectives(source: string, style: CommentStyle): Directive[] {
  if (!source.includes(DIRECTIVE_MARK)) return []
  return style === 'hash' ? parseHash(source) : style === 'value' ? parseValues(source) : parseHtml(source)
}

const names = (d: Directive, ruleId: string) => !d.rules.length || d.rules.includes(ruleId)

/**
 * Drops the findings that directives silence, and findings inside the
 * directives themselves (a reason is not a reply). Returns the kept findings
 * and the disable directives that silenced nothing.
 */
export function applyDirectives(source: string, format: string | undefined, findings: readonly Finding[], carried?: CarriedDirectives): DirectiveOutcome {
  const directives = parseDirectives(source, commentStyleOf(format))
  if (!directives.length && !carried) return {findings: [...findings], unused: []}
  const used = new Map<Directive, Set<string>>()
  const markUsed = (d: Directive, ruleId: string) => used.set(d, (used.get(d) ?? new Set()).add(ruleId))
  const blocks = directives.filter(d => d.kind === 'disable' || d.kind === 'enable')
  /** Line directives (only they have a scope), those carried from before the source first. */
  const lines = [...(carried ? carriedLineDirectives(source, carried) : []), ...directives.filter(d => d.scope)]
  const initial = carried?.blocks ?? NO_BLOCKS

  const kept = findings.filter(finding => {
    const at = finding.range[0]
    if (directives.some(d => d.range[0] <= at && at < d.range[1])) return false
    const line = lines.find(d => d.scope![0] <= at && at <= d.scope![1] && names(d, finding.ruleId))
    const silencer = line ?? blockSilencer(blocks, finding.ruleId, at, initial)
    if (!silencer) return true
    markUsed(silencer, finding.ruleId)
    return false
  })

  const unused: UnusedDirective[] = []
  for (const d of directives) {
    if (d.kind === 'enable') continue
    const hits = used.get(d)
    if (!d.rules.length) {
      if (!hits) unused.push({directive: d, rules: []})
      continue
    }
    const idle = d.rules.filter(r => !hits?.has(r))
    if (idle.length) unused.push({directive: d, rules: idle})
  }
  return {findings: kept, unused}
}

const NO_BLOCKS: BlockState = {all: false, rules: [], reenabled: []}

/**
 * Stands for a directive before the source (carried into it): it silences
 * as the directive would, and is never reported unused here, where it is not.
 */
const CARRIED: Directive = {kind: 'disable', rules: [], range: [-1, -1], removal: [-1, -1], restate: () => ''}

/** The disable directive whose block covers `offset` for a rule, if any. */
function blockSilencer(blocks: readonly Directive[], ruleId: string, offset: number, initial: BlockState): Directive | undefined {
  const {all, perRule, reenabled} = walkBlocks(blocks, initial, offset)
  return perRule.get(ruleId) ?? (all && !reenabled.has(ruleId) ? all : undefined)
}

/** The blocks in force after the directives that end by `offset`, from an initial state. */
function walkBlocks(blocks: readonly Directive[], initial: BlockState, offset = Infinity) {
  let all: Directive | undefined = initial.all ? CARRIED : undefined
  const perRule = new Map<string, Directive>(initial.rules.map(r => [r, CARRIED]))
  const reenabled = new Set<string>(initial.reenabled)
  for (const d of blocks) {
    if (d.range[1] > offset) break
    if (d.kind === 'disable') {
      if (!d.rules.length) {
        all = d
        reenabled.clear()
      } else for (const r of d.rules) perRule.set(r, d)
    } else if (!d.rules.length) {
      all = undefined
      perRule.clear()
      reenabled.clear()
    } else {
      for (const r of d.rules) {
        perRule.delete(r)
        if (all) reenabled.add(r)
      }
    }
  }
  return {all, perRule, reenabled}
}

/** The carried disable-next-line directives, as line directives of this source: its first object or first line. */
function carriedLineDirectives(source: string, carried: CarriedDirectives): Directive[] {
  const firstLine: Range = [0, lineEnd(source, 0)]
  const firstObject = () => jsonObjects(source)[0] ?? [source.length, source.length]
  return carried.nextLine.map(({rules, nextObject}) => ({...CARRIED, kind: 'disable-next-line', rules, scope: nextObject ? firstObject() : firstLine}))
}

/**
 * What the directives up to the end of a source (`directives`, as
 * parseDirectives gives them) say about the text that follows it, linted
 * apart; undefined when they say nothing. `carried`: what came into the
 * source from before it.
 */
export function directivesAfter(source: string, directives: readonly Directive[], carried?: CarriedDirectives): CarriedDirectives | undefined {
  const {all, perRule, reenabled} = walkBlocks(
    directives.filter(d => d.kind === 'disable' || d.kind === 'enable'),
    carried?.blocks ?? NO_BLOCKS,
  )
  const blocks: BlockState = {all: Boolean(all), rules: [...perRule.keys()], reenabled: all ? [...reenabled] : []}
  // A disable-next-line whose next line is past the end of the source.
  const nextLine = directives
    .filter(d => d.kind === 'disable-next-line' && d.scope![0] >= source.length)
    .map(d => ({rules: d.rules, nextObject: Boolean(d.nextObject)}))
  return blocks.all || blocks.rules.length || nextLine.length ? {blocks, nextLine} : undefined
}

/** Findings for unused directives, each with the edit that removes what is unused. */
export function unusedDirectiveFindings(source: string, unused: readonly UnusedDirective[], style: CommentStyle): Finding[] {
  const lines = new LineIndex(source)
  return unused.map(({directive, rules}) => {
    const whole = !rules.length || rules.length === directive.rules.length
    const label = `reply-lint-${directive.kind}`
    const message = rules.length
      ? `Unused ${label} directive (no problems were reported from ${rules.map(r => `'${r}'`).join(' or ')}).`
      : `Unused ${label} directive (no problems were reported).`
    // The suggestion shows the directive itself; the fix also takes the line it leaves empty.
    const edit = whole
      ? {message: 'Remove the unused directive', text: style === 'value' ? '""' : '', range: style === 'value' ? directive.removal : directive.range, placeholder: false}
      : {
          message: `Remove ${rules.map(r => `'${r}'`).join(', ')} from the directive`,
          text: directive.restate(directive.rules.filter(r => !rules.includes(r))),
          range: directive.range,
          placeholder: false,
        }
    const fixRange = whole && style !== 'value' ? directive.removal : edit.range
    const start = lines.position(directive.range[0])
    const end = lines.position(directive.range[1])
    // Emptying a JSON or CSV value keeps an empty message behind: offered, never applied by --fix.
    const fixable = !(whole && style === 'value')
    return {
      ruleId: UNUSED_DIRECTIVE_RULE,
      severity: 'warning' as const,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      range: directive.range,
      actual: source.slice(directive.range[0], directive.range[1]),
      language: 'en' as const,
      suggestions: [edit],
      ...(fixable ? {fix: {text: edit.text, range: fixRange}} : {}),
    }
  })
}
