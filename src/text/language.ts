// Tells the language of each sentence: English, Simplified or Traditional Chinese.
import type {Language} from '../types.js'
import {chineseScript, countHan} from './chinese.js'

const LATIN_LETTERS = /[A-Za-z\u00c0-\u024f]/g
const HAS_LATIN = /[A-Za-z\u00c0-\u024f]/

/**
 * The language family of a sentence, or undefined when it has no letters
 * (a number, an emoji): such a sentence takes its neighbours' language.
 */
export function languageFamily(text: string): 'en' | 'zh' | undefined {
  const han = countHan(text)
  if (han === 0) return HAS_LATIN.test(text) ? 'en' : undefined
  const latin = text.match(LATIN_LETTERS)?.length ?? 0
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
export function assignLanguages(sentences: LanguageInput[], hint?: Language): Language[] {
  const families = sentences.map(s => languageFamily(s.text))
  const scripts = sentences.map((s, i) => (families[i] === 'zh' ? chineseScript(s.text, s.normalized) : undefined))
  const hant = scripts.filter(s => s === 'zh-Hant').length
  const hans = scripts.filter(s => s === 'zh-Hans').length
  const replyScript: Language = hint === 'zh-Hant' || hint === 'zh-Hans' ? hint : hant > hans ? 'zh-Hant' : 'zh-Hans'
  const en = families.filter(f => f === 'en').length
  const zh = families.filter(f => f === 'zh').length
  const replyFamily: 'en' | 'zh' = hint ? (hint === 'en' ? 'en' : 'zh') : zh > en ? 'zh' : 'en'
  return families.map((family, i) => {
    const f = family ?? replyFamily
    if (f === 'en') return 'en'
    return scripts[i] ?? replyScript
  })
}
