// The same lint results for every formatter test: English and Chinese
// findings, a fix and suggestions, a clean file, speakers, and text that
// every format must escape (quotes, markup, %, commas, colons, line breaks).
import path from 'node:path'
import type {FileResult} from '../../src/files.js'
import type {FormatterContext} from '../../src/formatters/index.js'
import {defineRule} from '../../src/rule.js'
import {summarise} from '../../src/engine.js'
import type {Finding, Language, ReplySpan, Severity} from '../../src/types.js'
import {LineIndex} from '../../src/text/positions.js'

export const cwd = path.resolve(import.meta.dirname, '../../fixtures/examples')

/** A finding for `actual` at its first occurrence in `text` (at or after `from`). */
export function finding(text: string, actual: string, init: {ruleId: string; severity?: Severity; message: string; rewrite: string; fix?: boolean; language?: Language; speaker?: string; from?: number}): Finding {
  const start = text.indexOf(actual, init.from ?? 0)
  if (start < 0) throw new Error(`fixture: "${actual}" is not in the text`)
  const end = start + actual.length
  const lines = new LineIndex(text)
  const a = lines.position(start)
  const b = lines.position(end)
  return {
    ruleId: init.ruleId,
    severity: init.severity ?? 'warning',
    message: init.message,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    range: [start, end],
    actual,
    language: init.language ?? 'en',
    suggestions: [{message: `Replace with “${init.rewrite}”`, text: init.rewrite, range: [start, end]}],
    ...(init.fix ? {fix: {text: init.rewrite, range: [start, end] as [number, number]}} : {}),
    ...(init.speaker ? {speaker: init.speaker} : {}),
  }
}

/** A file's result as the engine counts it: one reply, unless `replies` says where each sits. */
export function resultAt(filePath: string, source: string, findings: Finding[], replies?: ReplySpan[]): FileResult {
  return {
    ...summarise(findings, {source}),
    filePath,
    replyCount: replies?.length ?? 1,
    ...(replies ? {replies} : {}),
  }
}

const result = (file: string, source: string, findings: Finding[], replies?: ReplySpan[]) => resultAt(path.join(cwd, file), source, findings, replies)

const english = 'Hi Sam,\nYour parcel will 100% arrive tomorrow. I can\'t change the address, sorry.\n'
const chinese = '您好，这个不归我管。\n保证明天到！\n'
const tricky = 'Price: 50% off, "today" only <b>&</b> ]]> enjoy!\r\nDone.'
// A transcript-like file: three replies by two agents, one of them clean.
const transcript = 'Ana: We guarantee a refund.\nBo: Thanks for waiting, it is on its way.\nBo: lol that is impossible.\n'
const span = (text: string, line: string, speaker: string): ReplySpan => {
  const start = text.indexOf(line) + speaker.length + 2
  return {range: [start, text.indexOf('\n', start)], speaker}
}

export function fixtureResults(): FileResult[] {
  return [
    result('english.txt', english, [
      finding(english, '100%', {ruleId: 'absolute-promise', severity: 'error', message: 'A guarantee turns into disappointment if anything goes wrong.', rewrite: 'expected to', fix: true}),
      finding(english, "I can't", {ruleId: 'negative-language', message: 'Telling the customer what you cannot do puts the refusal first.', rewrite: "Let's see what we can do"}),
    ]),
    result('chinese.txt', chinese, [
      finding(chinese, '不归我管', {ruleId: 'negative-language', message: '推说“不归我管”会让客户觉得问错了人。', rewrite: '这边帮您转给负责的同事', language: 'zh-Hans'}),
      finding(chinese, '保证', {ruleId: 'absolute-promise', severity: 'info', message: '把话说满，一旦出现意外，客户会失望。', rewrite: '我们会尽力', language: 'zh-Hans'}),
    ]),
    result('clean.txt', 'Thanks for your patience, we are on it.\n', []),
    result('tricky, name: 100%.txt', tricky, [
      finding(tricky, '"today" only <b>&</b> ]]>', {ruleId: 'custom-check', message: 'Line one: 50% "off", <b> & more\nline two, with a colon: here\r\nand a CR.', rewrite: '<i>today</i> & "tomorrow" ]]>'}),
      finding(tricky, 'Done', {ruleId: 'custom-check', message: 'Second finding on the second line.', rewrite: 'All done'}),
    ]),
    result('transcript.txt', transcript, [
      finding(transcript, 'guarantee', {ruleId: 'absolute-promise', message: 'A guarantee turns into disappointment if anything goes wrong.', rewrite: 'expect to offer', speaker: 'Ana'}),
      finding(transcript, 'lol', {ruleId: 'internet-slang', message: 'Chat slang reads as careless.', rewrite: '', speaker: 'Bo'}),
      finding(transcript, 'impossible', {ruleId: 'negative-language', message: 'Telling the customer what you cannot do puts the refusal first.', rewrite: 'something we need to look into', speaker: 'Bo'}),
    ], [span(transcript, 'Ana: We', 'Ana'), span(transcript, 'Bo: Thanks', 'Bo'), span(transcript, 'Bo: lol', 'Bo')]),
  ]
}

// Stand-ins for the rules that ran: two built-in ids (whose READMEs the SARIF
// formatter reads) and a plugin rule without docs. Formatters only read meta.
const ran = (id: string, description: string, docs?: string) =>
  defineRule({id, meta: {description, languages: ['en', 'zh'], defaultSeverity: 'warning', ...(docs ? {docs} : {})}, check() {}})

export async function fixtureContext(): Promise<FormatterContext> {
  return {
    cwd,
    color: false,
    rules: [
      ran('absolute-promise', 'Guarantees and absolute promises that can turn into disappointment', 'rules/absolute-promise/README.md'),
      ran('negative-language', 'Telling the customer what cannot be done', 'rules/negative-language/README.md'),
      ran('custom-check', 'A plugin rule without a README'),
    ],
  }
}
