// The --stream contract: one JSON line out per JSONL line in, in order,
// flushed before the next line is read, bad lines answered in place.
import {describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import path from 'node:path'

const bin = path.resolve(import.meta.dirname, '../dist/bin/reply-lint.js')

describe('reply-lint --stream', () => {
  it('answers every input line in order, bad lines in place', () => {
    const input = ['{"id":"a","text":"We guarantee it."}', 'not json', '', '"Thanks!"', '{"role":"agent","content":"這個保證沒問題"}', '{"x":1}'].join('\n') + '\n'
    const r = spawnSync(process.execPath, [bin, '--stream'], {input, encoding: 'utf8'})
    const out = r.stdout.trim().split('\n').map(l => JSON.parse(l))
    expect(out.map(o => o.line)).toEqual([1, 2, 3, 4, 5, 6])
    expect(out[0]).toMatchObject({id: 'a', warningCount: 1, messages: [{ruleId: 'absolute-promise', line: 1, column: 1, actual: 'We guarantee'}]})
    expect(out[1].error).toMatch(/invalid JSON/)
    expect(out[2]).toEqual({line: 3, skipped: 'blank line'})
    expect(out[3]).toEqual({line: 4, messages: [], errorCount: 0, warningCount: 0})
    expect(out[4].messages[0]).toMatchObject({actual: '保證', language: 'zh-Hant', speaker: 'agent'})
    expect(out[5].error).toMatch(/--text-field/)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/2 of 6 lines could not be linted/)
  })

  it('flushes each result before the next line arrives', async () => {
    const child = spawn(process.execPath, [bin, '--stream', '--max-warnings', '-1'])
    const received: string[] = []
    let buffer = ''
    const nextLine = () =>
      new Promise<string>(resolve => {
        const onData = (chunk: Buffer) => {
          buffer += chunk.toString()
          const at = buffer.indexOf('\n')
          if (at >= 0) {
            child.stdout.off('data', onData)
            const line = buffer.slice(0, at)
            buffer = buffer.slice(at + 1)
            resolve(line)
          }
        }
        child.stdout.on('data', onData)
      })
    for (const text of ["We can't do that.", 'Thanks!', 'It is guaranteed.']) {
      child.stdin.write(`${JSON.stringify({text})}\n`)
      received.push(await nextLine())
    }
    child.stdin.end()
    const code = await new Promise(resolve => child.on('close', resolve))
    expect(received.map(l => JSON.parse(l).line)).toEqual([1, 2, 3])
    expect(JSON.parse(received[0]!).messages[0].ruleId).toBe('negative-language')
    expect(code).toBe(0)
  })
})
