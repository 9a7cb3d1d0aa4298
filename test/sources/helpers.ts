// Shared by the source tests: a marker rule independent of the rule
// catalogue (so these tests are about positions, not wording), and helpers
// that check a finding against the file independently of the engine.
import fs from 'node:fs'
import path from 'node:path'
import {defineRule} from '../../src/rule.js'
import {Linter} from '../../src/engine.js'
import {lintFile, type FileResult} from '../../src/files.js'
import type {SourceOptions} from '../../src/sources/index.js'
import type {InputProblem} from '../../src/io/inputs.js'
import type {Finding} from '../../src/types.js'

export const root = path.resolve(import.meta.dirname, '../..')
export const fixture = (...parts: string[]) => path.join(root, 'fixtures', ...parts)

/** Marker phrases and their fixes; some fixes need escaping in JSON and CSV (quotes, Chinese). */
const MARKERS: Array<[RegExp, string]> = [
  [/\bguaranteed\b/giu, 'expected'],
  [/\bguarantee\b/giu, 'expect'],
  [/\bcan't\b/giu, 'cannot yet'],
  [/\bnot my problem\b/giu, 'a "shared" problem'],
  [/不归我管/gu, '由我来帮您'],
  [/保证/gu, '尽力'],
  [/一定能/gu, '预计能'],
]

export const MARKER = /^(?:guaranteed?|can't|not my problem|不归我管|保证|一定能)$/iu

export const markerRule = defineRule({
  id: 'test-marker',
  meta: {description: 'Flags marker phrases (tests only)', languages: ['en', 'zh'], defaultSeverity: 'warning', fixable: true},
  check(ctx) {
    const taken: Array<[number, number]> = []
    for (const sentence of ctx.sentences) {
      for (const [pattern, replacement] of MARKERS) {
        for (const m of sentence.text.matchAll(pattern)) {
          const start = sentence.start + m.index
          const end = start + m[0].length
          // Like the real rules: quotes, code and URLs are not the agent's wording.
          if (ctx.isProtected(start, end) || taken.some(([s, e]) => start < e && end > s)) continue
          taken.push([start, end])
          ctx.report({range: [start, end], message: 'marker', suggestions: [replacement], fix: replacement})
        }
      }
    }
  },
})

let linter: Linter | undefined
export async function markerLinter(): Promise<Linter> {
  linter ??= await Linter.create({rules: [markerRule]})
  return linter
}

export interface Linted {
  result?: FileResult
  problems: InputProblem[]
  source: string
}

export async function lintPath(file: string, source: SourceOptions = {}, extra: {fixDryRun?: boolean; streamThreshold?: number; inputFormat?: string; reportUnusedDisableDirectives?: boolean} = {}): Promise<Linted> {
  const outcome = await lintFile(await markerLinter(), file, {source, cwd: root, ...extra})
  return {...outcome, source: fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')}
}

/** Line and column of an offset, computed without the engine's LineIndex. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: before.length, column: before[before.length - 1]!.length + 1}
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0'}

/** The flagged text as the reader sees it: file escapes undone. */
export function decodeSpan(raw: string, kind: 'json' | 'csv' | 'yaml-double' | 'plain'): string {
  let text = raw
  if (kind === 'json' || kind === 'yaml-double') text = JSON.parse(`"${raw}"`) as string
  if (kind === 'csv') text = raw.replace(/""/g, '"')
  return text.replace(/&(amp|lt|gt|quot|nbsp);/g, (_, e: string) => ENTITIES[e]!)
}

/** Checks a finding against the file; returns `line:column text` for comparing with expectations. */
export function describeFinding(f: Finding, source: string, kind: Parameters<typeof decodeSpan>[1]): string {
  const at = lineColumn(source, f.range[0])
  const end = lineColumn(source, f.range[1])
  if (at.line !== f.line || at.column !== f.column || end.line !== f.endLine || end.column !== f.endColumn)
    throw new Error(`position ${f.line}:${f.column}-${f.endLine}:${f.endColumn} does not match range ${f.range} (${at.line}:${at.column}-${end.line}:${end.column})`)
  if (source.slice(f.range[0], f.range[1]) !== f.actual) throw new Error(`actual '${f.actual}' is not the text at ${f.range}`)
  return `${f.line}:${f.column} ${decodeSpan(f.actual, kind)}`
}
