#!/usr/bin/env node
// reply-lint's command line entry point.
import {run} from './cli.js'

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
