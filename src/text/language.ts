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
  const families = sentences.map(s => languageFamily(s.text))
  const scripts = sentences.map((s, i) => (families[i] === 'zh' ? chineseScript(s.text, s.normalized) : undefined))
  let hant = 0
  let hans = 0
  for (const script of scripts) {
    if (script === 'zh-Hant') hant++
    else if (script === 'zh-Hans') hans++
  }
  const replyScript: Language = hint === 'zh-Hant' || hint === 'zh-Hans' ? hint : hant > hans ? 'zh-Hant' : 'zh-Hans'
  let en = 0
  let zh = 0
  for (const family of families) {
    if (family === 'en') en++
    else if (family === 'zh') zh++
  }
  const replyFamily: 'en' | 'zh' = hint ? (hint === 'en' ? 'en' : 'zh') : zh > en ? 'zh' : 'en'
  return families.map((family, i) => {
    const f = family ?? replyFamily
    if (f === 'en') return 'en'
    return scripts[i] ?? replyScript
  })
}
