// The browser build's entry (dist/browser/reply-lint.browser.js, made by
// scripts/browser-bundle.mjs): the engine and the built-in rules, with the
// phrase data and the Simplified table compiled in, so a page or an
// extension lints on its own machine without reading files. Spelling needs
// Hunspell, a native addon: the rule is there (so configs that set it load)
// but finds nothing, and lint() leaves it off unless the config turns it on.
import {lint as lintInNode, type LintOptions} from './engine.js'
import type {LintResult} from './types.js'

export {Linter, summarise, wholeText, MAX_FIX_PASSES} from './engine.js'
export type {LintOptions, Reply} from './engine.js'
export {loadBuiltinRules} from './rules-loader.js'
export {resolveRules, PRESET_NAMES} from './config/rules.js'
export {ConfigError} from './config/errors.js'
export {applyFixes} from './fix.js'
export type * from './types.js'

/** Lints one reply, as the library's lint() does, with spelling off unless `config.rules` sets it. */
export function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const config = options.config ?? {}
  return lintInNode(text, {...options, config: {...config, rules: {spelling: 'off', ...config.rules}}})
}
