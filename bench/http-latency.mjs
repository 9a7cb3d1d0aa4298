#!/usr/bin/env node
// The HTTP API's latency for typical replies (under 1 KB): `reply-lint serve`
// started as users start it, on an ephemeral loopback port, then a bounded
// number of POST /lint requests, one at a time on one kept-alive connection,
// after a warm-up. Prints the median and p95 in ms. Nothing is asserted.
// usage: node bench/http-latency.mjs [--requests 2000] [--warmup 300]
import {spawn} from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import {mixedReplies, percentile} from './replies.mjs'

const args = process.argv.slice(2)
const arg = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt)
const requests = arg('--requests', 2000)
const warmup = arg('--warmup', 300)
const cli = path.resolve(import.meta.dirname, '../dist/bin/reply-lint.js')

const replies = mixedReplies().filter(text => Buffer.byteLength(JSON.stringify({text})) < 1024)
const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--no-config'], {stdio: ['ignore', 'pipe', 'inherit']})
const base = await new Promise((resolve, reject) => {
  let out = ''
  server.stdout.on('data', d => {
    out += d
    const url = /serving on (http:\/\/\S+\/)/.exec(out)?.[1]
    if (url) resolve(url)
  })
  server.on('exit', code => reject(new Error(`reply-lint serve exited with ${code}`)))
})
const agent = new http.Agent({keepAlive: true, maxSockets: 1})
const url = new URL('lint', base)

function post(text) {
  const body = JSON.stringify({text})
  return new Promise((resolve, reject) => {
    const req = http.request(url, {method: 'POST', agent, headers: {'content-type': 'application/json', 'content-length': Buffer.byteLength(body)}}, res => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end(body)
  })
}

for (let i = 0; i < warmup; i++) await post(replies[i % replies.length])
const times = []
let bytes = 0
for (let i = 0; i < requests; i++) {
  const text = replies[(warmup + i) % replies.length]
  bytes += Buffer.byteLength(text)
  const start = process.hrtime.bigint()
  await post(text)
  times.push(Number(process.hrtime.bigint() - start) / 1e6)
}
server.kill('SIGTERM')
agent.destroy()
times.sort((a, b) => a - b)
const fmt = n => n.toFixed(2)
console.log(`POST /lint, ${requests} requests after ${warmup} of warm-up, one at a time over one loopback connection`)
console.log(`replies under 1 KB of JSON from the benchmark corpus (English and Chinese), ${Math.round(bytes / requests)} bytes of text on average`)
console.log(`median ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms, p99 ${fmt(percentile(times, 99))} ms, max ${fmt(times.at(-1))} ms`)
