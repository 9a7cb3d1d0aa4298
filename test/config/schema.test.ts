import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {validateConfigData} from '../../src/config/schema.js'
import {tempProject} from './helpers.js'

const mistake = (data: unknown) => {
  try {
    validateConfigData(data, '.replylintrc.yaml')
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

describe('config schema errors', () => {
  it('accepts every documented key', () => {
    expect(
      mistake({
        extends: ['recommended', './base.yaml'],
        rules: {'absolute-promise': 'error', impatience: ['warning', {limit: 2}], 'negative-language': 0},
        overrides: [{files: ['macros/**'], excludedFiles: 'macros/old/**', rules: {impatience: 'off'}, speakers: 'agent', language: 'en', phrasePacks: ['./p.yaml']}],
        ignorePatterns: ['drafts/'],
        speakers: ['agent', '客服'],
        language: 'zh-Hant',
        plugins: ['reply-lint-plugin-acme', './local.js'],
        phrasePacks: './house.yaml',
        reportUnusedDisableDirectives: true,
      }),
    ).toBeUndefined()
  })

  it('names the bad key with its path, on one line', () => {
    expect(mistake({rules: {impatience: 'loud'}})).toBe(
      '.replylintrc.yaml: rules.impatience: severity must be off, info, warning or error (or 0, 1, 2), or [severity, {options}], not "loud"',
    )
    expect(mistake({rules: {impatience: ['error', 'fast']}})).toMatch(/^\.replylintrc\.yaml: rules\.impatience: severity must be/)
    expect(mistake({overrides: [{files: 'a/**'}, {rules: {}}]})).toBe('.replylintrc.yaml: overrides[1]: `files` is required')
    expect(mistake({overrides: [{files: 'a/**', plugins: []}]})).toMatch(/^\.replylintrc\.yaml: overrides\[0\]\.plugins: unknown key \(known: files, excludedFiles, rules, speakers, language, phrasePacks\)$/)
    expect(mistake({language: 'fr'})).toBe('.replylintrc.yaml: language: must be one of "auto", "en", "zh-Hans", "zh-Hant", not "fr"')
    expect(mistake({speakers: [1]})).toBe('.replylintrc.yaml: speakers: must be a string or a list of strings, not [1]')
    expect(mistake({reportUnusedDisableDirectives: 'yes'})).toBe('.replylintrc.yaml: reportUnusedDisableDirectives: must be a boolean, not "yes"')
    expect(mistake(['rules'])).toMatch(/^\.replylintrc\.yaml: \(root\): a config must be a mapping/)
    for (const message of [mistake({rules: {impatience: 'loud'}}), mistake({overrides: 3})]) expect(message).not.toContain('\n')
  })

  it('names an unknown rule id, with a suggestion, wherever it is set', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'overrides:\n  - files: "*.txt"\n    rules: {absolute-promis: error}\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(
      ".replylintrc.yaml: overrides[0].rules.absolute-promis: unknown rule 'absolute-promis' (did you mean 'absolute-promise'?)",
    )
    const cli = new ConfigResolver({cwd: dir, useConfigFiles: false, rules: {nope: 'error'}})
    await expect(cli.settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow("--rule nope: unknown rule 'nope'")
  })

  it('names an unknown preset and a shareable config that cannot be found', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'extends: [recommended, loose]\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/\.replylintrc\.yaml: extends\[1\]: cannot find package 'loose'/)
  })

  it('reports YAML syntax errors with their position', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'rules:\n  impatience: [error\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/^\.replylintrc\.yaml:\d+:\d+: /)
  })
})
