// Hunspell through nodehun, with the English dictionary from dictionary-en.
// nodehun is a native addon that may be missing on a user's machine: then
// spelling is off, one notice says so, and nothing else changes.
import {createRequire} from 'node:module'

export interface Speller {
  correct(word: string): boolean
  suggest(word: string): string[]
}

const require = createRequire(import.meta.url)

/**
 * Hunspell crashes the process (a segmentation fault in its suggestion code)
 * on some astral-plane input, and an English dictionary has nothing to say
 * about words outside Latin script anyway: only such words reach it.
 */
const CHECKABLE = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]{0,63}$/

function checkable(word: string): boolean {
  return CHECKABLE.test(word)
}
let speller: Speller | undefined
let unavailable: string | undefined
let loading: Promise<void> | undefined

export function loadSpeller(): Promise<void> {
  loading ??= (async () => {
    try {
      const {Nodehun} = require('nodehun') as {Nodehun: new (aff: Uint8Array, dic: Uint8Array) => {spellSync(w: string): boolean; suggestSync(w: string): string[] | null}}
      const {default: dictionary} = await import('dictionary-en')
      const hun = new Nodehun(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
      speller = {
        correct: word => !checkable(word) || hun.spellSync(word),
        suggest: word => (checkable(word) ? (hun.suggestSync(word) ?? []) : []),
      }
    } catch (error) {
      unavailable = `spelling is off: Hunspell could not be loaded (${(error as Error).message.split('\n')[0]})`
    }
  })()
  return loading
}

/** The speller, or undefined when Hunspell is not available here. */
export function getSpeller(): Speller | undefined {
  return speller
}

/** Why spelling is off, when it is. */
export function spellingUnavailable(): string | undefined {
  return unavailable
}
