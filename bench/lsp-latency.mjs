#!/usr/bin/env node
// How long the language server takes to lint a typical reply (under 1 KB)
// while someone types, after warm-up: the round trip from a didChange
// notification to its publishDiagnostics, and the lint alone inside the
// server (which it reports in $/logTrace with the trace on).
// Prints median and p95 per reply, English and Chinese, with and without
// findings, and the server's start-up.
// usage: npm run bench:lsp [-- --requests 300] [--warmup 100]   (or npm run bench -- --lsp)
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist/bin/reply-lint.js')
const args = process.argv.slice(2)
const arg = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt)
const REQUESTS = arg('--requests', 300)
const WARMUP = arg('--warmup', 100)

if (!fs.existsSync(cli)) {
  console.error('bench: dist/ is missing; run npm run build first')
  process.exit(2)
}

/** Replies as agents write them, written for this benchmark. */
const REPLIES = {
  'English, findings': `Hi Jordan,

Thanks for getting back to us. I checked your order #48213 and the courier scanned it this morning. Don't worry, your parcel will definitely arrive tomorrow, I promise. That's not my problem if the bank holds the refund though, you need to call them yourself.

Best,
Sam`,
  'English, clean': `Hi Jordan,

Thanks for getting back to us. I checked your order #48213 and the courier scanned it this morning, so it should reach you tomorrow. We've emailed you the tracking link, and if the parcel hasn't arrived by Friday, reply to this email and we'll send a replacement straight away.

Best,
Sam`,
  'Chinese, findings': `亲，您好～订单48213已经发出了，明天一定能到，保证不会再出问题！退款的事情不归我管，您找售后吧，我们这边也没办法。`,
  'Chinese, clean': `亲，您好～订单48213今天上午已经发出，预计明天送达，物流单号已经发到您的短信里了。如果周五前还没收到，您直接回复我们，我们马上为您补发。`,
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const summary = times => {
  const sorted = [...times].sort((a, b) => a - b)
  return {median: percentile(sorted, 50), p95: percentile(sorted, 95)}
}
const ms = n => n.toFixed(2)

async function roundTrips() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-lsp-bench-'))
  const started = performance.now()
  const child = spawn(process.execPath, [cli, '--lsp', '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  let findings = new Map()
  connection.onNotification(PublishDiagnosticsNotification.type, params => {
    findings.set(params.uri, params.diagnostics.length)
    const key = `${params.uri}#${params.version}`
    waiting.get(key)?.(performance.now())
    waiting.delete(key)
  })
  /** The server's own lint time per document version. */
  const lintMs = new Map()
  connection.onNotification(LogTraceNotification.type, ({message}) => {
    const m = /^linted (\S+) version (\d+) in ([\d.]+) ms$/.exec(message)
    if (m) lintMs.set(`${m[1]}#${m[2]}`, Number(m[3]))
  })
  connection.listen()
  const published = (uri, version) => new Promise(resolve => waiting.set(`${uri}#${version}`, resolve))
  // No pause: the benchmark measures linting, not the debounce an editor waits for.
  await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'bench'}], capabilities: {}, trace: 'verbose', initializationOptions: {debounceMs: 0}})
  const initialized = performance.now() - started
  await connection.sendNotification(InitializedNotification.type, {})

  const rows = {}
  let firstDiagnostics
  for (const [name, text] of Object.entries(REPLIES)) {
    const uri = pathToFileURL(path.join(folder, `${name.replace(/\W+/g, '-')}.txt`)).href
    const opened = published(uri, 1)
    const sent = performance.now()
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const first = (await opened) - sent
    firstDiagnostics ??= {ms: first, sinceStart: performance.now() - started}
    // Typing at the end of the reply: a character in, a character out, each its own version.
    const end = text.split('\n').length - 1
    const endCharacter = text.split('\n').at(-1).length
    const times = []
    const versions = []
    for (let version = 2; version < 2 + WARMUP + REQUESTS; version++) {
      const insert = version % 2 === 0
      const change = insert
        ? {range: {start: {line: end, character: endCharacter}, end: {line: end, character: endCharacter}}, text: ' '}
        : {range: {start: {line: end, character: endCharacter}, end: {line: end, character: endCharacter + 1}}, text: ''}
      const done = published(uri, version)
      const at = performance.now()
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [change]})
      const t = (await done) - at
      if (version >= 2 + WARMUP) times.push(t), versions.push(version)
    }
    // The trace of the last change follows its diagnostics: wait for it.
    while (!lintMs.has(`${uri}#${versions.at(-1)}`)) await new Promise(resolve => setTimeout(resolve, 5))
    rows[name] = {bytes: Buffer.byteLength(text), findings: findings.get(uri), first, ...summary(times), inside: summary(versions.map(v => lintMs.get(`${uri}#${v}`)))}
  }
  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  connection.dispose()
  fs.rmSync(folder, {recursive: true, force: true})
  return {rows, initialized, firstDiagnostics}
}

const trips = await roundTrips()
console.log(`reply-lint language server, ${REQUESTS} changes per reply after ${WARMUP} to warm up (node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`)
console.log(`start-up: initialize answered after ${ms(trips.initialized)} ms; the first document's diagnostics ${ms(trips.firstDiagnostics.ms)} ms after its didOpen (${ms(trips.firstDiagnostics.sinceStart)} ms after the start)`)
console.log('')
console.log('| reply | bytes | findings | didChange → publishDiagnostics median | p95 | lint in the server median | p95 |')
console.log('|---|---:|---:|---:|---:|---:|---:|')
for (const [name, row] of Object.entries(trips.rows)) {
  console.log(`| ${name} | ${row.bytes} | ${row.findings} | ${ms(row.median)} ms | ${ms(row.p95)} ms | ${ms(row.inside.median)} ms | ${ms(row.inside.p95)} ms |`)
}
