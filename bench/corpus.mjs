#!/usr/bin/env node
// Builds the benchmark corpus, deterministically, into bench/.corpus/:
// real agent replies from ../shared/data/real/ (read from there, never copied
// into the repository) with one reply in ten swapped for a bad reply of the
// development set, repeated to each requested size, written as text files of
// about 1 MB (replies separated by blank lines), one JSONL transcript and one CSV.
// usage: node bench/corpus.mjs [--sizes 1,10,100] [--lang en|zh|both]
import fs from 'node:fs'
import path from 'node:path'

const here = import.meta.dirname
const shared = path.resolve(here, '../../shared/data')
export const corpusDir = path.join(here, '.corpus')
const MB = 1 << 20

function tsvReplies(file) {
  return fs
    .readFileSync(path.join(shared, 'real', file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(line => line.includes('\t'))
    .map(line => line.slice(line.indexOf('\t') + 1).trim())
    .filter(Boolean)
}

function badReplies(lang) {
  return fs
    .readFileSync(path.join(shared, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
    .filter(c => c.expect.length && (lang === 'en' ? c.lang === 'en' : c.lang !== 'en'))
    .map(c => c.text.replace(/\s*\n\s*/g, ' '))
}

/** The i-th reply of the stream: real replies with every tenth one bad. */
function replyStream(lang) {
  const real = tsvReplies(lang === 'en' ? 'en-agent-replies.tsv' : 'zh-agent-replies.tsv')
  const bad = badReplies(lang)
  return i => (i % 10 === 9 ? bad[Math.floor(i / 10) % bad.length] : real[i % real.length])
}

const csvCell = s => `"${s.replace(/"/g, '""')}"`

export function buildCorpus(lang, sizeMb) {
  const dir = path.join(corpusDir, `${lang}-${sizeMb}mb`)
  const stamp = path.join(dir, '.complete')
  if (fs.existsSync(stamp)) return dir
  fs.rmSync(dir, {recursive: true, force: true})
  fs.mkdirSync(path.join(dir, 'text'), {recursive: true})
  const next = replyStream(lang)
  const jsonl = fs.openSync(path.join(dir, 'transcript.jsonl'), 'w')
  const csv = fs.openSync(path.join(dir, 'replies.csv'), 'w')
  fs.writeSync(csv, 'id,speaker,text\n')
  let total = 0
  let replies = 0
  let file = 0
  let chunk = []
  let chunkBytes = 0
  const flush = () => {
    if (!chunk.length) return
    fs.writeFileSync(path.join(dir, 'text', `replies-${String(file++).padStart(4, '0')}.txt`), chunk.join('\n\n') + '\n')
    chunk = []
    chunkBytes = 0
  }
  while (total < sizeMb * MB) {
    const text = next(replies)
    const bytes = Buffer.byteLength(text) + 2
    chunk.push(text)
    chunkBytes += bytes
    total += bytes
    fs.writeSync(jsonl, JSON.stringify({role: 'agent', text}) + '\n')
    fs.writeSync(csv, `${replies},agent,${csvCell(text)}\n`)
    replies++
    if (chunkBytes >= MB) flush()
  }
  flush()
  fs.closeSync(jsonl)
  fs.closeSync(csv)
  fs.writeFileSync(path.join(dir, 'all.txt'), fs.readdirSync(path.join(dir, 'text')).sort().map(f => fs.readFileSync(path.join(dir, 'text', f), 'utf8')).join('\n'))
  fs.writeFileSync(stamp, JSON.stringify({replies, bytes: total}))
  return dir
}

export function corpusInfo(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, '.complete'), 'utf8'))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const sizes = (args[args.indexOf('--sizes') + 1] ?? '1,10,100').split(',').map(Number)
  const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'both'
  for (const lang of langArg === 'both' ? ['en', 'zh'] : [langArg])
    for (const size of sizes) console.log(`${buildCorpus(lang, size)} ${JSON.stringify(corpusInfo(path.join(corpusDir, `${lang}-${size}mb`)))}`)
}
