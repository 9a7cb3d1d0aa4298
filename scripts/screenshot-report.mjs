#!/usr/bin/env node
// Renders the HTML report for some inputs and screenshots it in headless
// Chromium, to look at the page the way a reader will.
// usage: node scripts/screenshot-report.mjs [--out report.png] [--html report.html] [paths...]
//        (paths default to fixtures/examples; run `npm run build` first)
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const root = path.resolve(import.meta.dirname, '..')

/** The first Chromium-family browser on PATH, or undefined. */
export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'})
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  }
  return undefined
}

const BASE_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars']

/** Screenshots an HTML file to a PNG. */
export function screenshot(chromium, htmlFile, pngFile, {width = 1280, height = 1600} = {}) {
  execFileSync(chromium, [...BASE_FLAGS, `--screenshot=${pngFile}`, `--window-size=${width},${height}`, pathToFileURL(htmlFile).href], {stdio: 'pipe', timeout: 60_000})
  return pngFile
}

/** The page's DOM after its scripts ran, as Chromium serialises it; `hash` sets the report's filters (`rule=…`). */
export function dumpDom(chromium, htmlFile, hash = '') {
  return execFileSync(chromium, [...BASE_FLAGS, '--dump-dom', pathToFileURL(htmlFile).href + (hash ? `#${hash}` : '')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000})
}

async function main(args) {
  const take = flag => {
    const i = args.indexOf(flag)
    return i < 0 ? undefined : args.splice(i, 2)[1]
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-report-'))
  const out = path.resolve(take('--out') ?? path.join(tmp, 'report.png'))
  const htmlFile = path.resolve(take('--html') ?? path.join(tmp, 'report.html'))
  const inputs = args.length ? args : [path.join(root, 'fixtures/examples')]
  const chromium = findChromium()
  if (!chromium) {
    console.error('screenshot-report: no chromium on PATH (on Debian: apt-get install -y chromium)')
    process.exit(2)
  }
  const {lintFiles} = await import(pathToFileURL(path.join(root, 'dist/src/index.js')).href)
  const {htmlReport} = await import(pathToFileURL(path.join(root, 'dist/src/report/html.js')).href)
  const {results} = await lintFiles(inputs, {config: {extends: 'all'}})
  const cwd = process.cwd()
  fs.writeFileSync(htmlFile, htmlReport(results, {displayPath: p => path.relative(cwd, p) || p}))
  screenshot(chromium, htmlFile, out)
  console.log(`report: ${htmlFile}\nscreenshot: ${out}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2))
