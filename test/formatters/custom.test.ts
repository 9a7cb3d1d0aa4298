import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FormatterLoadError, loadFormatter} from '../../src/formatters/index.js'
import {fixtureContext, fixtureResults} from './fixture-results.js'

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-formatter-'))
  fs.writeFileSync(
    path.join(dir, 'count.mjs'),
    'export default (results, context) => results.map(r => `${r.filePath.split("/").pop()}=${r.findings.length}`).join(";") + ` rules:${context.rules.length}`\n',
  )
  fs.writeFileSync(path.join(dir, 'async.cjs'), 'module.exports = async results => `files: ${results.length}`\n')
  fs.writeFileSync(path.join(dir, 'not-a-function.mjs'), 'export default 42\n')
  // An ES-module-only package, found as `--format tally` through the reply-lint-formatter- prefix.
  const pkg = path.join(dir, 'node_modules', 'reply-lint-formatter-tally')
  fs.mkdirSync(pkg, {recursive: true})
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({name: 'reply-lint-formatter-tally', type: 'module', exports: {'.': {import: './main.js'}}}))
  fs.writeFileSync(path.join(pkg, 'main.js'), 'export default results => `tally ${results.reduce((n, r) => n + r.findings.length, 0)}`\n')
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('custom formatters', () => {
  it('loads a module path relative to the working directory', async () => {
    const format = await loadFormatter('./count.mjs', dir)
    const context = await fixtureContext()
    expect(await format(fixtureResults(), context)).toBe(`english.txt=2;chinese.txt=2;clean.txt=0;tricky, name: 100%.txt=2;transcript.txt=3 rules:${context.rules.length}`)
  })

  it('accepts CommonJS modules and async formatters', async () => {
    const format = await loadFormatter(path.join(dir, 'async.cjs'))
    expect(await format(fixtureResults(), await fixtureContext())).toBe('files: 5')
  })

  it('finds an installed package by its short name', async () => {
    const format = await loadFormatter('tally', dir)
    expect(await format(fixtureResults(), await fixtureContext())).toBe('tally 9')
  })

  it('explains what is wrong with a bad name or module', async () => {
    await expect(loadFormatter('no-such-format', dir)).rejects.toThrow(/unknown format 'no-such-format'.*stylish/)
    await expect(loadFormatter('./missing.js', dir)).rejects.toThrow(FormatterLoadError)
    await expect(loadFormatter('./not-a-function.mjs', dir)).rejects.toThrow(/export default a function/)
  })

  it('prefers built-in names', async () => {
    const {sarif} = await import('../../src/formatters/sarif.js')
    expect(await loadFormatter('sarif', dir)).toBe(sarif)
  })
})
