import {describe, expect, it} from 'vitest'
import {compact} from '../../src/formatters/compact.js'
import {unix} from '../../src/formatters/unix.js'
import {fixtureContext, fixtureResults} from './fixture-results.js'

const total = () => fixtureResults().reduce((n, r) => n + r.findings.length, 0)

describe('compact formatter', () => {
  it('writes one ESLint-compact line per finding and a total', async () => {
    const lines = compact(fixtureResults(), await fixtureContext()).split('\n')
    const findingLines = lines.filter(l => / - /.test(l))
    expect(findingLines).toHaveLength(total())
    for (const line of findingLines) expect(line).toMatch(/^[^\n]+: line \d+, col \d+, (Error|Warning|Info) - [^\n]+ \([a-z-]+\)$/)
    expect(findingLines[0]).toBe('english.txt: line 2, col 18, Error - A guarantee turns into disappointment if anything goes wrong. (absolute-promise)')
    expect(lines.at(-2)).toBe(`${total()} problems`)
  })

  it('keeps a multi-line message on one line', async () => {
    const out = compact(fixtureResults(), await fixtureContext())
    expect(out).toContain('Line one: 50% "off", <b> & more line two, with a colon: here and a CR. (custom-check)')
  })
})

describe('unix formatter', () => {
  it('writes path:line:col: message [Severity/rule] per finding', async () => {
    const lines = unix(fixtureResults(), await fixtureContext()).trimEnd().split('\n')
    const findingLines = lines.slice(0, -2)
    expect(findingLines).toHaveLength(total())
    for (const line of findingLines) expect(line).toMatch(/^.+:\d+:\d+: .+ \[(Error|Warning|Info)\/[a-z-]+\]$/)
    expect(findingLines).toContain('chinese.txt:1:6: 推说“不归我管”会让客户觉得问错了人。 [Warning/negative-language]')
    expect(findingLines).toContain('chinese.txt:2:1: 把话说满，一旦出现意外，客户会失望。 [Info/absolute-promise]')
    expect(lines.at(-1)).toBe(`${total()} problems`)
  })

  it('prints nothing for clean results', async () => {
    expect(unix([fixtureResults()[2]!], await fixtureContext())).toBe('')
  })
})
