// Shared by the configuration tests: lint a file the way the CLI does, with
// the settings the resolver finds for it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ConfigResolver, type ConfigResolverOptions} from '../../src/config/resolver.js'
import {lintFile} from '../../src/files.js'

export const root = path.resolve(import.meta.dirname, '../..')
export const fixtures = path.join(root, 'fixtures/config')

export async function lintWith(resolver: ConfigResolver, file: string) {
  const settings = await resolver.settingsFor(file)
  const {result, problems} = await lintFile(resolver.linterFor(settings), file, {
    language: settings.language,
    reportUnusedDisableDirectives: settings.reportUnusedDisableDirectives,
  })
  if (!result) throw new Error(problems.map(p => p.message).join('; '))
  return {settings, findings: result.findings}
}

/** Lints a fixture file with a resolver working from the fixture's folder. */
export async function lintFixture(folder: string, file: string, options: ConfigResolverOptions = {}) {
  const cwd = path.join(fixtures, folder)
  return lintWith(new ConfigResolver({cwd, ...options}), path.join(cwd, file))
}

/** A throw-away folder with the given files (paths relative to it). */
export function tempProject(files: Record<string, string>, parent = os.tmpdir()): string {
  const dir = fs.mkdtempSync(path.join(parent, 'reply-lint-config-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}
