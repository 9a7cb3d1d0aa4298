// Every input format on the bundled fixtures: each finding's line, column and
// range agree with the file (computed independently here), the flagged text
// in the file decodes to the flagged phrase, and customer turns, internal
// notes and system messages are not linted.
import {describe, expect, it} from 'vitest'
import {describeFinding, fixture, lintPath, MARKER, type Linted} from './helpers.js'

type Kind = Parameters<typeof describeFinding>[2]

async function findings(file: string, kind: Kind, options = {}): Promise<{list: string[]; linted: Linted}> {
  const linted = await lintPath(fixture('transcripts', file), options)
  expect(linted.problems.filter(p => p.fatal)).toEqual([])
  const list = linted.result!.findings.map(f => describeFinding(f, linted.source, kind))
  for (const entry of list) expect(entry.replace(/^\d+:\d+ /, '')).toMatch(MARKER)
  return {list, linted}
}

describe('transcript text', () => {
  it('lints agent turns only, continuation lines included (English labels)', async () => {
    // Lines 1 and 4 are the customer's ("I can't find my order", "not my problem").
    expect((await findings('chat-en.txt', 'plain')).list).toEqual(["3:3 can't", '3:43 guarantee'])
  })

  it('lints 客服 turns and not 买家 turns', async () => {
    const {list, linted} = await findings('chat-zh.txt', 'plain')
    expect(list).toEqual(['2:11 不归我管', '4:8 一定能', '4:13 保证'])
    expect(new Set(linted.result!.findings.map(f => f.speaker))).toEqual(new Set(['客服']))
  })

  it('reads time stamps and roles in parentheses', async () => {
    expect((await findings('agent-labels.txt', 'plain')).list).toEqual(['3:8 not my problem'])
  })

  it('reads WhatsApp exports: system lines and media placeholders are skipped', async () => {
    const {list, linted} = await findings('whatsapp.txt', 'plain')
    expect(list).toEqual(['4:4 guarantee'])
    expect(linted.result!.findings[0]!.speaker).toBe('Acme Support')
  })

  it('reads 千牛 exports: a header line, then the text; sub-accounts are the shop', async () => {
    expect((await findings('qianniu.txt', 'plain')).list).toEqual(['4:18 保证'])
  })

  it('--speaker chooses who counts as the agent', async () => {
    expect((await findings('chat-en.txt', 'plain', {speakers: ['customer']})).list).toEqual(["1:17 can't", '4:18 not my problem'])
    expect((await findings('whatsapp.txt', 'plain', {speakers: ['rui costa']})).list).toEqual(["2:75 can't"])
  })

  it('says so when no speaker is recognised as the agent', async () => {
    const {linted} = await findings('whatsapp.txt', 'plain', {speakers: ['Nobody Here']})
    expect(linted.result!.findings).toEqual([])
    expect(linted.problems.map(p => p.message).join('\n')).toMatch(/no message was written by the speakers given with --speaker.*'Rui Costa'/)
  })
})

describe('plain text', () => {
  it('is one reply per file, even with "Order number:" style lines', async () => {
    const {list, linted} = await findings('one-reply-with-fields.txt', 'plain')
    expect(list).toEqual(['4:4 guarantee'])
    expect(linted.result!.replyCount).toBe(1)
  })

  it('--split paragraph makes each paragraph a reply', async () => {
    const {list, linted} = await findings('paragraphs.txt', 'plain', {split: 'paragraph'})
    expect(list).toEqual(['3:4 guarantee', '5:5 不归我管'])
    expect(linted.result!.replyCount).toBe(3)
  })
})

describe('JSON and JSONL', () => {
  it('Zendesk comments: agents from side-loaded users, private notes skipped, escapes mapped', async () => {
    // Line 13 holds \ud83d\ude00, \n, \u00e9 and \" before the phrase; line 17 is all \u escapes.
    const {list} = await findings('zendesk-comments.json', 'json')
    expect(list).toEqual(['13:170 guarantee', '17:88 一定能', '17:118 保证'])
  })

  it('Zendesk macros: HTML and [channel, text] values; a macro that writes a note is skipped', async () => {
    expect((await findings('zendesk-macros.json', 'json')).list).toEqual(['8:136 guarantee', '13:106 not my problem'])
  })

  it('Intercom: admin comments linted, notes and user parts not', async () => {
    expect((await findings('intercom-conversation.json', 'json')).list).toEqual(['12:61 guarantee'])
  })

  it('Freshdesk: outgoing public replies, from the plain-text twin', async () => {
    expect((await findings('freshdesk-conversations.json', 'json')).list).toEqual(['5:73 not my problem'])
  })

  it('WeChat 客服: origin 5 is the agent, origin 3 the customer', async () => {
    expect((await findings('wechat-kf.json', 'json')).list).toEqual(['5:181 不归我管'])
  })

  it('LiveChat: authors resolved through the chat users; agent-only events skipped', async () => {
    expect((await findings('livechat-archive.json', 'json')).list).toEqual(['10:126 guarantee'])
  })

  it('a list of {speaker, text}', async () => {
    expect((await findings('messages.json', 'json')).list).toEqual(['3:54 guarantee', '5:34 不归我管'])
  })

  it('JSONL chat completions: assistant turns, string or text-part content; system prompts skipped', async () => {
    const {list, linted} = await findings('dialogs.jsonl', 'json')
    expect(list).toEqual(['1:227 guarantee', '2:178 not my problem', '4:108 不归我管'])
    expect(new Set(linted.result!.findings.map(f => f.speaker))).toEqual(new Set(['assistant']))
  })
})

describe('CSV and TSV', () => {
  it('Salesforce ConversationEntry: quoted multi-line cells, doubled quotes, event rows skipped', async () => {
    expect((await findings('conversation-entries.csv', 'csv')).list).toEqual(['5:67 guarantee'])
  })

  it('TWCS: inbound=False rows are the company', async () => {
    expect((await findings('twcs.csv', 'csv')).list).toEqual(['3:80 guarantee'])
  })

  it('canned replies with CRLF line ends, default column guessed from the header', async () => {
    expect((await findings('canned.csv', 'csv')).list).toEqual(['2:43 not my problem', '3:13 guarantee', '4:8 不归我管'])
  })

  it('JDDC chat logs: headerless TSV, waiter_send = 1 is the agent', async () => {
    expect((await findings('jddc-chat.tsv', 'plain')).list).toEqual(['2:81 一定能', '2:86 保证'])
  })

  it('--column and --speaker-column by name and number', async () => {
    expect((await findings('twcs.csv', 'csv', {column: '5', speakerColumn: 'author_id', speakers: ['AcmeHelp']})).list).toEqual(['3:80 guarantee'])
    await expect(lintPath(fixture('transcripts', 'twcs.csv'), {column: 'nope'})).resolves.toMatchObject({
      problems: [{fatal: true, message: expect.stringMatching(/--column 'nope': no such column \(columns: tweet_id, author_id/)}],
    })
  })
})

describe('canned-reply collections', () => {
  it('YAML macros: literal, double-quoted, single-quoted and folded bodies; titles and tags skipped', async () => {
    expect((await findings('macros.yaml', 'plain')).list).toEqual(['8:45 guarantee', '10:19 not my problem', '12:16 不归我管', '16:10 guarantee'])
  })

  it('YAML name: text maps, escapes mapped', async () => {
    expect((await findings('replies-map.yaml', 'yaml-double')).list).toEqual(['1:53 not my problem', '2:23 guarantee', '3:21 一定能', '3:26 保证'])
  })

  it('Markdown: paragraphs and list items; front matter, headings, quotes, code and comments skipped', async () => {
    const {list, linted} = await findings('canned.md', 'plain')
    expect(list).toEqual(['8:4 guarantee', '10:30 not my problem', '11:7 不归我管'])
    expect(linted.result!.replyCount).toBe(4)
  })

  it('Markdown --split file: the whole document is one reply', async () => {
    const {list, linted} = await findings('canned.md', 'plain', {split: 'file'})
    expect(list).toEqual(['8:4 guarantee', '10:30 not my problem', '11:7 不归我管'])
    expect(linted.result!.replyCount).toBe(1)
  })
})
