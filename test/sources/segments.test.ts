// Large JSONL and CSV files are cut into segments of whole records by their
// bytes and read segment by segment, in any thread and any order of
// finishing: the findings and problems must be those of the file read
// whole, in file order.
import {describe, expect, it} from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileSegments} from '../../src/io/segments.js'
import {lintSegment, segmentLength, type SegmentLinting} from '../../src/io/segment-linting.js'
import {lintStreamed, type StreamableFormat} from '../../src/io/source-reading.js'
import {sourceFormat} from '../../src/sources/index.js'
import type {Finding} from '../../src/types.js'
import fc from 'fast-check'
import {lintPath, markerLinter, root} from './helpers.js'
import {runs} from '../properties/helpers.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-segments-'))
const temp = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

async function segmentsOf(file: string, records: 'lines' | 'quoted-lines', size: number, maxRecordChars?: number) {
  const out: Array<{text: string; line: number}> = []
  for await (const s of fileSegments(file, {records, size, maxRecordChars})) out.push({text: s.bytes.toString('utf8'), line: s.line})
  return out
}

/** Lints segments here, but lets them finish in a scrambled order, several at once. */
function scrambled(linter: Awaited<ReturnType<typeof markerLinter>>): SegmentLinting {
  let n = 0
  return {
    atOnce: 5,
    lint: async job => {
      const outcome = await lintSegment(linter, job)
      await new Promise(resolve => setTimeout(resolve, (n++ * 7) % 5))
      return outcome
    },
  }
}

async function streamed(file: string, segmentBytes: number, linting?: (linter: Awaited<ReturnType<typeof markerLinter>>) => SegmentLinting) {
  const linter = await markerLinter()
  const format = sourceFormat(file) as StreamableFormat
  return lintStreamed(linter, format, file, {display: path.relative(root, file), segmentBytes, ...(linting ? {linting: linting(linter)} : {})})
}

const where = (fs: Finding[]) => fs.map(({line, column, endLine, endColumn, range, actual}) => ({line, column, endLine, endColumn, range, actual}))

describe('fileSegments', () => {
  it('cuts JSONL at line breaks only, keeping every byte and counting lines', async () => {
    const lines = Array.from({length: 500}, (_, i) => JSON.stringify({text: `第${i}条 reply ${'é'.repeat(i % 13)}`}))
    const content = `${lines.join('\r\n')}\r\n{"text":"no newline at the end"}`
    const file = temp('cut.jsonl', `\uFEFF${content}`)
    const segments = await segmentsOf(file, 'lines', 1000)
    expect(segments.length).toBeGreaterThan(10)
    expect(segments.map(s => s.text).join('')).toBe(content)
    let line = 1
    for (const s of segments.slice(0, -1)) {
      expect(s.text.endsWith('\n')).toBe(true)
      expect(s.line).toBe(line)
      line += s.text.split('\n').length - 1
    }
    expect(segments.at(-1)!.line).toBe(line)
  })

  it('reads a file of several megabytes in blocks, cutting and counting as in one piece', async () => {
    // Segments of 7,000 bytes do not divide the 1 MiB read blocks: reads come up short at each block's end.
    const lines = Array.from({length: 40_000}, (_, i) => JSON.stringify({text: `reply ${i} ${'x'.repeat(i % 97)} 完`}))
    const content = `${lines.join('\n')}\n`
    const segments = await segmentsOf(temp('blocks.jsonl', content), 'lines', 7000)
    expect(Buffer.byteLength(content)).toBeGreaterThan(2 * 1024 * 1024)
    expect(segments.map(s => s.text).join('')).toBe(content)
    let line = 1
    for (const s of segments) {
      expect(s.text.endsWith('\n')).toBe(true)
      expect(s.line).toBe(line)
      line += s.text.split('\n').length - 1
    }
    expect(line).toBe(40_001)
  })

  it('never cuts CSV inside a quoted field, even one spanning many lines', async () => {
    const rows = ['id,text']
    for (let i = 0; i < 300; i++) rows.push(`${i},"line one of ${i}\nline two, ""quoted""\nline three"`)
    const file = temp('cut.csv', `${rows.join('\n')}\n`)
    const segments = await segmentsOf(file, 'quoted-lines', 700)
    expect(segments.length).toBeGreaterThan(10)
    for (const s of segments) {
      expect((s.text.match(/"/g) ?? []).length % 2).toBe(0)
      expect(s.text).toMatch(/^(?:id|\d+),/)
    }
  })

  it('stops after a quote open longer than any record the reader takes', async () => {
    const file = temp('open.csv', `id,text\n1,"never closed\n${'more text\n'.repeat(2000)}`)
    const segments = await segmentsOf(file, 'quoted-lines', 1024, 1000)
    const bytes = segments.reduce((n, s) => n + Buffer.byteLength(s.text), 0)
    expect(bytes).toBeLessThan(3 * 1000 + 2048)
  })
})

describe('segmentLength', () => {
  it('counts the UTF-16 units the bytes decode to, valid or not', () => {
    const cases = [
      Buffer.from('plain ASCII line\n'),
      Buffer.from('\uFEFF{"text":"您好，已为您安排发货"}\n'),
      Buffer.from('emoji 😀 and 𠀀 take two units each'),
      Buffer.from([0x61, 0x80, 0x62]), // a lone continuation byte
      Buffer.from([0xe4, 0xbd, 0x61]), // a sequence cut short
      Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]), // overlong, surrogate, beyond U+10FFFF
      Buffer.from([0xf0, 0x9f, 0x98]), // four-byte sequence without its last byte
      Buffer.alloc(0),
    ]
    for (const bytes of cases) expect(segmentLength(bytes), JSON.stringify([...bytes])).toBe(bytes.toString('utf8').length)
  })

  it('counts text of every script the same at every alignment of its bytes', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), fc.nat(7), (text, shift) => {
        const encoded = Buffer.from(text)
        // The same bytes at `shift` bytes into a buffer of their own.
        const bytes = new Uint8Array(new ArrayBuffer(encoded.length + shift), shift)
        bytes.set(encoded)
        expect(segmentLength(bytes)).toBe(text.length)
      }),
      runs(300),
    )
  })
})

describe('lintStreamed over many segments', () => {
  const jsonl = () => {
    const lines: string[] = []
    for (let i = 0; i < 2000; i++) {
      const who = i % 3 === 0 ? 'user' : 'assistant'
      lines.push(JSON.stringify({role: who, content: i % 2 ? `Reply ${i}: "quoted" é we guarantee it` : `第${i}条：亲，这个不归我管`}))
    }
    lines.splice(700, 1, '{"role": oops}')
    return temp('many.jsonl', lines.map((l, i) => l + (i % 7 ? '\n' : '\r\n')).join(''))
  }

  it('JSONL: the findings and problems of the file read whole, in order, whichever segment finishes first', async () => {
    const file = jsonl()
    const whole = await lintPath(file)
    expect(whole.result!.findings.length).toBeGreaterThan(1000)
    for (const linting of [undefined, scrambled]) {
      const {findings, problems, replyCount} = await streamed(file, 2048, linting)
      expect(where(findings)).toEqual(where(whole.result!.findings))
      expect(problems).toEqual(whole.problems)
      expect(problems).toMatchObject([{line: 701, fatal: true}])
      expect(replyCount).toBe(whole.result!.replyCount)
    }
  })

  it('CSV: the header of the first segment decides the columns of every other', async () => {
    const rows = ['id;speaker;reply']
    for (let i = 0; i < 600; i++) rows.push(`${i};${i % 2 ? 'agent' : 'customer'};"Row ${i} ""x""\r\nsecond line; we guarantee it"`)
    const file = temp('many.csv', rows.join('\r\n') + '\r\n')
    const whole = await lintPath(file)
    expect(whole.result!.findings.length).toBe(300)
    const {findings, problems} = await streamed(file, 1500, scrambled)
    expect(where(findings)).toEqual(where(whole.result!.findings))
    expect(problems).toEqual([])
  })

  it('CSV: a quote never closed stops the reading there; the rows before it are linted', async () => {
    const rows = ['id,text']
    for (let i = 0; i < 50; i++) rows.push(`${i},we guarantee it`)
    const file = temp('stops.csv', `${rows.join('\n')}\n50,"never closed\n${'we guarantee it\n'.repeat(200_000)}`)
    const {findings, problems} = await streamed(file, 4096, scrambled)
    expect(findings.map(f => f.line)).toEqual(Array.from({length: 50}, (_, i) => i + 2))
    expect(problems).toMatchObject([{message: expect.stringMatching(/quoted field opened on line 52 is never closed/), fatal: true}])
  })

  it('JSONL of an unknown shape is reported once for the whole file', async () => {
    const file = temp('shape.jsonl', '{"a":1}\n'.repeat(3000))
    const {findings, problems} = await streamed(file, 1024, scrambled)
    expect(findings).toEqual([])
    expect(problems).toMatchObject([{message: expect.stringMatching(/no replies found/), fatal: true}])
  })

  it('JSONL: inline directives silence what they silence in the file read whole, across segments', async () => {
    const lines: string[] = []
    const reply = (i: number) => JSON.stringify({role: 'agent', content: `Reply ${i}: we guarantee it, 这个不归我管`})
    for (let i = 0; i < 1200; i++) {
      if (i === 100) lines.push(JSON.stringify({role: 'agent', content: 'reply-lint-disable test-marker -- a block that spans many segments'}))
      else if (i === 400) lines.push(JSON.stringify({role: 'agent', content: 'reply-lint-enable test-marker'}))
      else if (i === 600) lines.push(JSON.stringify({role: 'agent', content: 'reply-lint-disable'}))
      else if (i === 700) lines.push(JSON.stringify({role: 'agent', content: 'reply-lint-enable'}))
      else if (i % 37 === 0) lines.push(JSON.stringify({role: 'agent', content: 'reply-lint-disable-next-line'}))
      else if (i % 53 === 0) lines.push(JSON.stringify({'role': 'agent', 'content': `Reply ${i}: we guarantee it`, 'reply-lint': 'disable-line test-marker'}))
      else lines.push(reply(i))
    }
    const file = temp('directives.jsonl', lines.join('\n') + '\n')
    const whole = await lintPath(file)
    // Every kind of directive has had its say in the file read whole.
    expect(whole.result!.findings.length).toBeLessThan(2 * (1200 - 300 - 100))
    expect(whole.result!.findings.some(f => f.line === 102)).toBe(false)
    expect(whole.result!.findings.some(f => f.line === 39)).toBe(false)
    // Segments of about 300 bytes: most disable-next-line directives are the last record of theirs.
    for (const size of [300, 2048]) {
      const {findings} = await streamed(file, size, scrambled)
      expect(where(findings)).toEqual(where(whole.result!.findings))
    }
  })

  it('CSV: a disable-next-line on the last row of a segment silences the first row of the next', async () => {
    const rows = ['speaker,text']
    for (let i = 0; i < 400; i++) rows.push(i % 5 === 4 ? 'agent,reply-lint-disable-next-line test-marker' : `agent,Row ${i} we guarantee it`)
    const file = temp('directives.csv', rows.join('\n') + '\n')
    const whole = await lintPath(file)
    expect(whole.result!.findings.length).toBe(241)
    const {findings} = await streamed(file, 128, scrambled)
    expect(where(findings)).toEqual(where(whole.result!.findings))
  })

  it('the speaker notice counts the speakers of every segment', async () => {
    const file = temp('speakers.jsonl', Array.from({length: 3000}, (_, i) => JSON.stringify({role: i % 2 ? 'user' : 'customer', content: 'hi'})).join('\n'))
    const whole = await lintPath(file)
    const {problems} = await streamed(file, 1024, scrambled)
    expect(problems).toEqual(whole.problems)
    expect(problems).toMatchObject([{message: expect.stringMatching(/no agent messages recognised/), fatal: false}])
  })
})
