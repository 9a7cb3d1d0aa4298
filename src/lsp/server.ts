// The language server: lints documents as they are opened and edited
// (debounced, incremental sync), explains findings on hover, offers their
// rewrites, the whole-reply rewrite and a directive that silences a finding
// as code actions, and reloads settings when a config file changes.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {packageInfo} from '../formatters/package-info.js'
import {CONFIG_FILE_NAMES} from '../config/resolver.js'
import {IGNORE_FILE} from '../config/ignore.js'
import {FolderWatcher} from './config-watch.js'
import {findingActions} from './code-actions.js'
import {documentDiagnostics, findingFor} from './diagnostics.js'
import {disableDirectiveEdit} from './disable-directive.js'
import {fixedText, lintDocument, type DocumentLint, type DocumentTarget} from './document-lint.js'
import {hoverAt} from './hover.js'
import {LintWorkspace} from './workspace.js'

/** How long typing must pause before a changed document is linted again. */
export const DEFAULT_DEBOUNCE_MS = 100

const FIX_ALL = 'source.fixAll.reply-lint'

/** What a client may pass as initializationOptions. */
export interface ServerOptions {
  /** Milliseconds of quiet after a change before linting; 0 lints on every change. */
  debounceMs?: number
}

interface Linted {
  version: number
  lint: DocumentLint
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const workspace = new LintWorkspace()
  const linted = new Map<string, Linted>()
  const timers = new Map<string, NodeJS.Timeout>()
  /** The latest lint started for each document: an older one that finishes later is not published. */
  const generation = new Map<string, number>()
  const notices = new Set<string>()
  let debounceMs = DEFAULT_DEBOUNCE_MS
  let watcher: FolderWatcher | undefined
  let reloadTimer: NodeJS.Timeout | undefined

  const targetOf = (document: TextDocument): DocumentTarget => {
    if (document.uri.startsWith('file:')) return {filePath: fileURLToPath(document.uri), virtual: false, languageId: document.languageId}
    // An untitled buffer: linted as if it sat in the first workspace folder, under its own name.
    const name = decodeURIComponent(document.uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').split(/[/\\]/).pop() || 'untitled')
    return {filePath: path.join(workspace.workspaceFolders[0] ?? process.cwd(), name), virtual: true, languageId: document.languageId}
  }

  const lintNow = async (document: TextDocument): Promise<DocumentLint> => {
    const target = targetOf(document)
    const lint = await lintDocument(document.getText(), target, workspace.resolverFor(target.filePath))
    workspace.noteSettings(lint)
    for (const note of lint.result?.notices ?? []) {
      if (notices.has(note)) continue
      notices.add(note)
      connection.console.info(`reply-lint: ${note}`)
    }
    if (!target.virtual) watcher?.watchAbove(target.filePath)
    return lint
  }

  const publish = async (uri: string): Promise<void> => {
    const document = documents.get(uri)
    if (!document) return
    const mine = (generation.get(uri) ?? 0) + 1
    generation.set(uri, mine)
    // The document object is updated in place as changes come: what was linted is the version of now.
    const version = document.version
    let lint: DocumentLint
    const started = performance.now()
    try {
      lint = await lintNow(document)
    } catch (error) {
      connection.console.error(`reply-lint: ${document.uri}: ${(error as Error).message}`)
      return
    }
    const lintMs = performance.now() - started
    if (generation.get(uri) !== mine || documents.get(uri)?.version !== version) return
    linted.set(uri, {version, lint})
    await connection.sendDiagnostics({uri, version, diagnostics: documentDiagnostics(document, lint)})
    // With the client's trace on ($/setTrace, or `trace` at initialize): how long the lint took, for latency work.
    connection.tracer.log(`linted ${uri} version ${version} in ${lintMs.toFixed(3)} ms`)
  }

  /**
   * Loads what linting needs (each language's rule data and services) before
   * the first document asks, so that its diagnostics come as fast as later ones.
   */
  const warmUp = async (): Promise<void> => {
    const folder = workspace.workspaceFolders[0] ?? process.cwd()
    const target: DocumentTarget = {filePath: path.join(folder, 'reply.txt'), virtual: true}
    try {
      await lintDocument('Thanks for waiting, we guarantee it arrives tomorrow. 亲，明天一定能到。親，明天一定能到。', target, workspace.resolverFor(target.filePath))
    } catch {
      // A config that cannot be loaded is reported with the documents it governs.
    }
  }

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri))
    if (delay <= 0) {
      timers.delete(uri)
      void publish(uri)
      return
    }
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        void publish(uri)
      }, delay),
    )
  }

  /** The lint of a document as it is now: the published one, or a fresh one when the text has moved on. */
  const currentLint = async (document: TextDocument): Promise<DocumentLint> => {
    const known = linted.get(document.uri)
    const version = document.version
    if (known && known.version === version) return known.lint
    const lint = await lintNow(document)
    if (document.version === version) linted.set(document.uri, {version, lint})
    return lint
  }

  const reload = (): void => {
    clearTimeout(reloadTimer)
    // A save often writes a config in several steps: one reload after they settle.
    reloadTimer = setTimeout(() => {
      workspace.reload()
      linted.clear()
      for (const document of documents.all()) schedule(document.uri, 0)
    }, 30)
  }

  const onFileChanged = (file: string): void => {
    if (workspace.affectsSettings(file)) reload()
  }

  let watchesFiles = false
  let supportsFolders = false
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ServerOptions
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
    workspace.setFolders(folders.filter(u => u.startsWith('file:')).map(u => fileURLToPath(u)))
    watchesFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    supportsFolders = Boolean(params.capabilities.workspace?.workspaceFolders)
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: ['quickfix', FIX_ALL]},
        ...(supportsFolders ? {workspace: {workspaceFolders: {supported: true, changeNotifications: true}}} : {}),
      },
      serverInfo: {name: 'reply-lint', version: packageInfo().version},
    }
  })

  connection.onInitialized(() => {
    setImmediate(() => void warmUp())
    if (watchesFiles) {
      // Config files by name anywhere in the workspace; phrase packs and the like are filtered by the files in use.
      const names = [...CONFIG_FILE_NAMES, IGNORE_FILE].join(',')
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{globPattern: `**/{${names}}`}, {globPattern: '**/*.{yaml,yml,json}'}],
      })
    } else {
      watcher = new FolderWatcher(onFileChanged)
      for (const folder of workspace.workspaceFolders) watcher.watchAbove(path.join(folder, CONFIG_FILE_NAMES[0]!))
    }
    // Asked only of clients that have workspace folders: the library throws for the others.
    if (supportsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(event => {
        const uris = (list: Array<{uri: string}>) => list.filter(f => f.uri.startsWith('file:')).map(f => fileURLToPath(f.uri))
        workspace.addFolders(uris(event.added), uris(event.removed))
        linted.clear()
        for (const document of documents.all()) schedule(document.uri, 0)
      })
    }
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    for (const change of changes) if (change.uri.startsWith('file:')) onFileChanged(fileURLToPath(change.uri))
  })

  // Opening lints at once; typing waits for a pause.
  documents.onDidChangeContent(({document}) => schedule(document.uri, linted.has(document.uri) || timers.has(document.uri) ? debounceMs : 0))
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    linted.delete(document.uri)
    generation.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onHover(async ({textDocument, position}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return null
    const version = document.version
    const lint = await currentLint(document)
    // Positions of a text that has changed since would point at the wrong words.
    if (document.version !== version) return null
    return hoverAt(document, lint, document.offsetAt(position))
  })

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const version = document.version
    const lint = await currentLint(document)
    if (document.version !== version) return []
    const only = params.context.only
    const wants = (kind: string) => !only || only.some(k => kind === k || kind.startsWith(`${k}.`))
    const actions: CodeAction[] = []
    if (wants('quickfix')) {
      const text = document.getText()
      for (const diagnostic of params.context.diagnostics) {
        const finding = findingFor(document, lint, diagnostic)
        if (!finding) continue
        const disable = disableDirectiveEdit(text, lint.format.name, lint.split, finding)
        actions.push(...findingActions(document, finding, diagnostic, {result: lint.result, disable}))
      }
    }
    // Fixing re-lints the whole text until it settles: done when a fix-all is asked for by kind (on save, from
    // the source action menu), not for every cursor move that asks for quick fixes.
    if (only && wants(FIX_ALL)) {
      const target = targetOf(document)
      const output = await fixedText(document.getText(), target, lint, workspace.resolverFor(target.filePath))
      if (output !== undefined && document.version === version) {
        const whole = {start: {line: 0, character: 0}, end: document.positionAt(document.getText().length)}
        actions.push({title: 'Apply every meaning-preserving reply-lint fix', kind: FIX_ALL, edit: {changes: {[document.uri]: [{range: whole, newText: output}]}}})
      }
    }
    return actions
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    clearTimeout(reloadTimer)
    watcher?.close()
  })

  documents.listen(connection)
  connection.listen()
}
