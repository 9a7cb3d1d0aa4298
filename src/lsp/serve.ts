// Runs the language server (`reply-lint --lsp`, `reply-lint-lsp`) over
// stdin and stdout, the transport every editor's LSP client can start, or
// over the one the client names: --node-ipc, --socket=<port>, --pipe=<name>
// (vscode-languageserver reads them, with --clientProcessId, from argv).
import {createConnection} from 'vscode-languageserver/node'
import {startServer} from './server.js'

const OTHER_TRANSPORT = /^--(?:node-ipc$|socket=|pipe=)/

export function serveLsp(argv: readonly string[]): void {
  startServer(argv.some(a => OTHER_TRANSPORT.test(a)) ? createConnection() : createConnection(process.stdin, process.stdout))
}
