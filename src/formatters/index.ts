// The formatters: the built-in ones by name, and loading one from a module.
export {formatterNames, getFormatter} from './registry.js'
export {loadFormatter, FormatterLoadError} from './load.js'
export type {CustomFormatter, Formatter, FormatterContext} from './types.js'
