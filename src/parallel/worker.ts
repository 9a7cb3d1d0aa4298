// A worker thread of the pool: lints whole files, or batches of reply texts
// from a file the main thread reads as a stream, with the linter the main
// thread would use for that file. Settings are resolved here exactly as
// there (same resolver options, same working folder, the same file path), so
// both build the same rules and options.
import {ConfigResolver, type FileSettings} from '../config/resolver.js'
import type {RawReport} from '../context.js'
import {lintFile, type FileResult} from '../files.js'
import type {InputProblem} from '../io/inputs.js'
import type {BatchTask, FileTask} from './pool.js'

const resolvers = new Map<string, ConfigResolver>()
const settings = new Map<string, Promise<FileSettings>>()

function resolverFor(task: BatchTask | FileTask): ConfigResolver {
  const key = JSON.stringify(task.resolver)
  let resolver = resolvers.get(key)
  if (!resolver) resolvers.set(key, (resolver = new ConfigResolver(task.resolver)))
  return resolver
}

async function settingsFor(task: BatchTask | FileTask, virtual = false): Promise<FileSettings> {
  const key = `${JSON.stringify(task.resolver)}\n${virtual ? 'virtual:' : ''}${task.filePath}`
  let pending = settings.get(key)
  if (!pending) settings.set(key, (pending = resolverFor(task).settingsFor(task.filePath, {virtual})))
  return pending
}

async function lintBatch(task: BatchTask): Promise<{reports: RawReport[][]; notices: string[]}> {
  const linter = resolverFor(task).linterFor(await settingsFor(task, task.virtual))
  const reports: RawReport[][] = []
  for (const reply of task.replies) reports.push(await linter.lintReply(reply.text, reply))
  return {reports, notices: [...linter.notices]}
}

async function lintWholeFile(task: FileTask): Promise<{result?: FileResult; problems: InputProblem[]; notices: string[]}> {
  const linter = resolverFor(task).linterFor(await settingsFor(task))
  const {fixRules, ...options} = task.options
  const ids = fixRules ? new Set(fixRules) : undefined
  const outcome = await lintFile(linter, task.filePath, {...options, ...(ids ? {fixFilter: f => ids.has(f.ruleId)} : {})})
  return {...outcome, notices: [...linter.notices]}
}

export default function run(task: BatchTask | FileTask) {
  return 'replies' in task ? lintBatch(task) : lintWholeFile(task)
}
