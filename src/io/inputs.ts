// Expands the CLI's paths, directories and globs into files, in the order given.
import fs from 'node:fs'
import path from 'node:path'
import type FastGlob from 'fast-glob'
import {TEXT_EXTENSIONS} from '../sources/index.js'

export interface InputProblem {
  filePath: string
  message: string
  /** Fatal problems make the run exit 2; the others are notices. */
  fatal: boolean
  /** Where in the file the problem is (malformed input), 1-based. */
  line?: number
  column?: number
}

export interface ExpandedInputs {
  files: string[]
  problems: InputProblem[]
}

const IGNORED = ['**/node_modules/**', '**/.git/**']

export async function expandInputs(patterns: readonly string[], cwd = process.cwd()): Promise<ExpandedInputs> {
  const files: string[] = []
  const seen = new Set<string>()
  const problems: InputProblem[] = []
  const add = (file: string) => {
    const abs = path.resolve(cwd, file)
    if (!seen.has(abs)) {
      seen.add(abs)
      files.push(abs)
    }
  }
  for (const pattern of patterns) {
    let stat: fs.Stats | undefined
    try {
      stat = fs.statSync(path.resolve(cwd, pattern))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        problems.push({filePath: pattern, message: 'symbolic link loop', fatal: true})
        continue
      }
    }
    if (stat?.isFile()) {
      add(pattern)
    } else if (stat?.isDirectory()) {
      const found = await (await fastGlob())(`**/*.{${TEXT_EXTENSIONS.join(',')}}`, {cwd: path.resolve(cwd, pattern), ignore: IGNORED, absolute: true, dot: false, suppressErrors: true, followSymbolicLinks: false})
      if (!found.length) problems.push({filePath: pattern, message: `no files to lint in this directory (looked for .${TEXT_EXTENSIONS.join(', .')})`, fatal: true})
      found.sort().forEach(add)
    } else if (stat) {
      problems.push({filePath: pattern, message: 'not a regular file', fatal: true})
    } else if ((await fastGlob()).isDynamicPattern(pattern)) {
      const found = await (await fastGlob())(pattern, {cwd, ignore: IGNORED, absolute: true, onlyFiles: true, suppressErrors: true})
      if (!found.length) problems.push({filePath: pattern, message: 'no files match this pattern', fatal: true})
      found.sort().forEach(add)
    } else {
      problems.push({filePath: pattern, message: 'no such file or directory', fatal: true})
    }
  }
  return {files, problems}
}

/** fast-glob, loaded when a folder or a glob is to be expanded (not for files named outright or stdin). */
async function fastGlob(): Promise<typeof FastGlob> {
  return (await import('fast-glob')).default
}
