// Code actions from a finding and its result, built by hand: every
// suggestion, placeholders labelled, the whole-reply rewrite when the result
// carries one, ranges in UTF-16 positions of the document.
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {Diagnostic} from 'vscode-languageserver'
import type {Finding, LintResult, Range} from '../../src/types.js'
import {findingActions, rewriteFor, rewritesOf, suggestionTitle, type ReplyRewrite} from '../../src/lsp/code-actions.js'

const uri = 'file:///replies/a.txt'
// Two replies, the second after emoji and CJK text: offsets are UTF-16 units.
const first = 'We guarantee it arrives tomorrow.'
const second = '😀👍🏽 亲，我们保证明天到，不归我管。'
const text = `${first}\n\n${second}\n`
const document = TextDocument.create(uri, 'plaintext', 1, text)
const secondStart = first.length + 2
const at = (reply: number, word: string): Range => {
  const start = reply === 0 ? first.indexOf(word) : secondStart + second.indexOf(word)
  return [start, start + word.length]
}

function finding(range: Range, suggestions: Finding['suggestions'], fix?: Finding['fix']): Finding {
  return {
    ruleId: 'absolute-promise',
    severity: 'warning',
    message: 'A guarantee turns into disappointment.',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    range,
    actual: text.slice(range[0], range[1]),
    language: 'en',
    suggestions,
    ...(fix ? {fix} : {}),
  }
}

const diagnostic: Diagnostic = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, message: 'x', source: 'reply-lint'}

function result(findings: Finding[], rewrites?: ReplyRewrite[]): LintResult {
  const base: LintResult = {findings, errorCount: 0, warningCount: findings.length, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, source: text}
  return rewrites ? ({...base, rewrites} as LintResult) : base
}

describe('code actions for a finding', () => {
  const zhRange = at(1, '保证')
  const zh = finding(
    zhRange,
    [
      {message: 'Replace with “尽量”', text: '尽量', range: zhRange, placeholder: false},
      {message: 'Say what you can offer', text: '我们会[可以提供的方案]', range: at(1, '我们保证明天到'), placeholder: true},
    ],
    {text: '尽量', range: zhRange},
  )

  it('offers every suggestion, the fix preferred, placeholders labelled as needing input', () => {
    const actions = findingActions(document, zh, diagnostic, {result: result([zh])})
    expect(actions.map(a => a.title)).toEqual(['Replace with “尽量”', 'Say what you can offer: “我们会[可以提供的方案]” (needs your input: fill in the [bracketed] part before sending)'])
    expect(actions.map(a => a.isPreferred ?? false)).toEqual([true, false])
    expect(actions.every(a => a.kind === 'quickfix' && a.diagnostics?.[0] === diagnostic)).toBe(true)
    // After 😀 (2), 👍🏽 (4), a space, 亲，我们 (4): character 11 of the reply's line.
    expect(actions[0]!.edit!.changes![uri]).toEqual([{range: {start: {line: 2, character: 11}, end: {line: 2, character: 13}}, newText: '尽量'}])
    expect(actions[1]!.edit!.changes![uri]![0]!.range).toEqual({start: {line: 2, character: 9}, end: {line: 2, character: 16}})
  })

  it('prefers no placeholder when there is no fix', () => {
    const placeholderFirst = finding(zhRange, [
      {message: 'Say what you can offer', text: '[可以提供的方案]', range: zhRange, placeholder: true},
      {message: 'Replace with “尽量”', text: '尽量', range: zhRange, placeholder: false},
    ])
    expect(findingActions(document, placeholderFirst, diagnostic, {}).map(a => a.isPreferred ?? false)).toEqual([false, true])
  })

  it('adds the rewrite of the reply that holds the finding, from LintResult.rewrites', () => {
    const rewrites: ReplyRewrite[] = [
      {text: 'We expect it to arrive tomorrow.', range: [0, first.length], needsInput: false},
      {text: '😀👍🏽 亲，我们会尽量明天送到，[可以提供的方案]。', range: [secondStart, secondStart + second.length], needsInput: true},
    ]
    const actions = findingActions(document, zh, diagnostic, {result: result([zh], rewrites)})
    const whole = actions.find(a => a.title.startsWith('Rewrite the whole reply'))!
    expect(whole.title).toBe('Rewrite the whole reply: “😀👍🏽 亲，我们会尽量明天送到，[可以提供的方案]。” (needs your input: fill in the [bracketed] part before sending)')
    expect(whole.isPreferred).toBeUndefined()
    expect(whole.edit!.changes![uri]).toEqual([{range: {start: {line: 2, character: 0}, end: {line: 2, character: second.length}}, newText: rewrites[1]!.text}])

    const en = finding(at(0, 'We guarantee'), [{message: 'Replace with “We expect”', text: 'We expect', range: at(0, 'We guarantee'), placeholder: false}])
    const enWhole = findingActions(document, en, diagnostic, {result: result([en], rewrites)}).find(a => a.title.startsWith('Rewrite'))!
    expect(enWhole.title).toBe('Rewrite the whole reply: “We expect it to arrive tomorrow.”')
    expect(enWhole.edit!.changes![uri]).toEqual([{range: {start: {line: 0, character: 0}, end: {line: 0, character: first.length}}, newText: 'We expect it to arrive tomorrow.'}])
  })

  it('has no whole-reply action when the result carries no rewrites, or none for the finding’s reply', () => {
    expect(rewritesOf(result([zh]))).toEqual([])
    expect(findingActions(document, zh, diagnostic, {result: result([zh])}).some(a => a.title.startsWith('Rewrite'))).toBe(false)
    const onlyFirst: ReplyRewrite[] = [{text: 'We expect it to arrive tomorrow.', range: [0, first.length], needsInput: false}]
    expect(rewriteFor(result([zh], onlyFirst), zh)).toBeUndefined()
  })

  it('adds the directive edit, titled by what it covers', () => {
    const actions = findingActions(document, zh, diagnostic, {disable: {scope: 'line', insertions: [{at: text.length - 1, text: ' <!-- reply-lint-disable-line absolute-promise -->'}]}})
    const disable = actions.at(-1)!
    expect(disable.title).toBe('Disable absolute-promise for this line')
    expect(disable.edit!.changes![uri]).toEqual([{range: {start: {line: 2, character: second.length}, end: {line: 2, character: second.length}}, newText: ' <!-- reply-lint-disable-line absolute-promise -->'}])
  })

  it('titles a suggestion by its message, quoting the text when the message does not show it', () => {
    expect(suggestionTitle({message: 'Replace with “we expect”', text: 'we expect', range: [0, 1], placeholder: false})).toBe('Replace with “we expect”')
    expect(suggestionTitle({message: 'Soften it', text: `we expect ${'x'.repeat(80)}`, range: [0, 1], placeholder: false})).toMatch(/^Soften it: “we expect x+…”$/)
  })
})
