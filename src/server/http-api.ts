// reply-lint over HTTP, for helpdesk integrations: POST /lint answers with
// the report `--format json` writes, GET /health says the server is up, and
// GET / is the playground. Settings come from config files as for the CLI:
// the nearest one above the reply's filePath in the server's folder (or
// --config).
import http from 'node:http'
import path from 'node:path'
import {ConfigResolver, type ConfigResolverOptions} from '../config/resolver.js'
import {settingsOptions} from '../config/file-settings.js'
import {ConfigError} from '../config/errors.js'
import {eslintResult} from '../formatters/json.js'
import {packageInfo} from '../formatters/package-info.js'
import {sourceFormat} from '../sources/index.js'
import {recordingSplit} from '../io/source-reading.js'
import type {InputProblem} from '../io/inputs.js'
import type {Severity} from '../types.js'
import {parseLintRequest, RequestError, type ReplyRequest} from './lint-request.js'
import {readStaticFiles, type StaticFile} from './static-files.js'

/** Request bodies larger than this are refused (413) unless the server is told otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024

export interface LintServerOptions extends Pick<ConfigResolverOptions, 'configFile' | 'useConfigFiles'> {
  /** The folder configs are looked up from and filePaths are relative to (the current folder by default). */
  cwd?: string
  /** Largest request body, in bytes. */
  bodyLimit?: number
  /** The files served under GET (the playground); dist/browser/ by default. */
  staticFiles?: Map<string, StaticFile>
}

/** The name a reply without a filePath is reported under. */
const UNNAMED = '<text>'

export class LintService {
  readonly cwd: string
  /** One resolver hides info findings (their rules do not run), one shows them (verbose, and fixes, which need every finding). */
  private readonly resolvers: Record<'quiet' | 'verbose', ConfigResolver>

  constructor(options: LintServerOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd())
    const shared = {cwd: this.cwd, configFile: options.configFile, useConfigFiles: options.useConfigFiles}
    this.resolvers = {
      quiet: new ConfigResolver({...shared, unseenSeverities: ['info'] as Severity[]}),
      verbose: new ConfigResolver(shared),
    }
  }

  /** Loads the config and the rules now, so a broken config stops the server from starting and the first request waits for nothing. */
  async warmUp(): Promise<void> {
    for (const request of [{text: 'Thanks for waiting.'}, {text: '谢谢您的耐心等待。'}, {text: '謝謝您的耐心等待。'}]) {
      await this.lint(request)
      await this.lint({...request, verbose: true})
    }
  }

  /** One reply's entry of the json report. */
  async lint(request: ReplyRequest, at = ''): Promise<ReturnType<typeof eslintResult>> {
    const name = request.filePath ?? UNNAMED
    const showInfo = Boolean(request.verbose || request.fix)
    const resolver = this.resolvers[showInfo ? 'verbose' : 'quiet']
    // A reply without a name matches no override or ignore pattern, as stdin does.
    const settings = await resolver.settingsFor(path.join(this.cwd, request.filePath ?? 'reply'), {virtual: !request.filePath})
    const format = sourceFormat(request.filePath ?? '', request.format)
    const {source, language, reportUnusedDisableDirectives} = settingsOptions(settings)
    const problems: InputProblem[] = []
    const result = await resolver.linterFor(settings).lintSource(request.text, recordingSplit(format, name, source, name, problems), {
      fix: Boolean(request.fix),
      filePath: name,
      format: format.name,
      language: request.language ?? language,
      reportUnusedDisableDirectives,
      // The same entry as `--format json`, whole-reply rewrites and all.
      rewrites: true,
    })
    const fatal = problems.find(p => p.fatal)
    if (fatal) throw new RequestError(400, `${at ? `${at}: ` : ''}${fatal.line !== undefined ? `${fatal.line}:${fatal.column ?? 1}: ` : ''}${fatal.message} (as ${format.name})`)
    const findings = showInfo ? result.findings : result.findings.filter(f => f.severity !== 'info')
    return eslintResult({...result, findings, filePath: name})
  }
}

/** The HTTP server (not listening yet). */
export function createLintServer(options: LintServerOptions = {}): {server: http.Server; service: LintService} {
  const service = new LintService(options)
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const files = options.staticFiles ?? readStaticFiles()
  const server = http.createServer((req, res) => {
    handle(req, res).catch(error => {
      if (error instanceof RequestError) return send(res, error.status, {error: error.message})
      if (error instanceof ConfigError) return send(res, 500, {error: `config: ${error.message}`})
      send(res, 500, {error: `internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}`})
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const route = url.pathname
    if (route === '/lint') {
      if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST')
      const type = (req.headers['content-type'] ?? '').toLowerCase()
      if (!/^application\/json\s*(;|$)/.test(type)) {
        req.resume()
        return send(res, 415, {error: `content-type must be application/json, not ${type ? JSON.stringify(type) : 'missing'}`})
      }
      const charset = /;\s*charset=("?)([^;"]+)\1/.exec(type)?.[2]
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        req.resume()
        return send(res, 415, {error: `the body must be UTF-8, not ${charset}`})
      }
      const body = await readBody(req, bodyLimit)
      const requests = parseLintRequest(body)
      const results = []
      for (let i = 0; i < requests.length; i++) results.push(await service.lint(requests[i]!, requests.length > 1 ? `replies[${i}]` : ''))
      return send(res, 200, results)
    }
    if (route === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD')
      return send(res, 200, {status: 'ok', version: packageInfo().version})
    }
    const file = files.get(route)
    if (file) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD')
      res.writeHead(200, {'content-type': file.type, 'content-length': file.body.length, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff'})
      res.end(req.method === 'HEAD' ? undefined : file.body)
      return
    }
    req.resume()
    send(res, 404, {error: `no such path: ${route} (POST /lint, GET /health, GET / for the playground)`})
  }

  return {server, service}
}

function methodNotAllowed(req: http.IncomingMessage, res: http.ServerResponse, allow: string): void {
  req.resume()
  send(res, 405, {error: `${req.method} is not allowed here; use ${allow}`}, {allow})
}

/** The body as UTF-8, refused with 413 as soon as it is known to be over `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new RequestError(413, `request body over ${limit} bytes`)
  const declared = Number(req.headers['content-length'])
  if (declared > limit) {
    req.resume()
    return Promise.reject(tooLarge())
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // The rest is read and dropped, so the answer can be sent on the same connection.
        req.removeAllListeners('data')
        req.resume()
        reject(tooLarge())
      } else chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > limit) return
      const text = Buffer.concat(chunks).toString('utf8')
      if (text.includes('\uFFFD') && !Buffer.from(text, 'utf8').equals(Buffer.concat(chunks))) reject(new RequestError(400, 'the body is not valid UTF-8'))
      else resolve(text)
    })
    req.on('error', reject)
  })
}

function send(res: http.ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end()
  const body = JSON.stringify(data)
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers})
  res.end(body)
}
