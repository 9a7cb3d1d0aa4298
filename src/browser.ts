// The browser build's entry (dist/browser/reply-lint.browser.js, made by
// scripts/browser-bundle.mjs): the engine and the built-in rules, with the
// phrase data and the Simplified table compiled in, so a page or an
// extension lints on its own machine without reading files. Spelling needs
// Hunspell, a native addon, and is left out.
export {lint, Linter, summarise, wholeText, MAX_FIX_PASSES} from './engine.js'
export type {LintOptions, Reply} from './engine.js'
export {loadBuiltinRules} from './rules-loader.js'
export {resolveRules, PRESET_NAMES} from './config/rules.js'
export {ConfigError} from './config/errors.js'
export {applyFixes} from './fix.js'
export type * from './types.js'
