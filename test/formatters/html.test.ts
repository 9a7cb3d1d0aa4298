import {describe, expect, it} from 'vitest'
import {html} from '../../src/formatters/html.js'
import {htmlReport} from '../../src/report/html.js'
import type {FileResult} from '../../src/files.js'
import {finding, fixtureContext, fixtureResults, resultAt} from './fixture-results.js'

/** A result whose reply text and rewrite carry markup that must stay text. */
function hostile(): FileResult {
  const source = 'Hi <script>alert("x")</script>, we 100% <img src=x onerror=alert(1)> fix it & more.'
  const promise = finding(source, '100%', {ruleId: 'absolute-promise', message: 'Promise </li><script>alert(2)</script>', rewrite: '<script>alert(3)</script>', speaker: '<b>Eve</b>'})
  return resultAt('/x/<evil>.txt', source, [promise], [{range: [0, source.length], speaker: '<b>Eve</b>'}])
}

describe('html report', () => {
  it('is one self-contained page: no external scripts, styles, images or fonts', async () => {
    const page = html(fixtureResults(), await fixtureContext())
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<(script|img|link|iframe)[^>]+(src|href)=/i)
    expect(page).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org)/i)
    expect(page).toContain("default-src 'none'")
  })

  it('escapes every reply text, message, rewrite, speaker and file name', () => {
    const page = htmlReport([hostile()], {generatedAt: new Date(0)})
    // Only the page's own script tag exists.
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(page).not.toContain('<img')
    expect(page).not.toContain('<b>Eve')
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(page).toContain('&lt;script&gt;alert(3)&lt;/script&gt;')
    expect(page).toContain('&lt;b&gt;Eve&lt;/b&gt;')
    expect(page).toContain('&lt;evil&gt;.txt')
  })

  it('highlights the flagged span and shows its rewrite beside it', () => {
    const page = htmlReport([hostile()], {generatedAt: new Date(0)})
    expect(page).toMatch(/<mark class="sev-warning" data-rules="absolute-promise" title="\[1\] absolute-promise: Promise &lt;\/li&gt;[^"]*">100%<\/mark>/)
    expect(page).toContain('<span class="before">100%</span> <span class="arrow">→</span> <span class="after">&lt;script&gt;alert(3)&lt;/script&gt;</span>')
  })

  it('shows totals, charts by rule and by agent, and filters', async () => {
    const page = html(fixtureResults(), await fixtureContext())
    const card = (label: string) => new RegExp(`<div class="value">([^<]*)</div><div class="label">${label}</div>`).exec(page)?.[1]
    // 7 replies: one per plain file (4) and three in the transcript.
    expect(card('Replies linted')).toBe('7')
    expect(card('Replies with findings')).toBe('5')
    expect(card('Findings')).toBe('9')
    expect(card('Findings per 100 replies')).toBe('128.6')
    expect(page).toContain('<figcaption>Findings by rule</figcaption>')
    expect(page).toContain('<figcaption>Findings by agent</figcaption>')
    expect((page.match(/<rect /g) ?? []).length).toBeGreaterThanOrEqual(4 + 3) // 4 rules, Ana, Bo, unknown
    expect(page).toContain('id="filter-rule"')
    expect(page).toContain('<option value="zh-Hans">简体中文</option>')
    expect(page).toContain('<option value="Bo">Bo</option>')
    expect((page.match(/<article class="reply"/g) ?? []).length).toBe(5)
  })

  it('orders replies worst first', async () => {
    const page = html(fixtureResults(), await fixtureContext())
    const files = [...page.matchAll(/<span class="file">([^<]*)<\/span>/g)].map(m => m[1])
    // english.txt has an error (3) and a warning (2): the highest score.
    expect(files[0]).toBe('english.txt:2')
  })

  it('says so when there is nothing to show', () => {
    expect(htmlReport([], {generatedAt: new Date(0)})).toContain('No findings')
  })
})
