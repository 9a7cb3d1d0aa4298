// Shared pieces of the property tests: text generators built to reach the
// engine's corners, a fixable rule for exercising --fix, and independent
// re-computations of what the engine reports.
import fc from 'fast-check'
import {defineRule} from '../../src/rule.js'
import {compilePhrases} from '../../src/phrases/compile.js'
import {validatePhraseFile} from '../../src/phrases/format.js'
import type {Rule} from '../../src/types.js'

/**
 * fast-check settings shared by every property: a fixed seed and bounded runs
 * keep CI reproducible and fast. For a longer hunt, set PROPERTY_SEED and
 * PROPERTY_SCALE (a run-count multiplier) in the environment.
 */
export const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_124)
const SCALE = Number(process.env.PROPERTY_SCALE ?? 1)
export const runs = (numRuns: number) => ({seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)), endOnFailure: true})

// Fragments of wording the built-in rules flag or deliberately leave alone,
// so generated texts produce findings, fixes and near misses.
const ENGLISH = [
  'guaranteed', 'Guaranteed', 'GUARANTEED', '100% guaranteed', 'We guarantee', 'I promise', ', I promise',
  'money-back guarantee', 'for sure', 'will definitely', "I can't", 'I cannot', "we won't", 'not my job',
  'impossible', 'no way', 'nothing we can do', "If we can't", "I can't wait", 'No problem', 'thx', 'pls', 'u',
  'Thx', 'PLS', 'you', 'the order', 'arrives Friday', 'refund',
]
const CHINESE = [
  '保证', '保證', '保证金', '绝对', '絕對', '百分之百', '100%能', '肯定能', '一定会', '一定會', '包好', '不行', '不可以',
  '做不到', '没办法', '沒辦法', '查不到', '不归我管', '不歸我管', '您', '如果', '的话', '亲', '木有', '酱紫', '醬紫',
  '我们', '订单', '訂單', '退款', '发货',
]
const MARKUP = [
  '“', '”', '"', "'", '‘', '’', '「', '」', '`', '(', ')', 'https://shop.example.com/a?b=c', 'www.example.com',
  'help@example.com', '#12345', '@agent', 'AB12345', '[订单号]', 'e.g.', '4.5', '...', '…',
]
const PUNCTUATION = ['.', '!', '?', ',', ';', ':', '。', '！', '？', '，', '；', '、', '—']
const SPACING = [' ', ' ', ' ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u3000', '\n\n', '\r\r\n']
const ODD = [
  '\0', '\ufeff', '\u200f', '\u200e', '\u202e', '\u200b', '\u200d', 'e\u0301', '\u0301', 'ǅ', 'ß', 'İ', 'ﬁ',
  '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '𠀀', '𡃁', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\uffff', '\u2028', '\u2029',
]

const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map(c => String.fromCharCode(c))
const longToken = fc.oneof(
  fc.constantFrom('a', '字', 'x-', 'a.', '😀', '“', ' ', '.', '0').chain(unit => fc.integer({min: 200, max: 2500}).map(n => unit.repeat(n))),
)

/** Arbitrary Unicode: every code point, lone surrogates and grapheme clusters. */
export const anyUnicode = fc.oneof(
  fc.string({unit: 'binary', maxLength: 80}),
  fc.string({unit: 'grapheme', maxLength: 40}),
  fc.array(fc.oneof(fc.string({unit: 'binary', maxLength: 4}), loneSurrogate, fc.constantFrom(...ODD, ...SPACING)), {maxLength: 40}).map(a => a.join('')),
)

/** Texts assembled from real bad phrases, markup, spacing and odd characters. */
const piece = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom(...ENGLISH)},
  {weight: 8, arbitrary: fc.constantFrom(...CHINESE)},
  {weight: 3, arbitrary: fc.constantFrom(...MARKUP)},
  {weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION)},
  {weight: 2, arbitrary: fc.constantFrom(...SPACING)},
  {weight: 2, arbitrary: fc.constantFrom(...ODD)},
  {weight: 1, arbitrary: loneSurrogate},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
)
// Mostly spaced like prose, sometimes glued together.
const glue = fc.oneof({weight: 6, arbitrary: fc.constant(' ')}, {weight: 2, arbitrary: fc.constant('')}, {weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION, ...SPACING)})

export const replyLike = fc
  .array(fc.tuple(piece, glue), {maxLength: 80, size: 'medium'})
  .map(parts => parts.map(([p, g]) => p + g).join(''))

/** A few very long texts: one long token inside ordinary text. */
export const withLongToken = fc.tuple(replyLike, longToken, replyLike).map(([a, b, c]) => a + b + c)

export const anyText = fc.oneof({weight: 4, arbitrary: replyLike}, {weight: 3, arbitrary: anyUnicode}, {weight: 1, arbitrary: withLongToken})

/**
 * A fixable phrase rule in both languages, so the fix properties see many
 * fixes per text: overlapping ones, ones that grow or shrink the text, ones
 * in Traditional sentences (written in Simplified, converted on the way out).
 */
const slangPhrases = {
  en: compilePhrases(
    validatePhraseFile(
      {
        language: 'en',
        entries: [
          {id: 'thx', pattern: ['thx', 'thnx'], message: 'Slang reads as careless.', rewrites: ['thanks'], fix: true},
          {id: 'pls', pattern: ['pls', 'plz'], message: 'Slang reads as careless.', rewrites: ['please'], fix: true},
          {id: 'u', pattern: ['u'], message: 'Slang reads as careless.', rewrites: ['you'], fix: true},
        ],
      },
      'test-slang.en',
    ),
    'test-slang.en',
  ),
  zh: compilePhrases(
    validatePhraseFile(
      {
        language: 'zh',
        entries: [
          {id: 'muyou', pattern: ['木有'], message: '网络用语显得不专业。', rewrites: ['没有'], fix: true},
          {id: 'jiangzi', pattern: ['酱紫'], message: '网络用语显得不专业。', rewrites: ['这样'], fix: true},
        ],
      },
      'test-slang.zh',
    ),
    'test-slang.zh',
  ),
}

export const fixableSlang: Rule = defineRule({
  id: 'test-slang',
  meta: {description: 'Chat slang (test rule)', languages: ['en', 'zh'], defaultSeverity: 'warning', fixable: true},
  check(context) {
    for (const hit of context.match(slangPhrases)) context.reportHit(hit)
  },
})

/** Whether offset `i` falls between two code points (not inside a surrogate pair). */
export function onCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  const before = text.charCodeAt(i - 1)
  const after = text.charCodeAt(i)
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
}

/** 1-based line and column of an offset, counted afresh (\n, \r\n and a lone \r end a line). */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const c = text[i]
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}
