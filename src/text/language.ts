// Tells the language of each sentence: English, Simplified or Traditional Chinese.
import type {Language} from '../types.js'
import {chineseScript, isHanCode} from './chinese.js'

/**
 * The language family of a sentence, or undefined when it has no letters
 * (a number, an emoji): such a sentence takes its neighbours' language.
 */
export function languageFamily(text: string): 'en' | 'zh' | undefined {
  // Han characters and Latin letters (A-Z, a-z, U+00C0-U+024F), in one pass over the code units.
  let han = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x250) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0) latin++
    } else if (isHanCode(c)) han++
  }
  if (han === 0) return latin > 0 ? 'en' : undefined
  // A Chinese sentence often carries Latin product names and order codes;
  // each Han character carries about as much as a Latin word.
  return han * 4 >= latin ? 'zh' : 'en'
}

export interface LanguageInput {
  text: string
  normalized: string
}

/**
 * Assigns a language to every sentence. Sentences without letters, and
 * Chinese sentences whose characters are shared by both scripts, follow the
 * rest of the reply.
 */
export function assignLanguages(sentences: readonly LanguageInput[], hint?: Language): Language[] {
  // Plain loops and push rather than map: arrays that optimised code builds
  // with map are holey, those the interpreter builds are packed, and code
  // that met only one kind is thrown away when the other turns up.
  const families: Array<'en' | 'zh' | undefined> = []
  const scripts: Array<Language | undefined> = []
  let hant = 0
  let hans = 0
  let en = 0
  let zh = 0
  for (const s of sentences) {
    const family = languageFamily(s.text)
    const script = family === 'zh' ? chineseScript(s.text, s.normalized) : undefined
    families.push(family)
    scripts.push(script)
    if (family === 'en') en++
    else if (family === 'zh') zh++
    if (script === 'zh-Hant') hant++
    else if (script === 'zh-Hans') hans++
  }
  const replyScript: Language = hint === 'zh-Hant' || hint === 'zh-Hans' ? hint : hant > hans ? 'zh-Hant' : 'zh-Hans'
  const replyFamily: 'en' | 'zh' = hint ? (hint === 'en' ? 'en' : 'zh') : zh > en ? 'zh' : 'en'
  const languages: Language[] = []
  for (let i = 0; i < families.length; i++) {
    const f = families[i] ?? replyFamily
    languages.push(f === 'en' ? 'en' : (scripts[i] ?? replyScript))
  }
  return languages
}
