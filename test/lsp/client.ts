// A language client for the tests: starts the built server as a child
// process and speaks LSP to it over stdio through vscode-languageserver's
// protocol connection.
import {fork, spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  LogTraceNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node'

export const root = path.resolve(import.meta.dirname, '../..')

export interface ClientOptions {
  /** The server's command: the CLI with --lsp, or the reply-lint-lsp bin. */
  command?: 'reply-lint' | 'reply-lint-lsp'
  folders?: string[]
  capabilities?: ClientCapabilities
  initializationOptions?: Record<string, unknown>
  trace?: 'off' | 'messages' | 'verbose'
  /** How the server talks to the client: stdio (the default) or Node's IPC channel. */
  transport?: 'stdio' | 'node-ipc'
}

export interface LspClient {
  connection: ProtocolConnection
  child: ChildProcess
  initialized: InitializeResult
  registrations: Registration[]
  /** The server's $/logTrace messages so far. */
  traces: string[]
  /** Every diagnostics notification so far, in order. */
  published: PublishDiagnosticsParams[]
  /** The next diagnostics for a document after those already seen (and matching `accept`). */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>
  open(uri: string, text: string, languageId?: string): Promise<PublishDiagnosticsParams>
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void
  stop(): Promise<number | null>
  stderr(): string
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href
}

export async function startClient(options: ClientOptions = {}): Promise<LspClient> {
  const bin = path.join(root, 'dist/bin', `${options.command ?? 'reply-lint'}.js`)
  const transport = options.transport === 'node-ipc' ? '--node-ipc' : '--stdio'
  const args = options.command === 'reply-lint-lsp' ? [transport] : ['--lsp', transport]
  const cwd = options.folders?.[0] ?? root
  const child = options.transport === 'node-ipc' ? fork(bin, args, {cwd, stdio: ['ignore', 'ignore', 'pipe', 'ipc']}) : spawn(process.execPath, [bin, ...args], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr!.setEncoding('utf8').on('data', d => (stderr += d))
  const connection =
    options.transport === 'node-ipc'
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const published: PublishDiagnosticsParams[] = []
  const registrations: Registration[] = []
  /** How many of each document's notifications a caller has taken. */
  const taken = new Map<string, number>()
  const waiters: Array<() => void> = []
  connection.onNotification(PublishDiagnosticsNotification.type, params => {
    published.push(params)
    for (const wake of waiters.splice(0)) wake()
  })
  const traces: string[] = []
  connection.onNotification(LogTraceNotification.type, ({message}) => void traces.push(message))
  connection.onRequest(RegistrationRequest.type, params => {
    registrations.push(...params.registrations)
    return null
  })
  connection.listen()
  const folders = options.folders ?? []
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0] ? fileUri(folders[0]) : null,
    workspaceFolders: folders.map(f => ({uri: fileUri(f), name: path.basename(f)})),
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions ?? {debounceMs: 20},
    ...(options.trace ? {trace: options.trace} : {}),
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const nextDiagnostics: LspClient['nextDiagnostics'] = (uri, accept = () => true, timeoutMs = 20_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs)
      const look = () => {
        const mine = published.filter(p => p.uri === uri)
        for (let i = taken.get(uri) ?? 0; i < mine.length; i++) {
          taken.set(uri, i + 1)
          if (accept(mine[i]!)) {
            clearTimeout(timer)
            return resolve(mine[i]!)
          }
        }
        waiters.push(look)
      }
      look()
    })

  return {
    connection,
    child,
    initialized,
    registrations,
    traces,
    published,
    nextDiagnostics,
    async open(uri, text, languageId = 'plaintext') {
      const next = nextDiagnostics(uri)
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
      return next
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges})
    },
    async stop() {
      const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      const code = await exited
      connection.dispose()
      return code
    },
    stderr: () => stderr,
  }
}
