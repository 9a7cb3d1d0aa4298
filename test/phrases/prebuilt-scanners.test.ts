// The build ships the literal scanners of the built-in phrase sets; the
// literal table uses one only when it knows every literal in use, and
// builds a scanner otherwise. Either way, a phrase set finds what its
// alternation finds.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it, vi} from 'vitest'
import {compilePhrases, phraseMatches, precompilePhrases, type CompiledPhrases} from '../../src/phrases/compile.js'
import {prebuildScanners, usePrebuiltScanners} from '../../src/phrases/literals.js'
import {LiteralScanner} from '../../src/phrases/scanner.js'
import type {PhraseFile} from '../../src/phrases/format.js'

const shop: PhraseFile = {
  language: 'en',
  entries: [
    {id: 'cannot', pattern: ['we cannot', 'not possible'], message: 'Says what cannot be done.', rewrites: ['we can']},
    {id: 'policy', pattern: '/\\bcompany\\s+policy\\b/', message: 'Hides behind policy.', rewrites: ['our approach']},
    {id: 'refund', pattern: '不能退款', message: 'Refuses a refund.', rewrites: ['可以为您办理']},
    {id: 'ASAP', pattern: 'ASAP', caseSensitive: true, message: 'Sounds rushed.', rewrites: ['as soon as we can']},
  ],
}

const courier: PhraseFile = {
  language: 'en',
  entries: [{id: 'courier', pattern: 'blame the courier', message: 'Blames another party.', rewrites: ['we will follow up with the courier']}],
}

/** The anchor literals of a phrase file, as the build collects them from its plans. */
function anchorLiterals(file: PhraseFile): Array<{literal: string; ignoreCase: boolean}> {
  const {plans} = precompilePhrases(file, 'test')
  return Object.entries(plans).flatMap(([key, plan]) =>
    (plan?.alternatives ?? []).flatMap(({clauses}) => clauses.flat().map(literal => ({literal, ignoreCase: key !== 'caseSensitive'}))),
  )
}

function matched(set: CompiledPhrases, text: string): string[] {
  return [false, true].flatMap(caseSensitive => phraseMatches(set, caseSensitive, text).map(m => set.entries[m.entry]!.id))
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-prebuilt-'))
afterAll(() => fs.rmSync(directory, {recursive: true, force: true}))

describe('prebuilt literal scanners', () => {
  // Literals no set here registers come first, and the set's own in reverse:
  // the prebuilt scanner's numbers are not the table's, and must be mapped.
  const unused = [{literal: '\u0001refund\u0001', ignoreCase: true}, {literal: 'not', ignoreCase: true}, {literal: '退', ignoreCase: false}]
  prebuildScanners([...unused, ...anchorLiterals(shop).reverse()], pathToFileURL(`${directory}/`))
  usePrebuiltScanners(pathToFileURL(`${directory}/`))
  const readFile = vi.spyOn(fs, 'readFileSync')
  const restored: LiteralScanner[] = []
  const fromSerialized = LiteralScanner.fromSerialized
  vi.spyOn(LiteralScanner, 'fromSerialized').mockImplementation(bytes => {
    const scanner = fromSerialized(bytes)
    if (scanner) restored.push(scanner)
    return scanner
  })
  const scannersRead = () => readFile.mock.calls.map(([file]) => path.basename(String(file))).filter(f => f.startsWith('literal-scanner.'))
  const set = compilePhrases(shop, 'test')

  it('are used when they know every literal of the sets in use, the Han one only for Han text', () => {
    expect(matched(set, 'Sorry, we cannot do that: company policy. Not possible ASAP, no refund.')).toEqual(['cannot', 'policy', 'cannot', 'ASAP'])
    expect(matched(set, 'We can, asap.')).toEqual([])
    expect(scannersRead()).toEqual(['literal-scanner.other.bin'])
    expect(restored).toHaveLength(1)
    const scan = vi.spyOn(restored[0]!, 'scan')
    expect(matched(set, 'WE CANNOT, it is company  policy')).toEqual(['cannot', 'policy'])
    expect(scan).toHaveBeenCalled()
    expect(matched(set, '抱歉，不能退款。')).toEqual(['refund'])
    expect(scannersRead()).toEqual(['literal-scanner.other.bin', 'literal-scanner.han.bin'])
  })

  it('give way to a built scanner when a set adds a literal they lack', () => {
    expect(restored).toHaveLength(2)
    const [other, han] = restored.map(scanner => vi.spyOn(scanner, 'scan').mockClear())
    const added = compilePhrases(courier, 'test')
    const text = 'We cannot blame the courier for company policy.'
    expect(matched(added, text)).toEqual(['courier'])
    // The sets registered before still find theirs through the new scanner.
    expect(matched(set, text)).toEqual(['cannot', 'policy'])
    expect(other).not.toHaveBeenCalled()
    // Han literals are all known still: that group keeps its prebuilt scanner.
    expect(matched(set, '不能退款')).toEqual(['refund'])
    expect(han).toHaveBeenCalled()
  })
})
