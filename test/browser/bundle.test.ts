// The browser build: one ES module (and the chunks it loads on demand) with
// no Node built-in anywhere, that lints as the Node library does, English
// and Chinese, with the phrase data compiled in.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {lint as nodeLint} from '../../src/index.js'
import {assertBuilt, root} from '../cli/helpers.js'

const dir = path.join(root, 'dist/browser')
type BrowserModule = typeof import('../../src/browser.js')
let browser: BrowserModule

beforeAll(async () => {
  assertBuilt()
  browser = (await import(pathToFileURL(path.join(dir, 'reply-lint.browser.js')).href)) as BrowserModule
})

function scripts(): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      if (e.isDirectory()) walk(path.join(d, e.name))
      else if (e.name.endsWith('.js')) out.push(path.join(d, e.name))
    }
  }
  walk(dir)
  return out
}

describe('the browser build', () => {
  it('imports no Node built-in and reads no file', () => {
    const files = scripts()
    expect(files.map(f => path.relative(dir, f))).toEqual(expect.arrayContaining(['reply-lint.browser.js', 'playground.js']))
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8')
      const where = path.relative(dir, file)
      // An import of a Node built-in, static or dynamic, or a CommonJS require of anything.
      expect(/(?:\bfrom|\bimport)\s*\(?\s*["'](?:node:[\w/]+|fs|path|url|module|os|child_process|worker_threads|stream|readline)["']/.exec(code)?.[0], where).toBeUndefined()
      expect(/\brequire\(\s*["'][^"']+["']\s*\)/.exec(code)?.[0], where).toBeUndefined()
    }
  })

  it('has every built-in rule; spelling, which needs Hunspell, is off and says so when a config turns it on', async () => {
    const ids = (await browser.loadBuiltinRules()).map(r => r.id)
    const folders = fs.readdirSync(path.join(root, 'rules')).filter(n => fs.existsSync(path.join(root, 'rules', n, 'index.ts')))
    expect(ids).toEqual(folders.sort())
    const text = 'Teh parcel was shiped yesterday.'
    expect((await nodeLint(text)).findings.map(f => f.ruleId)).toContain('spelling')
    const byDefault = await browser.lint(text)
    expect(byDefault.findings).toEqual([])
    expect(byDefault.notices).toBeUndefined()
    const asked = await browser.lint(text, {config: {rules: {spelling: ['info', {words: ['shiped']}]}}})
    expect(asked.findings).toEqual([])
    expect(asked.notices).toEqual([expect.stringMatching(/spelling is not checked in the browser build/)])
  })

  const replies = [
    "Hi, that's not my department, you should have read the policy. We guarantee it arrives tomorrow, thx!",
    'I cannot process a refund after 30 days. But I can offer store credit.',
    '亲，这个不归我管，你自己去问快递吧。保证明天一定到！',
    '親，這個不歸我管，你自己去問快遞吧。保證明天一定到！',
    'Order #A-1042: 您的退款已经处理, we guarantee it by Friday.',
    'Thanks for your patience, the parcel left our warehouse today.',
  ]

  it('finds what the Node library finds, with the same messages and rewrites, in each script', async () => {
    const off = {rules: {spelling: 'off' as const}}
    for (const text of replies) {
      const inBrowser = await browser.lint(text)
      const inNode = await nodeLint(text, {config: off})
      expect(inBrowser.findings, text).toEqual(inNode.findings)
    }
    const traditional = await browser.lint(replies[3]!)
    expect(traditional.findings.length).toBeGreaterThan(0)
    for (const f of traditional.findings) for (const s of f.suggestions) expect(s.text, 'Traditional in, Traditional out').not.toMatch(/[这个归问递证门]/)
  })

  it('takes a config and a language hint, and fixes', async () => {
    const text = 'It is guaranteed to arrive. thx'
    const result = await browser.lint(text, {config: {rules: {'internet-slang': 'off'}}, fix: true})
    expect(result.findings.map(f => f.ruleId)).not.toContain('internet-slang')
    expect(result.output).toBe('It is expected to arrive. thx')
  })
})
