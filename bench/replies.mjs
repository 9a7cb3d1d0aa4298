// Replies for the latency and browser benchmarks: the lines of the benchmark
// corpus (real agent replies, one in ten a bad one, see corpus.mjs), English
// and Chinese interleaved.
import fs from 'node:fs'
import path from 'node:path'
import {buildCorpus} from './corpus.mjs'

export function mixedReplies() {
  const [en, zh] = ['en', 'zh'].map(lang =>
    fs
      .readFileSync(path.join(buildCorpus(lang, 1), 'transcript.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(line => JSON.parse(line).text),
  )
  const mixed = []
  for (let i = 0; i < Math.max(en.length, zh.length); i++) {
    if (i < en.length) mixed.push(en[i])
    if (i < zh.length) mixed.push(zh[i])
  }
  return mixed
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}
