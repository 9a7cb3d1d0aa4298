import {describe, expect, it} from 'vitest'
import {checkstyle} from '../../src/formatters/checkstyle.js'
import {junit} from '../../src/formatters/junit.js'
import {cdata, escapeXml} from '../../src/formatters/xml.js'
import {fixtureContext, fixtureResults} from './fixture-results.js'
import {parseXml} from './xml-check.js'

describe('the XML checker used below', () => {
  it('rejects what is not well-formed', () => {
    for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a>&nope;</a>', '<a>1 < 2</a>', '<a x="1" x="2"/>', '<a/><b/>', '<a>\u0001</a>', '<a>x]]>y</a>', '<a>'])
      expect(() => parseXml(bad), bad).toThrow()
    expect(parseXml('<?xml version="1.0"?><a x="&lt;&#x4E2D;"><![CDATA[<raw>]]>&amp;</a>')).toEqual({name: 'a', attributes: {x: '<中'}, children: [], text: '<raw>&'})
  })
})

describe('xml escaping', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;\uFFFD')
    expect(parseXml(`<a>${cdata('x ]]> y')}</a>`).text).toBe('x ]]> y')
  })
})

describe('junit formatter', () => {
  it('writes well-formed XML: one testsuite per file, one testcase per finding', async () => {
    const results = fixtureResults()
    const root = parseXml(junit(results, await fixtureContext()))
    expect(root.name).toBe('testsuites')
    expect(root.children).toHaveLength(results.length)
    root.children.forEach((suite, i) => {
      const findings = results[i]!.findings
      expect(suite.name).toBe('testsuite')
      expect(suite.attributes.failures).toBe(String(findings.length))
      expect(suite.children).toHaveLength(Math.max(1, findings.length))
      findings.forEach((f, j) => {
        const failure = suite.children[j]!.children[0]!
        expect(failure.attributes.message).toBe(f.message)
        expect(failure.text).toContain(`line ${f.line}, col ${f.column}`)
      })
    })
    const clean = root.children.find(s => s.attributes.name === 'clean.txt')!
    expect(clean.children[0]!.children).toEqual([])
  })

  it('carries markup, quotes and "]]>" from replies through intact', async () => {
    const root = parseXml(junit(fixtureResults(), await fixtureContext()))
    const tricky = root.children.find(s => s.attributes.name === 'tricky, name: 100%.txt')!
    expect(tricky.children[0]!.children[0]!.text).toContain('Rewrite: “"today" only <b>&</b> ]]>” → “<i>today</i> & "tomorrow" ]]>”')
  })
})

describe('checkstyle formatter', () => {
  it('writes the checkstyle XML ESLint writes, well-formed', async () => {
    const results = fixtureResults()
    const root = parseXml(checkstyle(results, await fixtureContext()))
    expect(root).toMatchObject({name: 'checkstyle', attributes: {version: '4.3'}})
    expect(root.children.map(f => f.attributes.name)).toEqual(results.map(r => r.filePath))
    const errors = root.children.flatMap(f => f.children)
    const findings = results.flatMap(r => r.findings)
    expect(errors).toHaveLength(findings.length)
    errors.forEach((e, i) => {
      const f = findings[i]!
      expect(e.attributes).toEqual({line: String(f.line), column: String(f.column), severity: f.severity, message: `${f.message} (${f.ruleId})`, source: `reply-lint.rules.${f.ruleId}`})
    })
  })
})
