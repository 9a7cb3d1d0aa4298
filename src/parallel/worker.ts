// A worker thread of the pool: lints batches of reply texts with the linter
// the main thread would use for the file they come from. Settings are
// resolved here exactly as there (same resolver options, same working
// folder, the same file path), so both build the same rules and options.
import {ConfigResolver, type FileSettings} from '../config/resolver.js'
import type {RawReport} from '../context.js'
import type {BatchTask} from './pool.js'

const resolvers = new Map<string, ConfigResolver>()
const settings = new Map<string, Promise<FileSettings>>()

function resolverFor(task: BatchTask): ConfigResolver {
  const key = JSON.stringify(task.resolver)
  let resolver = resolvers.get(key)
  if (!resolver) resolvers.set(key, (resolver = new ConfigResolver(task.resolver)))
  return resolver
}

export default async function lintBatch(task: BatchTask): Promise<{reports: RawReport[][]; notices: string[]}> {
  const resolver = resolverFor(task)
  const key = `${JSON.stringify(task.resolver)}\n${task.virtual ? 'virtual:' : ''}${task.filePath}`
  let pending = settings.get(key)
  if (!pending) settings.set(key, (pending = resolver.settingsFor(task.filePath, {virtual: task.virtual})))
  const linter = resolver.linterFor(await pending)
  const reports: RawReport[][] = []
  for (const reply of task.replies) reports.push(await linter.lintReply(reply.text, reply))
  return {reports, notices: [...linter.notices]}
}
