import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {fixtures, tempProject} from './helpers.js'

describe('ignoring files', () => {
  const cwd = path.join(fixtures, 'ignore')
  const ignored = async (file: string, resolver = new ConfigResolver({cwd})) => (await resolver.settingsFor(path.join(cwd, file))).ignoredBy

  it('follows .replylintignore with gitignore syntax: folders, globs, negation', async () => {
    expect(await ignored('reply.txt')).toBeUndefined()
    expect(await ignored('drafts/wip.txt')).toBe('.replylintignore')
    expect(await ignored('before.old.txt')).toBe('.replylintignore')
    expect(await ignored('keep.old.txt')).toBeUndefined()
  })

  it("follows the config's ignorePatterns, relative to the config's folder", async () => {
    expect(await ignored('archive-2020.txt')).toMatch(/ignorePatterns/)
  })

  it('uses the .replylintignore beside the config when run from another folder', async () => {
    const resolver = new ConfigResolver({cwd: fixtures})
    expect((await resolver.settingsFor(path.join(cwd, 'drafts/wip.txt'))).ignoredBy).toBe('ignore/.replylintignore')
  })

  it('never lints config files or the phrase packs in use', async () => {
    const dir = tempProject({'reply-lint.config.yaml': 'phrasePacks: [./house.yaml]\n', 'house.yaml': 'language: en\nentries: [{id: a, rule: house/a, pattern: x y z, message: m, rewrites: [w]}]\n'})
    const resolver = new ConfigResolver({cwd: dir})
    expect((await resolver.settingsFor(path.join(dir, 'reply-lint.config.yaml'))).ignoredBy).toBe('a reply-lint config file')
    expect((await resolver.settingsFor(path.join(dir, 'house.yaml'))).ignoredBy).toBe('a phrase pack in use')
  })
})
