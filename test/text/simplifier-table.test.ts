// The build ships the Traditional-to-Simplified character table instead of
// working it out with OpenCC in every thread: what it ships must be that table.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {prebuildSimplifier, readSimplifierTable, simplifierTableFromOpenCC} from '../../src/text/simplifier-table.js'

describe('the prebuilt simplifier table', () => {
  it('reads back as the table OpenCC gives, pair for pair', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-simplifier-'))
    try {
      const url = pathToFileURL(`${dir}/`)
      const pairs = await prebuildSimplifier(url)
      const fromOpenCC = await simplifierTableFromOpenCC()
      const read = readSimplifierTable(new URL('simplified-codes.bin', url))
      expect(read).toEqual(fromOpenCC)
      expect(pairs).toBeGreaterThan(1000)
      // 們 -> 们, 臺 -> 台; 么 stays (it is itself a Simplified form).
      expect(String.fromCharCode(read!['們'.charCodeAt(0)]!, read!['臺'.charCodeAt(0)]!)).toBe('们台')
      expect(read!['么'.charCodeAt(0)]).toBe(0)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })

  it('is not read from a file that is not one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-simplifier-'))
    try {
      fs.writeFileSync(path.join(dir, 'odd.bin'), Buffer.from([1, 2, 3]))
      expect(readSimplifierTable(pathToFileURL(path.join(dir, 'odd.bin')))).toBeUndefined()
      expect(readSimplifierTable(pathToFileURL(path.join(dir, 'missing.bin')))).toBeUndefined()
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
