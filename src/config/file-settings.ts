// A file's settings as a run of many files needs them: the settings, or the
// reason the file is not linted, as the problem to report; and the lint
// options they decide.
import path from 'node:path'
import {ConfigError} from './errors.js'
import type {ConfigResolver, FileSettings} from './resolver.js'
import type {InputProblem} from '../io/inputs.js'
import type {SourceOptions} from '../sources/index.js'
import type {Language} from '../types.js'

/** The lint options a file's settings decide. */
export interface SettingsOptions {
  source?: SourceOptions
  language?: Language
  reportUnusedDisableDirectives?: boolean
}

export type SettingsOutcome = {settings: FileSettings; problems?: undefined} | {settings?: undefined; problems: InputProblem[]}

/**
 * The settings of a file, or why it is skipped: a config that cannot be
 * loaded stops the files it governs (the others are still linted), and an
 * ignored file is skipped quietly when a folder or glob found it, with a
 * word when it was named outright (`named`: absolute paths).
 */
export async function settingsOrSkip(resolver: ConfigResolver, file: string, {named, cwd}: {named: ReadonlySet<string>; cwd: string}): Promise<SettingsOutcome> {
  const display = path.relative(cwd, file) || file
  let settings: FileSettings
  try {
    settings = await resolver.settingsFor(file)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return {problems: [{filePath: display, message: `not linted: ${error.message}`, fatal: true}]}
  }
  if (!settings.ignoredBy) return {settings}
  return {problems: named.has(file) ? [{filePath: display, message: `ignored (${settings.ignoredBy})`, fatal: false}] : []}
}

/**
 * The lint options for a file: the caller's, and the file's settings where
 * the caller gives none (who the speakers are, the language, whether unused
 * directives are reported).
 */
export function settingsOptions(settings: FileSettings, given: SettingsOptions = {}): SettingsOptions & {source: SourceOptions} {
  return {
    source: {...given.source, speakers: given.source?.speakers ?? settings.speakers},
    language: given.language ?? settings.language,
    reportUnusedDisableDirectives: given.reportUnusedDisableDirectives ?? settings.reportUnusedDisableDirectives,
  }
}
