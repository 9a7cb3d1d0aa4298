// Reads the real agent replies in ../shared/data/real/ (never copied into
// this repository): one TSV per language, a header line, the reply after
// the first tab.
import fs from 'node:fs'
import path from 'node:path'

export const REAL_DIR = path.resolve(import.meta.dirname, '../../shared/data/real')

function readReplies(file) {
  return fs
    .readFileSync(path.join(REAL_DIR, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map(line => line.slice(line.indexOf('\t') + 1))
}

/** The real replies by language family; none when the folder is not there. */
export function readRealReplies() {
  if (!fs.existsSync(REAL_DIR)) return {}
  return {en: readReplies('en-agent-replies.tsv'), zh: readReplies('zh-agent-replies.tsv')}
}
