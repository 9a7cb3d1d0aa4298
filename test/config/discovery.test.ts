import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {fixtures, lintFixture, lintWith, tempProject} from './helpers.js'

const severityOf = (findings: Array<{ruleId: string; severity: string}>, id: string) => findings.find(f => f.ruleId === id)?.severity

describe('config discovery', () => {
  it('uses the nearest config above each file, so folders can differ', async () => {
    const a = await lintFixture('nested', 'team-a/reply.txt')
    expect(a.settings.configFile).toBe(path.join(fixtures, 'nested/.replylintrc.yaml'))
    expect(severityOf(a.findings, 'absolute-promise')).toBe('error')

    const b = await lintFixture('nested', 'team-b/reply.txt')
    expect(b.settings.configFile).toBe(path.join(fixtures, 'nested/team-b/reply-lint.config.json'))
    expect(severityOf(b.findings, 'absolute-promise')).toBeUndefined()
  })

  it('loads each config once and shares a linter between files with the same settings', async () => {
    const cwd = path.join(fixtures, 'nested')
    const resolver = new ConfigResolver({cwd})
    const one = await resolver.settingsFor(path.join(cwd, 'team-a/reply.txt'))
    const two = await resolver.settingsFor(path.join(cwd, 'team-a/other.txt'))
    expect(resolver.linterFor(one)).toBe(resolver.linterFor(two))
  })

  it('reads the "reply-lint" key of package.json, and skips a package.json without one', async () => {
    const dir = tempProject({
      'package.json': JSON.stringify({name: 'x', 'reply-lint': {rules: {'absolute-promise': 'error'}}}),
      'sub/package.json': JSON.stringify({name: 'y'}),
      'sub/reply.txt': 'We guarantee it ships today.\n',
    })
    const {settings, findings} = await lintWith(new ConfigResolver({cwd: dir}), path.join(dir, 'sub/reply.txt'))
    expect(settings.configFile).toBe(path.join(dir, 'package.json'))
    expect(severityOf(findings, 'absolute-promise')).toBe('error')
  })

  it('extends presets and shareable configs by path, the extending config winning', async () => {
    const {settings} = await lintFixture('extends', 'reply.txt')
    expect(settings.rules.get('absolute-promise')?.severity).toBe('error') // strict, from the shared base
    expect(settings.rules.get('negative-language')?.severity).toBe('off') // the base's own rules
    expect(settings.rules.get('impatience')?.severity).toBe('info') // the extending config
  })

  it('extends a shareable config published as a package', async () => {
    const dir = tempProject({
      'package.json': '{"name": "p"}',
      'node_modules/reply-lint-config-acme/package.json': JSON.stringify({name: 'reply-lint-config-acme', main: 'config.yaml'}),
      'node_modules/reply-lint-config-acme/config.yaml': 'extends: strict\nrules: {impatience: off}\n',
      '.replylintrc.yaml': 'extends: reply-lint-config-acme\n',
    })
    const settings = await new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))
    expect(settings.rules.get('absolute-promise')?.severity).toBe('error')
    expect(settings.rules.get('impatience')?.severity).toBe('off')
  })

  it('--config replaces discovery, --no-config uses the defaults, --rule wins over both', async () => {
    const cwd = path.join(fixtures, 'nested')
    const file = path.join(cwd, 'team-b/reply.txt')
    const explicit = await new ConfigResolver({cwd, configFile: '.replylintrc.yaml'}).settingsFor(file)
    expect(explicit.rules.get('absolute-promise')?.severity).toBe('error')
    const none = await new ConfigResolver({cwd, useConfigFiles: false}).settingsFor(path.join(cwd, 'team-a/reply.txt'))
    expect(none.configFile).toBeUndefined()
    expect(none.rules.get('absolute-promise')?.severity).toBe('warning')
    const cli = await new ConfigResolver({cwd, rules: {'absolute-promise': 'info'}}).settingsFor(path.join(cwd, 'team-a/reply.txt'))
    expect(cli.rules.get('absolute-promise')?.severity).toBe('info')
  })

  it('--preset replaces the presets the configs name', async () => {
    const cwd = path.join(fixtures, 'extends')
    const settings = await new ConfigResolver({cwd, preset: 'recommended'}).settingsFor(path.join(cwd, 'reply.txt'))
    expect(settings.rules.get('absolute-promise')?.severity).toBe('warning')
    expect(settings.rules.get('negative-language')?.severity).toBe('off')
  })

  it('passes the configured speakers and language on with the settings', async () => {
    const dir = tempProject({'.replylintrc.yml': 'speakers: [agent, 客服]\nlanguage: zh-Hant\n'})
    const settings = await new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'chat.txt'))
    expect(settings.speakers).toEqual(['agent', '客服'])
    expect(settings.language).toBe('zh-Hant')
  })

  it('reports a broken package.json met on the way up as a config error', async () => {
    const dir = tempProject({'package.json': '{"name": ', 'a.txt': 'Hi\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/package\.json: invalid JSON/)
  })

  it('refuses a config that extends itself', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'extends: ./other.yaml\n', 'other.yaml': 'extends: ./.replylintrc.yaml\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/extends itself/)
  })
})

describe('lintFiles, the library API', () => {
  it('lints each file with the config found for it and leaves out what ignore files name, as the CLI does', async () => {
    const {lintFiles} = await import('../../src/files.js')
    const cwd = path.join(fixtures, 'nested')
    const {results, problems} = await lintFiles(['team-a/*.txt', 'team-b/*.txt'], {cwd})
    expect(problems).toEqual([])
    const byFolder = Object.fromEntries(results.map(r => [path.basename(path.dirname(r.filePath)), r.findings]))
    expect(severityOf(byFolder['team-a']!, 'absolute-promise')).toBe('error')
    expect(severityOf(byFolder['team-b']!, 'absolute-promise')).toBeUndefined()

    const ignoring = path.join(fixtures, 'ignore')
    const found = await lintFiles(['.', 'before.old.txt'], {cwd: ignoring})
    expect(found.results.map(r => path.relative(ignoring, r.filePath)).sort()).toEqual(['keep.old.txt', 'reply.txt'])
    expect(found.problems).toMatchObject([{filePath: 'before.old.txt', message: expect.stringMatching(/^ignored \(/), fatal: false}])
  })

  it('lints every file with a config given in the options, whatever config files say', async () => {
    const {lintFiles} = await import('../../src/files.js')
    const cwd = path.join(fixtures, 'nested')
    const {results} = await lintFiles(['team-a/*.txt', 'team-b/*.txt'], {cwd, config: {rules: {'absolute-promise': 'warning'}}})
    expect(results.map(r => severityOf(r.findings, 'absolute-promise'))).toEqual(['warning', 'warning'])
  })
})
