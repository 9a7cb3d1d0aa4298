// reply-lint's own name, version and home page, for reports that describe the tool.
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

export interface PackageInfo {
  name: string
  version: string
  homepage?: string
}

let cached: PackageInfo | undefined

export function packageInfo(): PackageInfo {
  if (cached) return cached
  // src/formatters/ when run from source, dist/src/formatters/ when built.
  for (const relative of ['../../package.json', '../../../package.json']) {
    const file = fileURLToPath(new URL(relative, import.meta.url))
    if (!fs.existsSync(file)) continue
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as {name?: string; version?: string; homepage?: string}
    if (pkg.name !== 'reply-lint') continue
    cached = {name: pkg.name, version: pkg.version ?? '0.0.0', ...(pkg.homepage ? {homepage: pkg.homepage} : {})}
    return cached
  }
  cached = {name: 'reply-lint', version: '0.0.0'}
  return cached
}
