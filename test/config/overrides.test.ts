import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {fixtures, lintFixture} from './helpers.js'

describe('overrides', () => {
  it('applies the rules of overrides whose globs match, relative to the config folder', async () => {
    const macro = await lintFixture('overrides', 'macros/refund.txt')
    expect(macro.findings.find(f => f.ruleId === 'absolute-promise')?.severity).toBe('info')
    const top = await lintFixture('overrides', 'reply.txt')
    expect(top.findings.find(f => f.ruleId === 'absolute-promise')?.severity).toBe('error')
  })

  it('leaves out excludedFiles', async () => {
    const draft = await lintFixture('overrides', 'macros/drafts/refund.txt')
    expect(draft.findings.find(f => f.ruleId === 'absolute-promise')?.severity).toBe('error')
  })

  it('matches a glob without a slash against the file name in any folder', async () => {
    const cwd = path.join(fixtures, 'overrides')
    const resolver = new ConfigResolver({cwd})
    expect((await resolver.settingsFor(path.join(cwd, 'macros/notes/a.md'))).language).toBe('zh-Hans')
    expect((await resolver.settingsFor(path.join(cwd, 'reply.txt'))).language).toBeUndefined()
  })
})
