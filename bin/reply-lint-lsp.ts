#!/usr/bin/env node
// The language server's own command, for editor setups that name one: the CLI with --lsp.
process.argv.push('--lsp')
await import('./reply-lint.js')
