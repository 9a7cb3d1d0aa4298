// `reply-lint --init`: writes a commented starter config into a folder.
import fs from 'node:fs'
import path from 'node:path'
import {ConfigError} from './errors.js'

export const STARTER_FILE = '.replylintrc.yaml'

export const STARTER_CONFIG = `# reply-lint configuration. Every key is optional; see
# docs/configuration.md for the full list.

# Start from a preset: recommended (each rule at its own severity) or strict
# (warnings become errors). A path or package of a shared config works too.
extends: recommended

# Per-rule severity: off, info, warning or error; [severity, {options}] for options.
rules:
  # absolute-promise: error
  # negative-language: [warning, {}]

# Different settings for some files (globs relative to this file's folder).
# overrides:
#   - files: ["macros/**/*.md"]
#     rules:
#       negative-language: error

# Files never to lint (gitignore syntax); a .replylintignore file works too.
# ignorePatterns:
#   - drafts/

# In transcripts, the speakers whose turns are replies to lint.
# speakers: [agent]

# The language of sentences that do not tell by themselves: auto, en, zh-Hans, zh-Hant.
# language: auto

# House rules as phrase data (the format of the built-in phrase files).
# phrasePacks:
#   - ./reply-lint/house.yaml

# Rule modules (npm packages or ./local files). They run code: only list ones you trust.
# plugins: []

# Report reply-lint-disable comments that no longer silence anything.
# reportUnusedDisableDirectives: true
`

/** Writes the starter config into `dir`; refuses to overwrite. Returns the file written. */
export function writeStarterConfig(dir: string): string {
  const file = path.join(dir, STARTER_FILE)
  try {
    fs.writeFileSync(file, STARTER_CONFIG, {flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigError(`${STARTER_FILE} already exists here; not overwriting it`)
    throw new ConfigError(`cannot write ${STARTER_FILE}: ${(error as Error).message}`)
  }
  return file
}
