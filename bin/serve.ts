// `reply-lint serve`: the HTTP API and the playground (src/server/). Loaded
// only when the command is given, so linting never pays for it.
import {Command, InvalidArgumentError} from 'commander'
import {ConfigError} from '../src/config/errors.js'
import {createLintServer, DEFAULT_BODY_LIMIT} from '../src/server/http-api.js'
import {packageInfo} from '../src/formatters/package-info.js'

interface ServeOptions {
  port: number
  host: string
  config?: string | false
  bodyLimit: number
}

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`)
    return n
  }
}

function serveProgram(): Command {
  return new Command('reply-lint serve')
    .description('Serve the HTTP API (POST /lint, GET /health) and the playground (GET /) until stopped.')
    .version(packageInfo().version, '-v, --version')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', wholeNumber(0, 65535), 7373)
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .option('-c, --config <path>', 'use this config file for every reply instead of looking for one from the current folder')
    .option('--no-config', 'use no config file: the built-in defaults')
    .option('--body-limit <bytes>', 'largest request body accepted (413 beyond)', wholeNumber(1, 2 ** 31), DEFAULT_BODY_LIMIT)
    .showHelpAfterError('(run reply-lint serve --help for usage)')
}

/** Runs the server until SIGINT or SIGTERM; resolves with the exit code. */
export async function serveCommand(args: string[]): Promise<number> {
  const program = serveProgram()
  let exit: number | undefined
  program.exitOverride(err => {
    exit = err.exitCode === 0 ? 0 : 2
    throw err
  })
  program.configureOutput({writeErr: s => process.stderr.write(s)})
  try {
    program.parse(args, {from: 'user'})
  } catch {
    return exit ?? 2
  }
  const options = program.opts<ServeOptions>()
  const {server, service} = createLintServer({
    configFile: typeof options.config === 'string' ? options.config : undefined,
    useConfigFiles: options.config !== false,
    bodyLimit: options.bodyLimit,
  })
  try {
    await service.warmUp()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`reply-lint: ${error.message}\n`)
    return 2
  }
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => resolve())
    })
  } catch (error) {
    process.stderr.write(`reply-lint: cannot listen on ${options.host}:${options.port}: ${(error as Error).message}\n`)
    return 2
  }
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  process.stdout.write(`reply-lint: serving on http://${host}:${port}/ (POST /lint, GET /health, the playground at /); Ctrl-C stops\n`)
  await new Promise<void>(resolve => {
    const stop = () => {
      server.close(() => resolve())
      server.closeAllConnections()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
