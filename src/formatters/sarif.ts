// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps) and
// SARIF viewers read. Columns are UTF-16 code units, as everywhere in reply-lint.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Formatter, FormatterContext} from './types.js'
import type {FileResult} from '../files.js'
import type {Finding, Range, Rule, Severity} from '../types.js'
import {ruleDocs, ruleDocsUrl} from '../rules-loader.js'
import {LineIndex} from '../text/positions.js'
import {lintedText} from './display.js'
import {packageInfo} from './package-info.js'

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
const SOURCE_ROOT = '%SRCROOT%'
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

/** The first paragraph of a README that is not a heading: the rule's long description. */
function firstParagraph(markdown: string): string | undefined {
  for (const block of markdown.split(/\r?\n\s*\r?\n/)) {
    const text = block.trim()
    if (text && !text.startsWith('#') && !text.startsWith('```') && !text.startsWith('|')) return text.replace(/\s*\r?\n\s*/g, ' ')
  }
  return undefined
}

function describeRule(id: string, rule: Rule | undefined) {
  const readme = ruleDocs(id)
  const short = rule?.meta.description ?? id
  const uri = ruleDocsUrl(rule, id)
  return {
    id,
    name: id,
    shortDescription: {text: short},
    fullDescription: {text: (readme && firstParagraph(readme)) ?? short},
    ...(readme ? {help: {text: readme, markdown: readme}} : {help: {text: short}}),
    ...(uri ? {helpUri: uri} : {}),
    ...(rule ? {defaultConfiguration: {level: LEVEL[rule.meta.defaultSeverity]}} : {}),
  }
}

function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const absolute = path.resolve(cwd, filePath)
  const relative = path.relative(cwd, absolute)
  const insideRoot = relative && !relative.startsWith('..') && !path.isAbsolute(relative)
  // Relative to the checkout root, which code-scanning services map onto the repository.
  if (insideRoot) return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT}
  return {uri: pathToFileURL(absolute).href}
}

function regionOf(range: Range, lines: LineIndex | undefined) {
  const region: Record<string, unknown> = {}
  if (lines) {
    const start = lines.position(range[0])
    const end = lines.position(range[1])
    Object.assign(region, {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column})
  }
  Object.assign(region, {charOffset: range[0], charLength: range[1] - range[0]})
  return region
}

function fixesOf(f: Finding, location: ArtifactLocation, lines: LineIndex | undefined) {
  const rewrites = [...(f.fix ? [{message: 'Apply the fix', ...f.fix}] : []), ...f.suggestions]
  const seen = new Set<string>()
  return rewrites
    .filter(r => {
      const key = `${r.range[0]}:${r.range[1]}:${r.text}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map(r => ({
      description: {text: r.message || `Replace with “${r.text}”`},
      artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: regionOf(r.range, lines), insertedContent: {text: r.text}}]}],
    }))
}

export function sarifLog(results: readonly FileResult[], context: FormatterContext) {
  const tool = packageInfo()
  const rulesById = new Map(context.rules.map(r => [r.id, r]))
  const ruleIds = [...new Set([...context.rules.map(r => r.id), ...results.flatMap(r => r.findings.map(f => f.ruleId))])]
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const artifacts: Array<{location: ArtifactLocation}> = []
  const sarifResults = []
  for (const result of results) {
    const location = {...artifactLocation(result.filePath, context.cwd), index: artifacts.length}
    artifacts.push({location: {uri: location.uri, ...(location.uriBaseId ? {uriBaseId: location.uriBaseId} : {})}})
    const text = lintedText(result)
    const lines = text !== undefined ? new LineIndex(text) : undefined
    for (const f of result.findings) {
      const fixes = fixesOf(f, location, lines)
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        level: LEVEL[f.severity],
        message: {text: f.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.range[0], charLength: f.range[1] - f.range[0], snippet: {text: f.actual}},
            },
          },
        ],
        ...(fixes.length ? {fixes} : {}),
        properties: {language: f.language, ...(f.speaker ? {speaker: f.speaker} : {})},
      })
    }
  }
  return {
    $schema: SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            ...(tool.homepage ? {informationUri: tool.homepage} : {}),
            rules: ruleIds.map(id => describeRule(id, rulesById.get(id))),
          },
        },
        originalUriBaseIds: {[SOURCE_ROOT]: {uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}},
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits' as const,
      },
    ],
  }
}

export const sarif: Formatter = (results, context) => JSON.stringify(sarifLog(results, context), null, 2)
