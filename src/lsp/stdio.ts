// Runs the language server over stdin and stdout, the transport every
// editor's LSP client can start (`reply-lint --lsp`, `reply-lint-lsp`).
import {createConnection} from 'vscode-languageserver/node'
import {startServer} from './server.js'

export function serveStdio(): void {
  startServer(createConnection(process.stdin, process.stdout))
}
