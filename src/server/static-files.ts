// The browser build's files (dist/browser/: the playground and the browser
// module), served as they are. The list is read once at start-up and a
// request is looked up in it by name, so no request path ever reaches the
// file system.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface StaticFile {
  body: Buffer
  type: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
}

/** dist/browser/: beside dist/src/ once built, under dist/ when run from the sources (tests). */
export function browserBuildDir(): string {
  const built = fileURLToPath(new URL('../../browser/', import.meta.url))
  return fs.existsSync(built) ? built : fileURLToPath(new URL('../../dist/browser/', import.meta.url))
}

/** URL paths ('/playground.js', '/chunks/…') to the files of `dir`; '/' is the playground. */
export function readStaticFiles(dir = browserBuildDir()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (from: string) => {
    if (!fs.existsSync(from)) return
    for (const entry of fs.readdirSync(from, {withFileTypes: true})) {
      const file = path.join(from, entry.name)
      if (entry.isDirectory()) walk(file)
      else {
        const type = TYPES[path.extname(entry.name)]
        if (type) files.set(`/${path.relative(dir, file).split(path.sep).join('/')}`, {body: fs.readFileSync(file), type})
      }
    }
  }
  walk(dir)
  const playground = files.get('/playground.html')
  if (playground) files.set('/', playground)
  return files
}
