// The playground in a real headless Chromium: typed replies get their
// findings underlined with the engine's messages, a picked rewrite changes
// the text, by mouse and by keyboard, in English and Chinese, opened as a
// file and served by `reply-lint serve`; and the browser module lints there.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {AddressInfo} from 'node:net'
import type {BrowserContext, Page} from 'playwright-core'
import {lint as nodeLint} from '../../src/index.js'
import {createLintServer} from '../../src/server/http-api.js'
import {assertBuilt, root} from '../cli/helpers.js'
import {chromiumMissing, launchChromium} from './chromium.js'

const missing = chromiumMissing()
if (missing) console.warn(`playground tests skipped: ${missing}`)

describe.skipIf(missing)(missing ? `the playground in Chromium (skipped: ${missing})` : 'the playground in Chromium', () => {
  let context: BrowserContext
  let closeBrowser: () => Promise<void>
  let base: string
  let closeServer: () => Promise<void>
  const pageErrors: string[] = []

  beforeAll(async () => {
    assertBuilt()
    ;({context, close: closeBrowser} = await launchChromium())
    const {server} = createLintServer({useConfigFiles: false})
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    closeServer = () => new Promise(resolve => server.close(() => resolve()))
  }, 60_000)
  afterAll(async () => {
    await closeBrowser?.()
    await closeServer?.()
  })

  async function open(url: string): Promise<Page> {
    const page = await context.newPage()
    page.on('pageerror', error => pageErrors.push(error.message))
    await page.goto(url)
    // The example the page starts with has been linted.
    await page.locator('#annotated .mark').first().waitFor()
    return page
  }

  /** Types a reply into the box (replacing what is there) and waits for its findings. */
  async function typeReply(page: Page, text: string): Promise<void> {
    await page.locator('#reply').fill('')
    await page.locator('#reply').pressSequentially(text.slice(0, 3))
    await page.locator('#reply').fill(text)
    await page.waitForFunction(t => document.querySelector('#annotated')?.textContent === t && !document.querySelector('#status')?.textContent?.includes('…'), text)
  }

  const marks = (page: Page) => page.locator('#annotated .mark').allTextContents()
  const messages = (page: Page) => page.locator('#findings .finding .message').allTextContents()

  it('opened as a file: underlines an English reply, explains on hover, and applies a picked rewrite', async () => {
    const page = await open(pathToFileURL(path.join(root, 'dist/browser/playground.html')).href)
    const text = 'We guarantee it arrives tomorrow, and that is not my department.'
    await typeReply(page, text)
    const expected = (await nodeLint(text, {config: {rules: {spelling: 'off'}}})).findings
    expect(expected.length).toBeGreaterThan(1)
    expect(await messages(page)).toEqual(expected.map(f => f.message))
    expect(await marks(page)).toEqual(expect.arrayContaining(['We guarantee']))
    expect(await page.locator('#finding-count').textContent()).toBe(String(expected.length))

    const promise = page.locator('#annotated .mark', {hasText: 'We guarantee'})
    await promise.hover()
    const popover = page.locator('#popover')
    await expect.poll(() => popover.isVisible()).toBe(true)
    expect(await popover.locator('.message').allTextContents()).toContain(expected.find(f => f.ruleId === 'absolute-promise')!.message)
    await promise.click()
    await popover.locator('.suggestion', {hasText: 'We expect'}).first().click()
    const fixed = text.replace('We guarantee', 'We expect')
    expect(await page.locator('#reply').inputValue()).toBe(fixed)
    await page.waitForFunction(t => document.querySelector('#annotated')?.textContent === t, fixed)
    await expect.poll(() => page.locator('#findings .finding code', {hasText: 'absolute-promise'}).count()).toBe(0)
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Applied “We expect”/)
    await page.close()
  })

  it('served by reply-lint serve: a Traditional Chinese reply, worked by keyboard alone, keeps its script', async () => {
    const page = await open(base)
    const text = '親，這個不歸我管，你自己去問快遞吧。'
    await typeReply(page, text)
    const expected = (await nodeLint(text)).findings
    expect(await messages(page)).toEqual(expected.map(f => f.message))
    expect(await marks(page)).toEqual(expect.arrayContaining(['不歸我管']))
    const mark = page.locator('#annotated .mark', {hasText: '不歸我管'})
    await mark.focus()
    await page.keyboard.press('Enter')
    expect(await mark.getAttribute('aria-expanded')).toBe('true')
    // The popover takes the focus to its first rewrite; Escape gives it back to the underline.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('suggestion'))).toBe(true)
    await page.keyboard.press('Escape')
    expect(await page.locator('#popover').isHidden()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('不歸我管')
    await page.keyboard.press('Enter')
    const rewrite = expected.find(f => f.ruleId === 'negative-language')!.suggestions[0]!
    // Traditional in, Traditional out.
    expect(rewrite.text).toMatch(/[為這幫處]/)
    expect(rewrite.text).not.toMatch(/[为这帮处]/)
    await page.keyboard.press('Enter')
    const changed = text.slice(0, rewrite.range[0]) + rewrite.text + text.slice(rewrite.range[1])
    expect(await page.locator('#reply').inputValue()).toBe(changed)
    await page.waitForFunction(t => document.querySelector('#annotated')?.textContent === t, changed)
    await page.close()
  })

  it('a Simplified Chinese reply, and the interface in Chinese', async () => {
    const page = await open(base)
    await page.locator('#ui-language').selectOption('zh')
    expect(await page.locator('label[for=reply]').textContent()).toBe('您的回复')
    const text = '保证明天一定到，这个不归我管。'
    await typeReply(page, text)
    const expected = (await nodeLint(text)).findings
    expect(await messages(page)).toEqual(expected.map(f => f.message))
    expect(await page.locator('#status').textContent()).toBe(`${expected.length} 处需要修改`)
    await page.locator('#findings .finding', {hasText: 'absolute-promise'}).first().locator('.suggestion').first().click()
    expect(await page.locator('#reply').inputValue()).not.toBe(text)
    await page.close()
  })

  it('the ES module lints in the page, loading the Traditional converter when a reply needs it', async () => {
    const page = await context.newPage()
    await page.goto(base)
    const texts = ['We guarantee it arrives tomorrow. thx', '這個不歸我管，保證明天一定到。']
    // A string, so the test runner leaves its import() alone: the page's own loader must run it.
    const inPage: any = await page.evaluate(`(async () => {
      const {lint} = await import('/reply-lint.browser.js')
      const out = []
      for (const text of ${JSON.stringify(texts)}) out.push((await lint(text)).findings)
      return out
    })()`)
    for (const [i, text] of texts.entries()) expect(inPage[i]).toEqual((await nodeLint(text, {config: {rules: {spelling: 'off'}}})).findings)
    await page.close()
    expect(pageErrors).toEqual([])
  })
})
