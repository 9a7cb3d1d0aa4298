import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {fixtures, lintFixture, root, tempProject} from './helpers.js'

describe('plugins', () => {
  it('adds the rules of a local plugin module, configured like built-in rules', async () => {
    const {findings, settings} = await lintFixture('plugin', 'reply.txt')
    expect(settings.plugins).toEqual(['./house-plugin.mjs'])
    const hit = findings.find(f => f.ruleId === 'house/no-asap')
    expect(hit).toMatchObject({severity: 'error', actual: 'ASAP', line: 1, column: 24})
    expect(hit!.suggestions[0]!.text).toBe('when you have a moment')
  })

  it('finds a plugin package in node_modules through its package.json', async () => {
    const dir = tempProject({
      'package.json': '{"name": "p"}',
      'node_modules/reply-lint-plugin-demo/package.json': JSON.stringify({name: 'reply-lint-plugin-demo', type: 'module', exports: {'.': {import: './main.js'}}}),
      'node_modules/reply-lint-plugin-demo/main.js': fs.readFileSync(path.join(fixtures, 'plugin/house-plugin.mjs'), 'utf8'),
      '.replylintrc.json': JSON.stringify({plugins: ['reply-lint-plugin-demo']}),
    })
    const settings = await new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))
    expect(settings.rules.get('house/no-asap')?.severity).toBe('warning')
  })

  it('refuses a plugin that redefines a built-in rule', async () => {
    const dir = tempProject({
      'package.json': '{"name": "p"}',
      'same.mjs': "export default [{id: 'absolute-promise', meta: {description: 'x', languages: ['en'], defaultSeverity: 'error'}, check() {}}]",
      '.replylintrc.yaml': 'plugins: [./same.mjs]\n',
    })
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/plugins: \.\/same\.mjs defines rule 'absolute-promise', which is a built-in rule's id/)
  })

  it('names the plugin when it exports something that is not a rule', async () => {
    const dir = tempProject({'package.json': '{}', 'bad.mjs': 'export default 42', '.replylintrc.yaml': 'plugins: [./bad.mjs]\n'})
    await expect(new ConfigResolver({cwd: dir}).settingsFor(path.join(dir, 'a.txt'))).rejects.toThrow(/\.replylintrc\.yaml: plugins\[0\]: a plugin must export a rule/)
  })
})

describe('code from outside the project is not run', () => {
  // The project here is this repository (the nearest package.json above the working folder).
  const outside = () =>
    tempProject({
      'reply-lint.config.mjs': "globalThis.__replyLintConfigRan = true\nexport default {rules: {}}\n",
      'plugin.mjs': "globalThis.__replyLintPluginRan = true\nexport default []\n",
      'sub/.replylintrc.yaml': 'plugins: [../plugin.mjs]\n',
      'reply.txt': 'Hello\n',
      'sub/reply.txt': 'Hello\n',
    })

  it('refuses a JavaScript config found above a file outside the project', async () => {
    const dir = outside()
    const resolver = new ConfigResolver({cwd: root})
    await expect(resolver.settingsFor(path.join(dir, 'reply.txt'))).rejects.toThrow(/refusing to load the JavaScript config .*outside the project/)
    expect((globalThis as Record<string, unknown>).__replyLintConfigRan).toBeUndefined()
  })

  it('refuses a plugin named by a YAML config outside the project', async () => {
    const dir = outside()
    await expect(new ConfigResolver({cwd: root}).settingsFor(path.join(dir, 'sub/reply.txt'))).rejects.toThrow(/plugins\[0\]: refusing to load the plugin/)
    expect((globalThis as Record<string, unknown>).__replyLintPluginRan).toBeUndefined()
  })

  it('runs a JavaScript config named with --config, wherever it is', async () => {
    const dir = outside()
    const settings = await new ConfigResolver({cwd: root, configFile: path.join(dir, 'reply-lint.config.mjs')}).settingsFor(path.join(dir, 'reply.txt'))
    expect(settings.configFile).toBe(path.join(dir, 'reply-lint.config.mjs'))
    expect((globalThis as Record<string, unknown>).__replyLintConfigRan).toBe(true)
  })

  it('loads a YAML config outside the project: data runs no code', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'rules: {absolute-promise: error}\n'})
    const settings = await new ConfigResolver({cwd: root}).settingsFor(path.join(dir, 'reply.txt'))
    expect(settings.rules.get('absolute-promise')?.severity).toBe('error')
  })
})
