import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import AjvModule from 'ajv'
import {sarif} from '../../src/formatters/sarif.js'
import {fixtureContext, fixtureResults} from './fixture-results.js'

// The official SARIF 2.1.0 schema (test/schemas/README.md says where it comes from).
// It is draft-04; Ajv 8 reads it once the draft-04 `id` is spelled `$id`.
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../schemas/sarif-schema-2.1.0.json'), 'utf8'))
  schema.$id = schema.id
  delete schema.id
  delete schema.$schema
  const Ajv = ((AjvModule as unknown as {default?: typeof AjvModule}).default ?? AjvModule) as unknown as new (o: object) => {
    addFormat(name: string, test: (s: string) => boolean): void
    compile(schema: object): ((data: unknown) => boolean) & {errors?: unknown}
  }
  // The schema's language-tag pattern is not valid with the `u` flag Ajv uses by default.
  const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
  ajv.addFormat('uri', s => URL.canParse(s))
  ajv.addFormat('uri-reference', s => URL.canParse(s, 'file:///base/') && !/\s/.test(s))
  ajv.addFormat('date-time', s => !Number.isNaN(Date.parse(s)))
  return ajv.compile(schema)
}

describe('sarif formatter', () => {
  it('writes a log the official SARIF 2.1.0 schema accepts', async () => {
    const log = JSON.parse(sarif(fixtureResults(), await fixtureContext()))
    const validate = sarifValidator()
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('rejects what the schema rejects (the validator is live)', async () => {
    const log = JSON.parse(sarif(fixtureResults(), await fixtureContext()))
    log.runs[0].results[0].level = 'fatal'
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0
    expect(sarifValidator()(log)).toBe(false)
  })

  it('describes each rule with its docs and every finding with a 1-based UTF-16 region', async () => {
    const log = JSON.parse(sarif(fixtureResults(), await fixtureContext()))
    const run = log.runs[0]
    expect(log.version).toBe('2.1.0')
    expect(run.columnKind).toBe('utf16CodeUnits')
    const ids = run.tool.driver.rules.map((r: {id: string}) => r.id)
    expect(ids).toContain('absolute-promise')
    expect(ids).toContain('custom-check')
    expect(ids).toContain('internet-slang') // reported though not in context.rules
    const promise = run.tool.driver.rules.find((r: {id: string}) => r.id === 'absolute-promise')
    expect(promise.shortDescription.text).toMatch(/promise/i)
    expect(promise.help.markdown).toContain('absolute-promise')
    expect(promise.helpUri).toMatch(/^file:.*absolute-promise\/README\.md$/)
    const chinese = run.results.filter((r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => r.locations[0].physicalLocation.artifactLocation.uri === 'chinese.txt')
    expect(chinese).toHaveLength(2)
    // 不归我管 starts at the 6th UTF-16 unit of line 1: columns count code units, not bytes.
    expect(chinese[0].locations[0].physicalLocation.region).toMatchObject({startLine: 1, startColumn: 6, endLine: 1, endColumn: 10})
    expect(chinese[1].level).toBe('note')
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })

  it('turns the fix and suggestions into SARIF fixes on the same artifact', async () => {
    const log = JSON.parse(sarif(fixtureResults(), await fixtureContext()))
    const [first] = log.runs[0].results
    expect(first.level).toBe('error')
    // The fix and the identical suggestion collapse into one.
    expect(first.fixes).toHaveLength(1)
    const change = first.fixes[0].artifactChanges[0]
    expect(change.artifactLocation.uri).toBe('english.txt')
    expect(change.replacements[0]).toEqual({
      deletedRegion: {startLine: 2, startColumn: 18, endLine: 2, endColumn: 22, charOffset: 25, charLength: 4},
      insertedContent: {text: 'expected to'},
    })
  })

  it('percent-encodes file names into valid relative URIs', async () => {
    const log = JSON.parse(sarif(fixtureResults(), await fixtureContext()))
    const uris = log.runs[0].artifacts.map((a: {location: {uri: string}}) => a.location.uri)
    // The fixture files do not exist on disk, so they are named relative to nothing.
    expect(uris).toContain(encodeURIComponent('tricky, name: 100%.txt'))
  })
})
