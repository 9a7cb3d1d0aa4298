// `reply-lint serve` as a process: it prints where it listens, answers, uses
// --config, refuses a broken config before listening, stops on SIGTERM; and
// the linting CLI never loads it.
import {beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import {assertBuilt, bin, root, run, start, tempDir} from '../cli/helpers.js'

beforeAll(() => assertBuilt())

async function serving(args: string[], cwd: string): Promise<{base: string; stop: () => Promise<{code: number | null; stderr: string}>}> {
  const {child, done} = start(['serve', '--port', '0', ...args], {cwd})
  const base = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d: Buffer) => {
      out += d
      const url = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1]
      if (url) resolve(url)
    })
    void done.then(r => reject(new Error(`serve ended (${r.code}): ${r.stderr}`)))
  })
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM')
      return done
    },
  }
}

describe('reply-lint serve', () => {
  it('listens on 127.0.0.1, lints with the --config it is given, and exits 0 on SIGTERM', async () => {
    const dir = tempDir('reply-lint-serve-')
    fs.writeFileSync(path.join(dir, 'strict.yaml'), 'rules:\n  absolute-promise: error\n')
    const {base, stop} = await serving(['--config', 'strict.yaml'], dir)
    const health = await fetch(new URL('health', base))
    expect(health.status).toBe(200)
    const answer = await fetch(new URL('lint', base), {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({text: 'We guarantee it arrives tomorrow.'})})
    const [entry] = await answer.json()
    expect(entry.messages[0]).toMatchObject({ruleId: 'absolute-promise', level: 'error', severity: 2})
    const page = await fetch(base)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toContain('<script src="playground.js"></script>')
    expect((await fetch(new URL('playground.js', base))).status).toBe(200)
    const {code} = await stop()
    expect(code).toBe(0)
  })

  it('refuses a broken config before listening, and bad options, with exit code 2', () => {
    const dir = tempDir('reply-lint-serve-')
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'rules:\n  impatience: loud\n')
    const broken = run(['serve', '--port', '0'], {cwd: dir, timeout: 30_000})
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^reply-lint: .*impatience.*severity/m)
    const badPort = run(['serve', '--port', 'eighty'], {cwd: dir})
    expect(badPort.code).toBe(2)
    expect(badPort.stderr).toMatch(/--port/)
  })

  it('is not loaded by a linting run: the CLI bundle reaches node:http only through a dynamic import', () => {
    // Every module the entry imports statically, chunk by chunk.
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const code = fs.readFileSync(file, 'utf8')
      for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']/g)) {
        if (spec!.startsWith('.')) visit(path.resolve(path.dirname(file), spec!))
        else seen.add(spec!)
      }
    }
    visit(bin)
    expect([...seen].filter(s => s === 'node:http' || s.includes('server') || s.endsWith('serve.js'))).toEqual([])
    expect([...seen].some(s => s.startsWith(path.join(root, 'dist/bin/bundled-chunk-')))).toBe(true)
    // …and the dynamic import of the server is there.
    expect(fs.readFileSync(bin, 'utf8')).toMatch(/import\(["']\.\/bundled-chunk-[^"']+["']\)/)
  })
})
