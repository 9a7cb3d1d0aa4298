// The floor: read the corpus and run one compiled regular expression over it.
import fs from 'node:fs'

const text = fs.readFileSync(process.argv[2], 'utf8')
const pattern = /\b(?:guarantee[sd]?|can't|cannot|impossible|lol|thx)\b|保证|没办法|不行/gi
let count = 0
for (const _ of text.matchAll(pattern)) count++
process.stdout.write(`${count}\n`)
