import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, github} from '../../src/formatters/github.js'
import {fixtureContext, fixtureResults} from './fixture-results.js'

interface Annotation {
  command: string
  properties: Record<string, string>
  message: string
}

const unescape = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)))

/** Reads a workflow command back the way the runner does: split first, unescape after. */
function parseCommand(line: string): Annotation {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line)
  if (!m) throw new Error(`not a workflow command: ${line}`)
  const properties: Record<string, string> = {}
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=')
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1))
  }
  return {command: m[1]!, properties, message: unescape(m[3]!)}
}

describe('github formatter', () => {
  it('escapes data and properties as the runner specifies', () => {
    expect(escapeData('50% off\r\nnext')).toBe('50%25 off%0D%0Anext')
    expect(escapeProperty('a: b, c%')).toBe('a%3A b%2C c%25')
  })

  it('writes one annotation per finding that parses back to the finding', async () => {
    const results = fixtureResults()
    const lines = github(results, await fixtureContext()).trimEnd().split('\n')
    const findings = results.flatMap(r => r.findings.map(f => ({file: r.filePath, f})))
    expect(lines).toHaveLength(findings.length)
    lines.forEach((line, i) => {
      const {command, properties, message} = parseCommand(line)
      const {f} = findings[i]!
      expect(command).toBe({error: 'error', warning: 'warning', info: 'notice'}[f.severity])
      expect(properties).toMatchObject({line: String(f.line), col: String(f.column), endLine: String(f.endLine), endColumn: String(f.endColumn), title: f.ruleId})
      expect(message.startsWith(f.message)).toBe(true)
    })
  })

  it('keeps commas, colons, % and line breaks inside their fields', async () => {
    const lines = github(fixtureResults(), await fixtureContext()).trimEnd().split('\n')
    const tricky = lines.map(parseCommand).find(a => a.properties.file === 'tricky, name: 100%.txt' && a.properties.line === '1')!
    expect(tricky.command).toBe('warning')
    expect(tricky.message).toBe('Line one: 50% "off", <b> & more\nline two, with a colon: here\r\nand a CR.\nRewrite: “"today" only <b>&</b> ]]>” → “<i>today</i> & "tomorrow" ]]>”')
    for (const line of lines) expect(line).not.toMatch(/[\r]/)
  })

  it('prints nothing when there is nothing to annotate', async () => {
    expect(github([], await fixtureContext())).toBe('')
  })
})
