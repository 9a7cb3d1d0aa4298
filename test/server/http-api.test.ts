// The HTTP API over real HTTP on 127.0.0.1 (an ephemeral port): the same
// report as --format json, config resolution as for the CLI, and a clear
// 4xx for every kind of bad request.
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import {createLintServer} from '../../src/server/http-api.js'
import {MAX_REPLIES} from '../../src/server/lint-request.js'
import {assertBuilt, run, tempDir} from '../cli/helpers.js'

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  json: () => any
}

function request(base: string, method: string, route: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(route, base), {method, headers}, res => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({status: res.statusCode!, headers: res.headers, body: text, json: () => JSON.parse(text)})
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

const postJson = (base: string, data: unknown, route = '/lint') => request(base, 'POST', route, JSON.stringify(data), {'content-type': 'application/json'})

async function listen(options: Parameters<typeof createLintServer>[0]): Promise<{base: string; close: () => Promise<void>}> {
  const {server} = createLintServer(options)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {base: `http://127.0.0.1:${port}`, close: () => new Promise(resolve => server.close(() => resolve()))}
}

describe('POST /lint', () => {
  let base: string
  let close: () => Promise<void>
  let dir: string
  beforeAll(async () => {
    dir = tempDir('reply-lint-http-')
    // A folder config turns one rule off, and an override names another file's rule: both as the CLI reads them.
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'rules:\n  internet-slang: off\noverrides:\n  - files: ["macros/**"]\n    rules:\n      absolute-promise: error\n')
    ;({base, close} = await listen({cwd: dir, bodyLimit: 64 * 1024}))
  })
  afterAll(() => close?.())

  it('answers one reply with the json report, as the CLI writes it for the same text and config', async () => {
    const text = 'We guarantee it arrives tomorrow. thx, and that is not my department.'
    const answer = await postJson(base, {text})
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    const [entry] = answer.json()
    expect(entry.filePath).toBe('<text>')
    expect(entry.messages.map((m: any) => m.ruleId)).toContain('absolute-promise')
    // The folder's config is in force: no slang finding for "thx".
    expect(entry.messages.map((m: any) => m.ruleId)).not.toContain('internet-slang')
    assertBuilt()
    const cli = run(['--format', 'json', '--stdin-filename', '<text>'], {cwd: dir, input: text})
    expect(entry).toEqual(JSON.parse(cli.stdout)[0])
  })

  it('lints a list of replies, each with its own language hint, format and name', async () => {
    const answer = await postJson(base, {
      replies: [
        {text: '这个不归我管。'},
        {text: '這個不歸我管。', language: 'zh-Hant'},
        {text: 'We guarantee a refund.', filePath: 'macros/refund.txt'},
        {text: '# Refund\n\nWe guarantee it.\n', format: 'markdown'},
      ],
    })
    expect(answer.status).toBe(200)
    const entries = answer.json()
    expect(entries).toHaveLength(4)
    const rules = (i: number) => entries[i].messages.map((m: any) => m.ruleId)
    expect(rules(0)).toContain('negative-language')
    // Traditional in, Traditional out.
    const traditional = entries[1].messages.find((m: any) => m.ruleId === 'negative-language')
    expect(traditional.suggestions[0].fix.text).toMatch(/[為這幫處]/)
    expect(traditional.suggestions[0].fix.text).not.toMatch(/[为这帮处]/)
    // The override for macros/** makes the promise an error there.
    expect(entries[2].filePath).toBe('macros/refund.txt')
    expect(entries[2].messages.find((m: any) => m.ruleId === 'absolute-promise').level).toBe('error')
    expect(entries[3].messages.find((m: any) => m.ruleId === 'absolute-promise').line).toBe(3)
  })

  it('a bare array is a list too; fix returns the fixed text; verbose adds info findings', async () => {
    const [plain, fixed] = (await postJson(base, [{text: 'I cannot do that.'}, {text: 'It is guaranteed to arrive.', fix: true}])).json()
    expect(plain.messages.every((m: any) => m.level !== 'info')).toBe(true)
    expect(fixed.output).toBe('It is expected to arrive.')
    const [verbose] = (await postJson(base, {text: 'I cannot do that.', verbose: true})).json()
    expect(verbose.messages.length).toBeGreaterThan(plain.messages.length)
    expect(verbose.messages.some((m: any) => m.level === 'info')).toBe(true)
  })

  it('answers requests made at the same time each with its own reply', async () => {
    const texts = Array.from({length: 40}, (_, i) => (i % 2 ? `订单${i}号，保证明天一定到。` : `Order ${i}: we guarantee it ships today.`))
    const answers = await Promise.all(texts.map(text => postJson(base, {text})))
    answers.forEach((answer, i) => {
      const [entry] = answer.json()
      expect(entry.source).toBe(texts[i])
      expect(entry.messages.map((m: any) => m.actual)).toEqual([i % 2 ? '保证' : 'we guarantee', ...(i % 2 ? ['一定到'] : [])])
    })
  })

  it('refuses bad requests with a one-line message and the right status', async () => {
    const cases: Array<[Promise<Answer>, number, RegExp]> = [
      [request(base, 'POST', '/lint', '{"text": ', {'content-type': 'application/json'}), 400, /^bad JSON/],
      [request(base, 'POST', '/lint', 'We guarantee it.', {'content-type': 'text/plain'}), 415, /content-type must be application\/json/],
      [request(base, 'POST', '/lint', '{"text":"hi"}'), 415, /missing/],
      [request(base, 'POST', '/lint', '{"text":"hi"}', {'content-type': 'application/json; charset=latin1'}), 415, /UTF-8/],
      [request(base, 'GET', '/lint'), 405, /use POST/],
      [request(base, 'PUT', '/health'), 405, /use GET/],
      [request(base, 'GET', '/nowhere'), 404, /no such path: \/nowhere/],
      [postJson(base, {text: 42}), 400, /^text: must be a string/],
      [postJson(base, {message: 'hi'}), 400, /^message: unknown field/],
      [postJson(base, {}), 400, /^text: missing/],
      [postJson(base, {text: 'hi', language: 'fr'}), 400, /^language: must be one of en, zh-Hans, zh-Hant/],
      [postJson(base, {text: 'hi', format: 'docx'}), 400, /^format: unknown input format/],
      [postJson(base, {text: 'hi', fix: 'yes'}), 400, /^fix: must be true or false/],
      [postJson(base, {text: 'hi', filePath: '../../etc/passwd'}), 400, /relative path inside/],
      [postJson(base, {text: 'hi', filePath: '/etc/x.txt'}), 400, /relative path inside/],
      [postJson(base, {replies: [{text: 'ok'}, {text: null}]}), 400, /^replies\[1\]\.text: must be a string/],
      [postJson(base, {replies: []}), 400, /no replies given/],
      [postJson(base, 'just a string'), 400, /expected a JSON object/],
      [postJson(base, {text: '{"a": ', format: 'json'}), 400, /1:\d+: .*\(as json\)/],
      [postJson(base, Array.from({length: MAX_REPLIES + 1}, () => ({text: 'ok'}))), 413, /at most 1000 per request/],
      [request(base, 'POST', '/lint', Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), {'content-type': 'application/json'}), 400, /not valid UTF-8/],
    ]
    for (const [pending, status, message] of cases) {
      const answer = await pending
      expect({status: answer.status, body: answer.body}).toMatchObject({status})
      const {error} = answer.json()
      expect(error).toMatch(message)
      expect(error).not.toContain('\n')
    }
    const notAllowed = await request(base, 'DELETE', '/lint')
    expect(notAllowed.headers.allow).toBe('POST')
  })

  it('refuses a body over the limit with 413, whether its length is declared or not', async () => {
    const big = JSON.stringify({text: 'x'.repeat(70 * 1024)})
    const declared = await request(base, 'POST', '/lint', big, {'content-type': 'application/json'})
    expect(declared.status).toBe(413)
    expect(declared.json().error).toMatch(/over 65536 bytes/)
    // Chunked: no content-length, so the limit is found while reading.
    const chunked = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(new URL('/lint', base), {method: 'POST', headers: {'content-type': 'application/json', 'transfer-encoding': 'chunked'}}, res => {
        let text = ''
        res.setEncoding('utf8').on('data', d => (text += d))
        res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: text, json: () => JSON.parse(text)}))
      })
      req.on('error', reject)
      for (let i = 0; i < 70; i++) req.write('x'.repeat(1024))
      req.end()
    })
    expect(chunked.status).toBe(413)
    // The server is still there for the next request.
    expect((await postJson(base, {text: 'Thanks!'})).status).toBe(200)
  })
})

describe('GET /health and the playground', () => {
  let base: string
  let close: () => Promise<void>
  beforeAll(async () => {
    ;({base, close} = await listen({useConfigFiles: false, staticFiles: new Map([['/', {body: Buffer.from('<!doctype html><title>p</title>'), type: 'text/html; charset=utf-8'}]])}))
  })
  afterAll(() => close?.())

  it('reports health as JSON', async () => {
    const answer = await request(base, 'GET', '/health')
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/)})
  })

  it('serves the playground at / and nothing else under other names', async () => {
    const page = await request(base, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('<title>p</title>')
    expect((await request(base, 'GET', '/../package.json')).status).toBe(404)
    expect((await request(base, 'GET', '/%2e%2e/package.json')).status).toBe(404)
  })
})
