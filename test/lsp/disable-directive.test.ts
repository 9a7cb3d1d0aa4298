// The "disable for this line" edit in each format's comment syntax: applied,
// the file reads as the same replies and the finding is gone, the others stay.
import {beforeAll, describe, expect, it} from 'vitest'
import {Linter} from '../../src/engine.js'
import {sourceFormat} from '../../src/sources/index.js'
import type {Finding} from '../../src/types.js'
import {applyInsertions, disableDirectiveEdit} from '../../src/lsp/disable-directive.js'

let linter: Linter
beforeAll(async () => {
  linter = await Linter.create()
})

async function findingsOf(text: string, file: string): Promise<Finding[]> {
  const format = sourceFormat(file)
  const result = await linter.lintSource(text, t => format.split(t, file), {format: format.name, filePath: file})
  return result.findings
}

/** Silences the first finding of `rule` and returns the edited text, after checking what the edit must keep. */
async function silence(text: string, file: string, rule: string, which = 0) {
  const format = sourceFormat(file)
  const split = (t: string) => format.split(t, file)
  const before = await findingsOf(text, file)
  const finding = before.filter(f => f.ruleId === rule)[which]
  expect(finding, `a ${rule} finding in ${file}`).toBeDefined()
  const edit = disableDirectiveEdit(text, format.name, split, finding!)
  expect(edit).toBeDefined()
  const edited = applyInsertions(text, edit!.insertions)
  const after = await findingsOf(edited, file)
  const key = (f: Finding) => `${f.ruleId}|${f.actual}|${f.message}`
  const left = before.filter(f => f !== finding).map(key).sort()
  expect(after.map(key).sort()).toEqual(left)
  expect(split(edited)).toHaveLength(split(text).length)
  return {edited, scope: edit!.scope}
}

describe('disable for this line', () => {
  it('plain text: an HTML comment at the end of the line, naming the rule', async () => {
    const text = 'Hi Sam,\nWe guarantee it arrives tomorrow. That is not my problem though.\nBest,\nAna\n'
    const {edited, scope} = await silence(text, 'reply.txt', 'absolute-promise')
    expect(scope).toBe('line')
    expect(edited).toBe('Hi Sam,\nWe guarantee it arrives tomorrow. That is not my problem though. <!-- reply-lint-disable-line absolute-promise -->\nBest,\nAna\n')
  })

  it('Markdown: the comment stays inside the paragraph, which stays one reply', async () => {
    const text = '# Delivery\n\nThanks for waiting.\nWe guarantee it arrives tomorrow.\n\n- 亲，这个不归我管，您找售后吧。\n'
    const {edited} = await silence(text, 'canned.md', 'absolute-promise')
    expect(edited).toContain('We guarantee it arrives tomorrow. <!-- reply-lint-disable-line absolute-promise -->\n')
    const {edited: zh} = await silence(text, 'canned.md', 'negative-language')
    expect(zh).toContain('- 亲，这个不归我管，您找售后吧。 <!-- reply-lint-disable-line negative-language -->')
  })

  it('YAML: a # comment after a plain or quoted scalar', async () => {
    const text = 'refund: We guarantee a full refund.\ndelivery: "We guarantee it arrives tomorrow."\n'
    const {edited} = await silence(text, 'macros.yaml', 'absolute-promise')
    expect(edited).toBe('refund: We guarantee a full refund.  # reply-lint-disable-line absolute-promise\ndelivery: "We guarantee it arrives tomorrow."\n')
    const {edited: second} = await silence(text, 'macros.yaml', 'absolute-promise', 1)
    expect(second).toContain('delivery: "We guarantee it arrives tomorrow."  # reply-lint-disable-line absolute-promise\n')
  })

  it('YAML: a block scalar takes no comment, so a disable / enable pair goes around its entry', async () => {
    const text = 'macros:\n  - title: Sent\n    body: |\n      Hi,\n\n      We guarantee it arrives tomorrow.\n  - title: Other\n    body: We guarantee a refund.\n'
    const {edited, scope} = await silence(text, 'macros.yaml', 'absolute-promise')
    expect(scope).toBe('reply')
    expect(edited).toBe(
      'macros:\n  - title: Sent\n    # reply-lint-disable absolute-promise\n    body: |\n      Hi,\n\n      We guarantee it arrives tomorrow.\n    # reply-lint-enable absolute-promise\n  - title: Other\n    body: We guarantee a refund.\n',
    )
  })

  it('YAML: a plain scalar spanning lines takes a comment after its last line only', async () => {
    const last = await silence('delivery: Thanks for waiting,\n  we guarantee it arrives tomorrow.\nother: Fine.\n', 'macros.yaml', 'absolute-promise')
    expect(last.edited).toBe('delivery: Thanks for waiting,\n  we guarantee it arrives tomorrow.  # reply-lint-disable-line absolute-promise\nother: Fine.\n')
    // A comment after the first line would end the scalar there: the directive goes on the line above.
    const first = await silence('delivery: We guarantee it\n  arrives tomorrow.\nother: Fine.\n', 'macros.yaml', 'absolute-promise')
    expect(first.edited).toBe('# reply-lint-disable-next-line absolute-promise\ndelivery: We guarantee it\n  arrives tomorrow.\nother: Fine.\n')
  })

  it('JSON: a "reply-lint" field in the message object', async () => {
    const text = '[\n  {"role": "agent", "text": "We guarantee it arrives tomorrow."},\n  {"role": "agent", "text": "We guarantee a refund."}\n]\n'
    const {edited} = await silence(text, 'messages.json', 'absolute-promise')
    expect(edited).toBe('[\n  {"reply-lint": "disable-line absolute-promise", "role": "agent", "text": "We guarantee it arrives tomorrow."},\n  {"role": "agent", "text": "We guarantee a refund."}\n]\n')
  })

  it('JSON: the field keeps the object layout of a pretty-printed file', async () => {
    const text = '{\n  "macros": [\n    {\n      "title": "Sent",\n      "body": "We guarantee it arrives tomorrow."\n    }\n  ]\n}\n'
    const {edited} = await silence(text, 'macros.json', 'absolute-promise')
    expect(edited).toContain('    {\n      "reply-lint": "disable-line absolute-promise",\n      "title": "Sent",')
  })

  it('CSV rows have no room for a directive: no edit', async () => {
    const text = 'reply\nWe guarantee it arrives tomorrow.\n'
    const format = sourceFormat('replies.csv')
    const [finding] = await findingsOf(text, 'replies.csv')
    expect(finding).toBeDefined()
    expect(disableDirectiveEdit(text, format.name, t => format.split(t, 'replies.csv'), finding!)).toBeUndefined()
  })
})
