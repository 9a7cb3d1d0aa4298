import {describe, expect, it} from 'vitest'
import path from 'node:path'
import {ConfigResolver} from '../../src/config/resolver.js'
import {loadPhrasePack} from '../../src/phrases/pack.js'
import {judgePattern} from '../../src/phrases/pack-safety.js'
import {lintFixture, lintWith, tempProject} from './helpers.js'

const pack = (entries: string, language = 'en') => `language: ${language}\nentries:\n${entries}`
const entry = (fields: Record<string, string>) =>
  `  - ${Object.entries({id: 'e', rule: 'house/x', message: 'Why it hurts.', rewrites: '[better]', ...fields})
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n    ')}\n`

describe('phrase packs', () => {
  it('turn house phrases into rules that report under the id each entry names', async () => {
    const {findings} = await lintFixture('pack', 'reply.txt')
    const hit = findings.find(f => f.ruleId === 'house/policy-speak')
    expect(hit).toMatchObject({severity: 'error', actual: 'As per our policy'})
    expect(hit!.suggestions[0]!.text).toMatch(/^Here's what we can do for you/)
  })

  it('default a new house rule to a warning', async () => {
    const {findings} = await lintFixture('pack', 'greeting.txt')
    expect(findings.find(f => f.ruleId === 'house/stock-phrases')).toMatchObject({severity: 'warning', actual: 'Dear valued customer'})
  })

  it('match Chinese in either script from Simplified data', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'phrasePacks: [./zh.yaml]\n', 'zh.yaml': pack(entry({id: 'p', rule: 'house/policy-speak', pattern: '按公司规定', rewrites: '[我们可以这样帮您]'}), 'zh'), 'hant.txt': '按公司規定，退款需要五個工作日。\n'})
    const {findings} = await lintWith(new ConfigResolver({cwd: dir}), path.join(dir, 'hant.txt'))
    const hit = findings.find(f => f.ruleId === 'house/policy-speak')
    expect(hit?.actual).toBe('按公司規定')
    expect(hit?.suggestions[0]!.text).toBe('我們可以這樣幫您')
  })

  it('may add phrases to a built-in rule, which keeps its severity', async () => {
    const dir = tempProject({
      '.replylintrc.yaml': 'phrasePacks: [./extra.yaml]\nrules: {absolute-promise: info}\n',
      'extra.yaml': pack(entry({rule: 'absolute-promise', pattern: 'rock-solid promise'})),
      'r.txt': 'You have our rock-solid promise on this.\n',
    })
    const {findings} = await lintWith(new ConfigResolver({cwd: dir}), path.join(dir, 'r.txt'))
    expect(findings.find(f => f.ruleId === 'absolute-promise')).toMatchObject({severity: 'info', actual: 'rock-solid promise'})
  })

  it('may be added by an override, for the files it matches only', async () => {
    const dir = tempProject({
      '.replylintrc.yaml': 'overrides:\n  - files: ["macros/**"]\n    phrasePacks: [./macro-phrases.yaml]\n',
      'macro-phrases.yaml': pack(entry({rule: 'house/macro-wording', pattern: 'kindly revert'})),
      'macros/a.txt': 'Kindly revert with the photos.\n',
      'b.txt': 'Kindly revert with the photos.\n',
    })
    const resolver = new ConfigResolver({cwd: dir})
    expect((await lintWith(resolver, path.join(dir, 'macros/a.txt'))).findings.map(f => f.ruleId)).toContain('house/macro-wording')
    expect((await lintWith(resolver, path.join(dir, 'b.txt'))).findings.map(f => f.ruleId)).not.toContain('house/macro-wording')
  })

  it('can be turned off like any rule', async () => {
    const dir = tempProject({'.replylintrc.yaml': 'phrasePacks: [./p.yaml]\nrules: {house/x: off}\n', 'p.yaml': pack(entry({pattern: 'per our policy'})), 'r.txt': 'Per our policy, no.\n'})
    const {findings} = await lintWith(new ConfigResolver({cwd: dir}), path.join(dir, 'r.txt'))
    expect(findings.some(f => f.ruleId === 'house/x')).toBe(false)
  })
})

describe('phrase pack validation', () => {
  const load = (text: string, name = 'house.yaml') => {
    const dir = tempProject({[name]: text})
    return () => loadPhrasePack(path.join(dir, name), name)
  }

  it('names the key path of a mistake', () => {
    expect(load(pack(entry({pattern: 'a', rewrites: '[{paragraph: x}]'})))).toThrow(/^house\.yaml: entries\[0\]\.rewrites\[0\]: must be a string, or a mapping with `clause` or `sentence`/)
    expect(load(pack(entry({pattern: 'a', colour: 'red'})))).toThrow(/^house\.yaml: entries\[0\]\.colour: unknown key/)
    expect(load('language: fr\nentries: []\n')).toThrow(/^house\.yaml: language: must be one of "en", "zh", not "fr"/)
    expect(load(pack(entry({pattern: 'a', rule: 'House Rule'})))).toThrow(/^house\.yaml: entries\[0\]\.rule: "House Rule" does not have the expected form/)
  })

  it('requires every entry to name its rule', () => {
    expect(load(pack('  - {id: a, pattern: x, message: m, rewrites: [y]}\n'))).toThrow(/^house\.yaml: entries\[0\]: `rule` is required/)
  })

  it('reports duplicate ids and invalid regular expressions at their entry', () => {
    expect(load(pack(entry({pattern: 'a'}) + entry({pattern: 'b'})))).toThrow(/entries\[1\]\.id: duplicate id 'e'/)
    expect(load(pack(entry({pattern: '"/(unclosed/"'})))).toThrow(/entries\[0\]\.pattern: invalid pattern/)
  })

  it('refuses patterns that can backtrack catastrophically, naming file, entry and pattern', () => {
    expect(load(pack(entry({id: 'greedy', pattern: '["fine words", "/(\\\\w+\\\\s?)*$/"]'})))).toThrow(
      /^house\.yaml: entries\[0\]\.pattern\[1\]: entry 'greedy': \/\(\\w\+\\s\?\)\*\$\/ can take exponential time/,
    )
    expect(load(pack(entry({pattern: 'ok', exceptions: '"/(a|a)*b/"'})))).toThrow(/entries\[0\]\.exceptions: .*exponential/)
    expect(load(pack(entry({pattern: '"/a.*b.*c.*d/"'})))).toThrow(/power of the reply's length/)
  })

  it('accepts the safe patterns phrase data is made of, lookbehind and \\p{…} included', () => {
    for (const source of ["\\bper\\s+(?:our|company)\\s+policy\\b", '(?<!\\p{L})sir(?!\\p{L})', '(?:very\\s+)+sorry', '\\w+@\\w+']) expect(judgePattern(source)).toEqual({safe: true})
  })

  it('guards against YAML alias bombs and deep nesting', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({length: 8}, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n')
    expect(load(bomb)).toThrow(/aliases are limited/)
    expect(load(`language: en\nentries: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)).toThrow(/nested more than 32 levels/)
  })
})
