// The language server end to end: the built server as a child process, LSP over stdio.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {CodeActionRequest, DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification, HoverRequest, type CodeAction, type Diagnostic, type Hover, type TextEdit} from 'vscode-languageserver/node'
import {fileUri, root, startClient, type LspClient} from './client.js'

const clients: LspClient[] = []
async function client(options: Parameters<typeof startClient>[0] = {}): Promise<LspClient> {
  const c = await startClient(options)
  clients.push(c)
  return c
}

afterEach(async () => {
  for (const c of clients.splice(0)) {
    if (c.child.exitCode === null) await c.stop()
  }
})

function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-lsp-'))
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter(d => d.code === rule)

async function actionsFor(c: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await c.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})
  return (actions ?? []) as CodeAction[]
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/bin/reply-lint.js'))) throw new Error('dist/ is missing: run npm run build')
})

describe('reply-lint --lsp', () => {
  it('publishes diagnostics on open, applies a rewrite from a code action, and publishes again after the incremental change', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder]})
    expect(c.initialized.capabilities.textDocumentSync).toMatchObject({change: 2, openClose: true})
    expect(c.initialized.serverInfo?.name).toBe('reply-lint')
    const uri = fileUri(path.join(folder, 'reply.txt'))
    const text = 'Hi Sam,\n\nThanks for waiting. We guarantee it arrives tomorrow.\n'
    const opened = await c.open(uri, text)
    expect(opened.version).toBe(1)
    const [promise] = byRule(opened.diagnostics, 'absolute-promise')
    expect(promise).toMatchObject({source: 'reply-lint', severity: 2, range: {start: {line: 2, character: 20}, end: {line: 2, character: 32}}})
    expect(promise!.message).toMatch(/guarantee/i)
    expect(promise!.codeDescription?.href).toMatch(/^file:.*absolute-promise\/README\.md$/)

    const actions = await actionsFor(c, uri, promise!)
    const preferred = actions.find(a => a.isPreferred)!
    // Quick fixes only: fixing the whole file is for requests that ask for source.fixAll.
    expect(actions.map(a => a.kind)).toEqual(actions.map(() => 'quickfix'))
    expect(actions.some(a => a.title === 'Disable absolute-promise for this line')).toBe(true)
    // One action per rewrite the CLI reports for the finding, in its order.
    const cli = spawnSync(process.execPath, [path.join(root, 'dist/bin/reply-lint.js'), '--format', 'json', '--stdin-filename', path.join(folder, 'reply.txt')], {input: text, encoding: 'utf8'})
    const [cliFinding] = (JSON.parse(cli.stdout)[0].messages as Array<{ruleId: string; suggestions: Array<{fix: {text: string}}>}>).filter(m => m.ruleId === 'absolute-promise')
    const rewrites = actions.filter(a => !a.title.startsWith('Disable') && !a.title.startsWith('Rewrite the whole reply'))
    expect(rewrites.map(a => editsOf(a, uri)[0]!.newText)).toEqual(cliFinding!.suggestions.map(s => s.fix.text))
    // The edit applied as a client applies it, then sent back as an incremental change.
    const document = TextDocument.create(uri, 'plaintext', 1, text)
    const edits = editsOf(preferred, uri)
    expect(edits).toHaveLength(1)
    const edited = TextDocument.applyEdits(document, edits)
    expect(edited).not.toEqual(text)
    const after = c.nextDiagnostics(uri, p => p.version === 2)
    c.change(uri, 2, [{range: edits[0]!.range, text: edits[0]!.newText}])
    const changed = await after
    expect(byRule(changed.diagnostics, 'absolute-promise')).toEqual([])
  })

  it('lints again after a pause in typing, not on every keystroke, and publishes the latest text', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder], initializationOptions: {debounceMs: 300}})
    const uri = fileUri(path.join(folder, 'typing.txt'))
    await c.open(uri, 'Thanks for waiting.')
    const typed = ' We guarantee it.'
    for (let i = 0; i < typed.length; i++) {
      const at = 'Thanks for waiting.'.length + i
      c.change(uri, i + 2, [{range: {start: {line: 0, character: at}, end: {line: 0, character: at}}, text: typed[i]!}])
    }
    const last = typed.length + 1
    const published = await c.nextDiagnostics(uri, p => p.version === last)
    expect(byRule(published.diagnostics, 'absolute-promise')).toHaveLength(1)
    // Typed within the pause: nothing was published for the versions in between.
    expect(c.published.filter(p => p.uri === uri).map(p => p.version)).toEqual([1, last])
  })

  it('reports each lint time in $/logTrace when the client turns the trace on, and nothing when it does not', async () => {
    const folder = tempFolder()
    const traced = await client({folders: [folder], trace: 'verbose'})
    const uri = fileUri(path.join(folder, 'a.txt'))
    await traced.open(uri, 'We guarantee it arrives tomorrow.')
    await expect.poll(() => traced.traces).toContainEqual(expect.stringMatching(new RegExp(`^linted ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} version 1 in \\d+\\.\\d{3} ms$`)))
    const quiet = await client({folders: [folder]})
    await quiet.open(uri, 'We guarantee it arrives tomorrow.')
    // A request answered after the lint: a trace sent for it would have come first.
    await quiet.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 0}})
    expect(quiet.traces).toEqual([])
  })

  it('explains a finding on hover: its message, the rule README and a link to it', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder]})
    const uri = fileUri(path.join(folder, 'reply.md'))
    const opened = await c.open(uri, '# Title\n\nThat is not my problem, please ask the bank.\n', 'markdown')
    const [blame] = opened.diagnostics.filter(d => d.code === 'blame-shifting' || d.code === 'dismissive-reply')
    expect(blame).toBeDefined()
    const hover = (await c.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: blame!.range.start})) as Hover
    const value = (hover.contents as {kind: string; value: string}).value
    expect((hover.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toContain(`**${blame!.code}**`)
    expect(value).toContain(blame!.message)
    const readme = fs.readFileSync(path.join(root, 'rules', String(blame!.code), 'README.md'), 'utf8')
    const why = readme.split(/^## Why.*$/m)[1]!.split(/^## /m)[0]!.trim()
    expect(value).toContain(why.split('\n')[0])
    expect(value).toMatch(/\]\(file:.*README\.md\)/)
    expect(hover.range).toEqual(blame!.range)
    const nothing = await c.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 2}})
    expect(nothing).toBeNull()
  })

  it('counts columns in UTF-16 code units after emoji (surrogate pairs) and CJK text', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder]})
    const uri = fileUri(path.join(folder, 'mixed.txt'))
    const line = '亲😀👍🏽，谢谢您的耐心！🙏 我们保证明天一定送到。'
    const text = `您好 😀\n${line}\n`
    const opened = await c.open(uri, text)
    const [promise] = byRule(opened.diagnostics, 'absolute-promise')
    expect(promise).toBeDefined()
    // 保证 starts after 亲, four emoji of two units each (the skin tone is one of them), eight more characters, a space and 我们.
    const character = line.indexOf('保证')
    expect(character).toBe(1 + 2 + 2 + 2 + 8 + 2 + 1 + 2)
    expect(promise!.range.start).toEqual({line: 1, character})
    const document = TextDocument.create(uri, 'plaintext', 1, text)
    expect(document.getText(promise!.range)).toMatch(/^保证/)
    // The disable directive goes at the end of that line, after every pair.
    const disable = (await actionsFor(c, uri, promise!)).find(a => a.title.startsWith('Disable'))!
    const [edit] = editsOf(disable, uri)
    expect(edit!.range.start).toEqual({line: 1, character: line.length})
  })

  it('lints an untitled buffer by its language: Markdown headings and code are not replies', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder]})
    const uri = 'untitled:Untitled-1'
    const opened = await c.open(uri, '# We guarantee it\n\n```\nwe guarantee\n```\n\nWe guarantee it arrives tomorrow.\n', 'markdown')
    expect(byRule(opened.diagnostics, 'absolute-promise').map(d => d.range.start)).toEqual([{line: 6, character: 0}])
    const [promise] = byRule(opened.diagnostics, 'absolute-promise')
    const disable = (await actionsFor(c, uri, promise!)).find(a => a.title.startsWith('Disable'))!
    expect(editsOf(disable, uri)[0]!.newText).toBe(' <!-- reply-lint-disable-line absolute-promise -->')
  })

  it('speaks over Node IPC when the client asks for --node-ipc', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder], transport: 'node-ipc'})
    const opened = await c.open(fileUri(path.join(folder, 'a.txt')), 'We guarantee it arrives tomorrow.')
    expect(byRule(opened.diagnostics, 'absolute-promise')).toHaveLength(1)
    expect(await c.stop()).toBe(0)
  })

  it('starts as its own bin, reply-lint-lsp', async () => {
    const folder = tempFolder()
    const c = await client({command: 'reply-lint-lsp', folders: [folder]})
    const opened = await c.open(fileUri(path.join(folder, 'a.txt')), '亲，这个不归我管，您找售后吧。')
    expect(opened.diagnostics.length).toBeGreaterThan(0)
    expect(await c.stop()).toBe(0)
  })

  it('lints canned-reply YAML at the positions of the file, and silences a block scalar finding for its reply', async () => {
    const c = await client({folders: [root]})
    const file = path.join(root, 'fixtures/transcripts/macros.yaml')
    const text = fs.readFileSync(file, 'utf8')
    const uri = fileUri(file)
    const opened = await c.open(uri, text, 'yaml')
    const document = TextDocument.create(uri, 'yaml', 1, text)
    const promises = byRule(opened.diagnostics, 'absolute-promise')
    expect(promises.map(d => document.getText(d.range).toLowerCase())).toContain('we guarantee')
    const inBlock = promises.find(d => d.range.start.line === 7)!
    expect(inBlock).toBeDefined()
    const disable = (await actionsFor(c, uri, inBlock)).find(a => a.title.startsWith('Disable'))!
    // A comment line inside the block scalar would be reply text: the directive goes around the entry instead.
    expect(disable.title).toBe('Disable absolute-promise for this reply')
    const edited = TextDocument.applyEdits(document, editsOf(disable, uri))
    expect(edited).toContain('  # reply-lint-disable absolute-promise\n    body: |')
    const after = c.nextDiagnostics(uri, p => p.version === 2)
    c.change(uri, 2, [{text: edited}])
    const changed = await after
    const left = byRule(changed.diagnostics, 'absolute-promise')
    expect(left).toHaveLength(promises.length - 1)
  })

  it('reloads settings when the client reports a changed config file', async () => {
    const folder = tempFolder()
    const config = path.join(folder, '.replylintrc.yaml')
    fs.writeFileSync(config, 'rules:\n  absolute-promise: error\n')
    const c = await client({folders: [folder], capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}}})
    const uri = fileUri(path.join(folder, 'reply.txt'))
    const opened = await c.open(uri, 'We guarantee it arrives tomorrow.')
    expect(byRule(opened.diagnostics, 'absolute-promise')[0]?.severity).toBe(1)
    await expect.poll(() => c.registrations.map(r => r.method)).toContain(DidChangeWatchedFilesNotification.method)
    fs.writeFileSync(config, 'rules:\n  absolute-promise: "off"\n')
    const next = c.nextDiagnostics(uri)
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: fileUri(config), type: 2}]})
    expect(byRule((await next).diagnostics, 'absolute-promise')).toEqual([])
  })

  it('watches config folders itself when the client cannot, and sees a new config file', async () => {
    const folder = tempFolder()
    fs.mkdirSync(path.join(folder, 'macros'))
    const c = await client({folders: [folder]})
    const uri = fileUri(path.join(folder, 'macros', 'reply.txt'))
    const opened = await c.open(uri, 'We guarantee it arrives tomorrow.')
    expect(byRule(opened.diagnostics, 'absolute-promise')[0]?.severity).toBe(2)
    const next = c.nextDiagnostics(uri)
    fs.writeFileSync(path.join(folder, '.replylintrc.json'), '{"rules": {"absolute-promise": "error"}}')
    expect(byRule((await next).diagnostics, 'absolute-promise')[0]?.severity).toBe(1)
  })

  it('reports a file its config leaves out with no diagnostics, and a broken config as one diagnostic', async () => {
    const folder = tempFolder()
    fs.writeFileSync(path.join(folder, '.replylintignore'), 'drafts/\n')
    fs.mkdirSync(path.join(folder, 'drafts'))
    fs.mkdirSync(path.join(folder, 'broken'))
    fs.writeFileSync(path.join(folder, 'broken', '.replylintrc.json'), '{"rules": {"no-such-rule": "error"}}')
    const c = await client({folders: [folder]})
    const ignored = await c.open(fileUri(path.join(folder, 'drafts', 'a.txt')), 'We guarantee it arrives tomorrow.')
    expect(ignored.diagnostics).toEqual([])
    const broken = await c.open(fileUri(path.join(folder, 'broken', 'a.txt')), 'We guarantee it arrives tomorrow.')
    expect(broken.diagnostics).toHaveLength(1)
    expect(broken.diagnostics[0]).toMatchObject({severity: 1, source: 'reply-lint'})
    expect(broken.diagnostics[0]!.message).toMatch(/^not linted: .*no-such-rule/)
  })

  it('shows malformed YAML and JSON where the CLI reports it, with its message', async () => {
    const c = await client({folders: [root]})
    for (const name of ['broken.yaml', 'broken.json']) {
      const file = path.join(root, 'fixtures/bad', name)
      const cli = spawnSync(process.execPath, [path.join(root, 'dist/bin/reply-lint.js'), path.relative(root, file)], {cwd: root, encoding: 'utf8'})
      const [, line, column, message] = /:(\d+):(\d+): (.*)$/m.exec(cli.stderr)!
      const opened = await c.open(fileUri(file), fs.readFileSync(file, 'utf8'), name.endsWith('.json') ? 'json' : 'yaml')
      expect(opened.diagnostics).toHaveLength(1)
      expect(opened.diagnostics[0]).toMatchObject({severity: 1, message, range: {start: {line: Number(line) - 1, character: Number(column) - 1}}})
      expect(opened.diagnostics[0]!.code).toBeUndefined()
    }
  })

  it('finds each workspace folder its own config', async () => {
    const strict = tempFolder()
    const relaxed = tempFolder()
    fs.writeFileSync(path.join(strict, '.replylintrc.yaml'), 'rules:\n  absolute-promise: error\n')
    fs.writeFileSync(path.join(relaxed, '.replylintrc.yaml'), 'rules:\n  absolute-promise: "off"\n')
    const c = await client({folders: [strict, relaxed], capabilities: {workspace: {workspaceFolders: true}}})
    const text = 'We guarantee it arrives tomorrow.'
    expect(byRule((await c.open(fileUri(path.join(strict, 'a.txt')), text)).diagnostics, 'absolute-promise')[0]?.severity).toBe(1)
    expect(byRule((await c.open(fileUri(path.join(relaxed, 'a.txt')), text)).diagnostics, 'absolute-promise')).toEqual([])
    // A .replylintignore with no config beside it counts in the folder the CLI runs from: here, the document's workspace folder.
    const ignoring = tempFolder()
    fs.writeFileSync(path.join(ignoring, '.replylintignore'), 'drafts/\n')
    fs.mkdirSync(path.join(ignoring, 'drafts'))
    const c2 = await client({folders: [strict, ignoring]})
    expect((await c2.open(fileUri(path.join(ignoring, 'drafts', 'a.txt')), text)).diagnostics).toEqual([])
    expect((await c2.open(fileUri(path.join(ignoring, 'a.txt')), text)).diagnostics.length).toBeGreaterThan(0)
    // A folder added later is a project of its own from then on: its open documents are linted again.
    const draft = fileUri(path.join(ignoring, 'drafts', 'b.txt'))
    expect((await c.open(draft, text)).diagnostics.length).toBeGreaterThan(0)
    const again = c.nextDiagnostics(draft)
    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {event: {added: [{uri: fileUri(ignoring), name: 'ignoring'}], removed: []}})
    expect((await again).diagnostics).toEqual([])
  })

  it('offers every meaning-preserving fix at once as source.fixAll', async () => {
    const folder = tempFolder()
    const c = await client({folders: [folder]})
    const uri = fileUri(path.join(folder, 'reply.txt'))
    const text = 'We guarantee it arrives tomorrow, and it is guaranteed to fit.'
    const opened = await c.open(uri, text)
    const actions = (await c.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']},
    })) as CodeAction[]
    expect(actions.map(a => a.kind)).toEqual(['source.fixAll.reply-lint'])
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), editsOf(actions[0]!, uri))
    const rerun = c.nextDiagnostics(uri, p => p.version === 2)
    c.change(uri, 2, [{text: fixed}])
    // What --fix writes for the same text.
    const cli = spawnSync(process.execPath, [path.join(root, 'dist/bin/reply-lint.js'), '--fix', '--stdin-filename', path.join(folder, 'reply.txt')], {input: text, encoding: 'utf8'})
    expect(fixed).toBe(cli.stdout)
    expect(fixed).not.toBe(text)
    expect((await rerun).diagnostics.length).toBeLessThan(opened.diagnostics.length)
  })
})
