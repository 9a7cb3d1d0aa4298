#!/usr/bin/env node
// reply-lint's command line entry point.
import {run} from './cli.js'

// The reader went away (`reply-lint --help | head`, a report piped to
// `head`): what is left of the output has nowhere to go, which is not a
// failure; the run still ends with its own exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

run(process.argv).then(
  code => {
    process.exitCode = code
  },
  (error: Error) => {
    const debug = process.argv.includes('--debug')
    process.stderr.write(`reply-lint: internal error: ${error.message}${debug ? `\n${error.stack}` : ' (run with --debug for details)'}\n`)
    process.exitCode = 2
  },
)
