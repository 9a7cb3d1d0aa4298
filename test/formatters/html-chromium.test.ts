// Opens the HTML report in headless Chromium: its script runs, its filters
// work, hostile reply text stays inert, and it renders to a screenshot.
// Skipped where no Chromium is installed (CI machines start without one).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module script without type declarations
import {dumpDom, findChromium, screenshot} from '../../scripts/screenshot-report.mjs'
import {htmlReport} from '../../src/report/html.js'
import type {FileResult} from '../../src/files.js'
import {finding, fixtureResults, resultAt} from './fixture-results.js'

const chromium: string | undefined = findChromium()
let dir: string
let page: string

/** A reply that tries to run script in the report. */
function hostile(): FileResult {
  const source = `We 100% fix it <img src=x onerror="document.body.dataset.pwned='1'"><script>document.title='pwned'</script>`
  const promise = finding(source, '100%', {ruleId: 'absolute-promise', message: `Promise<script>document.title='pwned'</script>`, rewrite: `<img src=x onerror="document.body.dataset.pwned='1'">`})
  return resultAt(path.join(os.tmpdir(), 'hostile.txt'), source, [promise])
}

describe.skipIf(!chromium)('html report in headless Chromium', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-html-'))
    page = path.join(dir, 'report.html')
    fs.writeFileSync(page, htmlReport([...fixtureResults(), hostile()], {generatedAt: new Date(0)}))
  })
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  const shownCount = (dom: string) => /id="shown-count"[^>]*>([^<]*)</.exec(dom)?.[1]

  it('runs the page script, and never markup from replies, messages or rewrites', () => {
    const dom = dumpDom(chromium, page)
    expect(shownCount(dom)).toBe('6 of 6 replies shown')
    expect(dom).toContain('<title>reply-lint report</title>')
    expect(dom).not.toContain('data-pwned')
  })

  it('filters by rule, language and agent (read from the address)', () => {
    expect(shownCount(dumpDom(chromium, page, 'rule=negative-language'))).toBe('3 of 6 replies shown')
    expect(shownCount(dumpDom(chromium, page, 'lang=zh-Hans&agent=Bo'))).toBe('0 of 6 replies shown')
  })

  it('renders to a PNG', () => {
    const png = screenshot(chromium, page, path.join(dir, 'report.png'), {width: 1280, height: 1600})
    const bytes = fs.readFileSync(png)
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(bytes.readUInt32BE(16)).toBe(1280) // IHDR width
    expect(bytes.length).toBeGreaterThan(20_000) // a rendered page, not a blank one
  })
})
