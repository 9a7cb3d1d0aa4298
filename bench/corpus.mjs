#!/usr/bin/env node
// Builds the benchmark corpus, deterministically, into bench/.corpus/:
// real agent replies from ../shared/data/real/ (read from there, never copied
// into the repository) with one reply in ten swapped for a bad reply of the
// development set, repeated to each requested size, written as text files of
// about 1 MB (replies separated by blank lines), one JSONL transcript and one CSV.
// usage: node bench/corpus.mjs [--sizes 1,10,100] [--lang en|zh|both] [--dense]
// (--dense: the dense corpus instead, see buildDenseCorpus)
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

// The dense corpus: replies where most have findings, made at bench time from
// the development set's sentences (read from ../shared/data/dev.jsonl, never
// copied into the repository). A real helpdesk export repeats canned phrases
// but rarely a whole reply, so each reply here joins sentences of different
// development replies, in varying order, with varied names, numbers and order
// ids: a cache of whole replies gains nothing, one of sentences what it would
// in a real export.
const DENSE_MB = 4
const enNames = ['Lena', 'Marcus', 'Priya', 'Tom', 'Aisha', 'Diego', 'Hannah', 'Kenji', 'Olivia', 'Sam', 'Fatima', 'Lucas', 'Mei', 'Noah', 'Zara', 'Ivan']
const zhNames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭']

/** A small deterministic generator (mulberry32): the same corpus on every machine. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentencesOf(text, lang) {
  const parts = lang === 'en' ? text.split(/(?<=[.!?])\s+(?=\S)/) : text.split(/(?<=[。！？!?～~])/)
  return parts.map(s => s.trim()).filter(Boolean)
}

function devSentences(lang) {
  const cases = fs
    .readFileSync(path.join(shared, 'dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line))
    .filter(c => c.lang === lang)
  const pick = bad => cases.filter(c => Boolean(c.expect.length) === bad).map(c => sentencesOf(c.text.replace(/\s*\n\s*/g, ' '), lang))
  return {bad: pick(true), clean: pick(false)}
}

/**
 * Every run of three or more digits not followed by % becomes as many random
 * digits: order ids, codes and amounts vary, their shape stays; short numbers
 * (times, days, "100%") are kept, as changing them could change a finding.
 */
const varyNumbers = (s, rnd) => s.replace(/\d{3,}(?![\d%])/g, d => Array.from(d, (_, k) => String(k === 0 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10))).join(''))

/** One reply in `lang` (en, zh-Hans or zh-Hant) from the sentences of its bad and clean development replies. */
function denseReply(lang, {bad, clean}, rnd) {
  const at = list => list[Math.floor(rnd() * list.length)]
  const parts = []
  // One to three sentences of bad replies (each from a different one), and often a clean one.
  const nBad = 1 + Math.floor(rnd() * 3)
  for (let k = 0; k < nBad; k++) {
    const reply = at(bad)
    // Often the whole short bad reply, otherwise one or two of its sentences.
    const from = Math.floor(rnd() * reply.length)
    parts.push(...reply.slice(from, from + 1 + Math.floor(rnd() * 2)))
  }
  if (rnd() < 0.6) parts.splice(Math.floor(rnd() * (parts.length + 1)), 0, ...at(clean).slice(0, 2))
  const order = String(Math.floor(rnd() * 1e9)).padStart(9, '7')
  if (lang === 'en') {
    const r = rnd()
    if (r < 0.4) parts.unshift(`Hi ${at(enNames)},`)
    else if (r < 0.55) parts.unshift(`Hello ${at(enNames)}, thanks for writing about order #${order}.`)
    if (rnd() < 0.3) parts.push(`Your reference is ${order}.`)
    return varyNumbers(parts.join(' '), rnd)
  }
  const traditional = lang === 'zh-Hant'
  const r = rnd()
  if (/^(您好|你好|亲|親)/.test(parts[0])) {
  } else if (r < 0.35) parts.unshift(`${at(zhNames)}${rnd() < 0.5 ? '先生' : '女士'}您好，`)
  else if (r < 0.5) parts.unshift(traditional ? `您的訂單${order}我們已經看到了。` : `您的订单${order}我们已经看到了。`)
  if (rnd() < 0.3) parts.push(traditional ? `訂單編號：${order}。` : `订单号：${order}。`)
  return varyNumbers(parts.map(p => (/[。！？!?～~，,：:]$/.test(p) ? p : `${p}。`)).join(''), rnd)
}

/** Dense replies of one language (en, or zh: Simplified and Traditional), about `bytes` of them (UTF-8, with a blank line after each), the same on every call. */
export function denseReplies(lang, bytes) {
  // Chinese: Simplified and Traditional replies, two to one, each in one script.
  const scripts = lang === 'en' ? ['en'] : ['zh-Hans', 'zh-Hans', 'zh-Hant']
  const sources = Object.fromEntries(scripts.map(s => [s, devSentences(s)]))
  const rnd = random(lang === 'en' ? 0x5eed : 0x7a11)
  const all = []
  let total = 0
  while (total < bytes) {
    const script = scripts[Math.floor(rnd() * scripts.length)]
    const text = denseReply(script, sources[script], rnd)
    all.push(text)
    total += Buffer.byteLength(text) + 2
  }
  return all
}

/** Builds the dense corpus of one language (en, or zh: Simplified and Traditional) into bench/.corpus/dense-<lang>/: text files, one JSONL transcript, all.txt. */
export function buildDenseCorpus(lang, sizeMb = DENSE_MB) {
  const dir = path.join(corpusDir, `dense-${lang}-${sizeMb}mb`)
  const stamp = path.join(dir, '.complete')
  if (fs.existsSync(stamp)) return dir
  fs.rmSync(dir, {recursive: true, force: true})
  fs.mkdirSync(path.join(dir, 'text'), {recursive: true})
  const all = denseReplies(lang, sizeMb * MB)
  const total = all.reduce((n, text) => n + Buffer.byteLength(text) + 2, 0)
  const perFile = Math.ceil(all.length / sizeMb)
  for (let f = 0; f * perFile < all.length; f++)
    fs.writeFileSync(path.join(dir, 'text', `replies-${String(f).padStart(4, '0')}.txt`), all.slice(f * perFile, (f + 1) * perFile).join('\n\n') + '\n')
  fs.writeFileSync(path.join(dir, 'transcript.jsonl'), all.map(text => JSON.stringify({role: 'agent', text})).join('\n') + '\n')
  fs.writeFileSync(path.join(dir, 'all.txt'), all.join('\n\n') + '\n')
  fs.writeFileSync(stamp, JSON.stringify({replies: all.length, bytes: total, distinct: new Set(all).size}))
  return dir
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const sizes = (args[args.indexOf('--sizes') + 1] ?? '1,10,100').split(',').map(Number)
  const langArg = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : 'both'
  if (args.includes('--dense')) for (const lang of langArg === 'both' ? ['en', 'zh'] : [langArg]) console.log(`${buildDenseCorpus(lang)} ${JSON.stringify(corpusInfo(buildDenseCorpus(lang)))}`)
  else
  for (const lang of langArg === 'both' ? ['en', 'zh'] : [langArg])
    for (const size of sizes) console.log(`${buildCorpus(lang, size)} ${JSON.stringify(corpusInfo(path.join(corpusDir, `${lang}-${size}mb`)))}`)
}
