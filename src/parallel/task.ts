// What a linting thread does with a task, a worker or the main thread alike:
// lints whole files, or segments of a file the main thread reads as a
// stream, with the linter the main thread would use for that
// file. Settings are resolved here from the task (same resolver options,
// same working folder, the same file path), so every thread builds the same
// rules and options; a thread keeps its resolvers and settings for the tasks
// after.
import {ConfigResolver, type FileSettings} from '../config/resolver.js'
import {countsOnly, lintFile} from '../files.js'
import {jsonEntryBytes} from '../formatters/json-stream.js'
import {lintSegment, type SegmentOutcome} from '../io/segment-linting.js'
import type {FileOutcome, FileTask, SegmentTask} from './pool.js'

const resolvers = new Map<string, ConfigResolver>()
const settings = new Map<string, Promise<FileSettings>>()

function resolverFor(task: SegmentTask | FileTask): ConfigResolver {
  const key = JSON.stringify(task.resolver)
  let resolver = resolvers.get(key)
  if (!resolver) resolvers.set(key, (resolver = new ConfigResolver(task.resolver)))
  return resolver
}

async function settingsFor(task: SegmentTask | FileTask): Promise<FileSettings> {
  const key = `${JSON.stringify(task.resolver)}\n${task.filePath}`
  let pending = settings.get(key)
  if (!pending) settings.set(key, (pending = resolverFor(task).settingsFor(task.filePath)))
  return pending
}

async function lintSegmentTask(task: SegmentTask): Promise<SegmentOutcome> {
  return lintSegment(resolverFor(task).linterFor(await settingsFor(task)), task.segment)
}

async function lintWholeFile(task: FileTask): Promise<FileOutcome> {
  const linter = resolverFor(task).linterFor(await settingsFor(task))
  const {fixRules, ...options} = task.options
  const ids = fixRules ? new Set(fixRules) : undefined
  const outcome = await lintFile(linter, task.filePath, {...options, ...(ids ? {fixFilter: f => ids.has(f.ruleId)} : {})})
  const {result} = outcome
  if (!task.jsonEntry || !result) return {...outcome, notices: [...linter.notices]}
  const severities = new Set(task.jsonEntry.severities)
  return {
    problems: outcome.problems,
    notices: [...linter.notices],
    entry: jsonEntryBytes({...result, findings: result.findings.filter(f => severities.has(f.severity))}),
    result: countsOnly(result),
  }
}

export function runTask(task: SegmentTask | FileTask): Promise<SegmentOutcome | FileOutcome> {
  return 'segment' in task ? lintSegmentTask(task) : lintWholeFile(task)
}
