import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Finding} from '../src/types.js'
import {applyDirectives, commentStyleOf, parseDirectives, unusedDirectiveFindings} from '../src/directives.js'
import {LineIndex} from '../src/text/positions.js'
import {Linter, wholeText} from '../src/engine.js'
import {lintFile} from '../src/files.js'

/** A finding of `ruleId` on the first occurrence of `actual` in `source`. */
function finding(source: string, ruleId: string, actual: string, from = 0): Finding {
  const start = source.indexOf(actual, from)
  if (start < 0) throw new Error(`'${actual}' is not in the source`)
  const lines = new LineIndex(source)
  const a = lines.position(start)
  const b = lines.position(start + actual.length)
  return {ruleId, severity: 'warning', message: 'm', line: a.line, column: a.column, endLine: b.line, endColumn: b.column, range: [start, start + actual.length], actual, language: 'en', suggestions: []}
}

const kept = (source: string, format: string, findings: Finding[]) =>
  applyDirectives(source, format, findings)
    .findings.map(f => `${f.ruleId}@${f.line}`)
    .sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]) || a.localeCompare(b))

/** Findings on every occurrence of `actual`. */
const everywhere = (source: string, ruleId: string, actual: string) =>
  [...source.matchAll(new RegExp(actual, 'g'))].map(m => finding(source, ruleId, actual, m.index))

describe('directive syntax', () => {
  it('reads kind, rule ids and reason in each comment style', () => {
    const [html] = parseDirectives('<!-- reply-lint-disable-next-line impatience, absolute-promise -- the customer asked for a date -->\n', 'html')
    expect(html).toMatchObject({kind: 'disable-next-line', rules: ['impatience', 'absolute-promise'], reason: 'the customer asked for a date'})
    const [hash] = parseDirectives('text: We guarantee it # reply-lint-disable-line absolute-promise\n', 'hash')
    expect(hash).toMatchObject({kind: 'disable-line', rules: ['absolute-promise']})
    const [field, value] = parseDirectives('[{"text": "x", "reply-lint": "disable-line impatience"}, {"text": "reply-lint-enable"}]', 'value')
    expect(field).toMatchObject({kind: 'disable-line', rules: ['impatience']})
    expect(value).toMatchObject({kind: 'enable', rules: []})
    const [cell] = parseDirectives('agent,reply-lint-disable\n', 'value')
    expect(cell).toMatchObject({kind: 'disable', rules: []})
  })

  it('ignores look-alikes', () => {
    expect(parseDirectives('<!-- reply-lint-disabled -->\n<!-- eslint-disable -->\nreply-lint-disable in prose\n', 'html')).toEqual([])
    expect(parseDirectives('note: "#reply-lint-disable" is quoted\nurl: http://x/#reply-lint-disable\n', 'hash')).toEqual([])
  })

  it('chooses the comment style by input format', () => {
    expect(['text', 'markdown', 'transcript', 'yaml', 'json', 'jsonl', 'csv', 'tsv'].map(commentStyleOf)).toEqual(['html', 'html', 'html', 'hash', 'value', 'value', 'value', 'value'])
  })
})

describe('which findings directives silence', () => {
  const text = ['We guarantee it.', '<!-- reply-lint-disable-next-line absolute-promise -->', 'We guarantee it. Hurry up.', 'We guarantee it. <!-- reply-lint-disable-line -->', 'We guarantee it.'].join('\n')
  const all = [0, 2, 3, 4].flatMap(line => {
    const from = text.split('\n').slice(0, line).join('\n').length
    return [finding(text, 'absolute-promise', 'guarantee', from)]
  })

  it('honours disable-line and disable-next-line, for the rules they name', () => {
    const hurry = finding(text, 'impatience', 'Hurry up')
    expect(kept(text, 'text', [...all, hurry])).toEqual(['absolute-promise@1', 'impatience@3', 'absolute-promise@5'])
  })

  it('honours disable / enable blocks, per rule', () => {
    const source = ['a bad', '<!-- reply-lint-disable -->', 'b bad', '<!-- reply-lint-enable impatience -->', 'c bad', '<!-- reply-lint-enable -->', 'd bad'].join('\n')
    const findings = ['a', 'b', 'c', 'd'].flatMap(l => [finding(source, 'impatience', `${l} bad`), finding(source, 'absolute-promise', `${l} bad`)])
    expect(kept(source, 'markdown', findings)).toEqual(['absolute-promise@1', 'impatience@1', 'impatience@5', 'absolute-promise@7', 'impatience@7'])
  })

  it('drops findings inside the directive itself (a reason is not a reply)', () => {
    const source = '<!-- reply-lint-disable-line impatience -- we cannot wait -->\n'
    expect(kept(source, 'text', [finding(source, 'negative-language', 'we cannot')])).toEqual([])
  })

  it('treats a JSON object as the line of a directive field, and the next object as the next line', () => {
    const source = JSON.stringify(
      [
        {speaker: 'agent', text: 'We guarantee it.', 'reply-lint': 'disable-line absolute-promise'},
        {speaker: 'agent', text: 'reply-lint-disable-next-line'},
        {speaker: 'agent', text: 'We guarantee it.'},
        {speaker: 'agent', text: 'We guarantee it.'},
      ],
      null,
      2,
    )
    const findings = everywhere(source, 'absolute-promise', 'guarantee')
    expect(applyDirectives(source, 'json', findings).findings).toEqual([findings[2]])
  })

  it('treats a CSV row as a line', () => {
    const source = 'speaker,text,lint\nagent,We guarantee it.,reply-lint-disable-line\nagent,We guarantee it.,\n'
    const first = finding(source, 'absolute-promise', 'guarantee')
    const second = finding(source, 'absolute-promise', 'guarantee', first.range[1])
    expect(applyDirectives(source, 'csv', [first, second]).findings).toEqual([second])
  })
})

describe('unused directives', () => {
  it('lists directives and rule ids that silenced nothing', () => {
    const source = '<!-- reply-lint-disable-next-line impatience, absolute-promise -->\nWe guarantee it.\n<!-- reply-lint-disable-next-line -->\nThanks!\n'
    const {unused} = applyDirectives(source, 'text', [finding(source, 'absolute-promise', 'guarantee')])
    expect(unused.map(u => [u.directive.range[0], u.rules])).toEqual([
      [0, ['impatience']],
      [source.indexOf('<!-- reply-lint-disable-next-line -->'), []],
    ])
    const reports = unusedDirectiveFindings(source, unused, 'html')
    expect(reports.map(r => [r.ruleId, r.line, r.message])).toEqual([
      ['unused-disable-directive', 1, "Unused reply-lint-disable-next-line directive (no problems were reported from 'impatience')."],
      ['unused-disable-directive', 3, 'Unused reply-lint-disable-next-line directive (no problems were reported).'],
    ])
    expect(reports[0]!.fix).toEqual({text: '<!-- reply-lint-disable-next-line absolute-promise -->', range: [0, source.indexOf('-->') + 3]})
    // A directive alone on its line goes with its line.
    expect(reports[1]!.fix!.text).toBe("")
    expect(reports[1]!.suggestions[0]!.range).toEqual(reports[1]!.range)
    expect(source.slice(0, reports[1]!.fix!.range[0]) + source.slice(reports[1]!.fix!.range[1])).toBe(
      '<!-- reply-lint-disable-next-line impatience, absolute-promise -->\nWe guarantee it.\nThanks!\n',
    )
  })
})

describe('directives in linted files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-directives-'))
  const file = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text)
    return path.join(dir, name)
  }
  const ids = (findings: Finding[]) => findings.map(f => `${f.ruleId}@${f.line}`)

  it('are honoured in plain text, through the engine', async () => {
    const linter = await Linter.create()
    const source = 'We guarantee it arrives Monday.\n<!-- reply-lint-disable-next-line absolute-promise -- agreed with the courier -->\nWe guarantee it arrives Monday.\n'
    const result = await linter.lintSource(source, wholeText, {format: 'text'})
    expect(ids(result.findings)).toEqual(['absolute-promise@1'])
  })

  it('are honoured in Markdown and YAML files, and unused ones reported on request', async () => {
    const linter = await Linter.create()
    const md = file('macro.md', '# Refunds\n\n<!-- reply-lint-disable absolute-promise -->\nWe guarantee a full refund.\n<!-- reply-lint-enable -->\n\nWe guarantee a full refund.\n')
    expect(ids((await lintFile(linter, md)).result!.findings)).toEqual(['absolute-promise@7'])

    const yaml = file('macros.yaml', 'refund: We guarantee a full refund.  # reply-lint-disable-line absolute-promise\n# reply-lint-disable-next-line impatience\nthanks: Thanks for waiting.\n')
    const quiet = await lintFile(linter, yaml)
    expect(ids(quiet.result!.findings)).toEqual([])
    const loud = await lintFile(linter, yaml, {reportUnusedDisableDirectives: true})
    expect(loud.result!.findings.map(f => [f.ruleId, f.line, f.severity])).toEqual([['unused-disable-directive', 2, 'warning']])
  })

  it('are honoured in JSON messages and CSV rows, which have no comments', async () => {
    const linter = await Linter.create()
    const messages = [
      {role: 'agent', text: 'We guarantee delivery by Friday.', 'reply-lint': 'disable-line absolute-promise'},
      {role: 'agent', text: 'reply-lint-disable-next-line'},
      {role: 'agent', text: 'We guarantee delivery by Friday.'},
      {role: 'agent', text: 'We guarantee delivery by Friday.'},
    ]
    const json = file('chat.json', JSON.stringify(messages, null, 2))
    expect(ids((await lintFile(linter, json)).result!.findings)).toEqual(['absolute-promise@17']) // the fourth message only

    const csv = file('macros.csv', 'speaker,text,lint\nagent,We guarantee delivery by Friday.,reply-lint-disable-line absolute-promise\nagent,We guarantee delivery by Friday.,\n')
    expect(ids((await lintFile(linter, csv)).result!.findings)).toEqual(['absolute-promise@3'])
  })

  it('removes unused directives with --fix', async () => {
    const linter = await Linter.create()
    const source = 'Thanks for your patience. <!-- reply-lint-disable-line -->\n'
    const result = await linter.lintSource(source, wholeText, {format: 'text', fix: true, reportUnusedDisableDirectives: true})
    expect(result.output).toBe('Thanks for your patience.\n')
  })
})
