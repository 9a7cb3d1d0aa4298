// All cores: `jobs` threads lint, this one and jobs - 1 workers. A worker
// always has a task queued so it never waits for this thread; this thread
// reads (a stream only cut into segments) and writes, and lints a task
// itself whenever the workers have enough queued. One worker fewer than
// there are cores: each worker is a whole engine (its own heap, rules, dictionaries and
// compiled code), which costs memory and start-up time, while this thread
// would otherwise sit idle for most of the run. Results are taken in input
// order, so the output is the same as with one thread.
import type {ConfigResolverOptions} from '../config/resolver.js'
import type {Linter} from '../engine.js'
import type {FileResult, LintFilesOptions} from '../files.js'
import type {InputProblem} from '../io/inputs.js'
import type {SegmentJob, SegmentLinting} from '../io/segment-linting.js'
import type {Severity} from '../types.js'
import {runTask} from './task.js'
import {TaskThreads} from './threads.js'

/** The resolver options a worker can receive (everything but the built-in rules, which it loads itself). */
export type WorkerResolverOptions = Omit<ConfigResolverOptions, 'builtins'> & {cwd: string}

/** A segment of a file read here in segments (see io/segments.ts). */
export interface SegmentTask {
  resolver: WorkerResolverOptions
  /** The file the segment comes from: its settings decide the linter. */
  filePath: string
  segment: SegmentJob
}

/** A whole file for a worker to read, lint (and fix) like the main thread would. */
export interface FileTask {
  resolver: WorkerResolverOptions
  filePath: string
  /** lintFile's options, as data: `fixRules` stands for a fixFilter by rule id. */
  options: Omit<LintFilesOptions, 'linter' | 'config' | 'rules' | 'fixFilter' | 'onStreamedFindings' | 'streamedReport' | 'segmentLinting'> & {fixRules?: string[]}
  /**
   * Write the file's json report entry here, with the findings of these
   * severities: the outcome then carries the entry, and a result with the
   * counts only (no findings, source or replies to send back).
   */
  jsonEntry?: {severities: Severity[]}
}

export interface FileOutcome {
  result?: FileResult
  problems: InputProblem[]
  notices: string[]
  /** The json report entry (UTF-8), when the task asked for it. */
  entry?: Uint8Array
}

/**
 * Work sent to each worker before it has answered, in units: four whole
 * files, or eight segments of a file read here as a stream. While this thread
 * lints a task of its own, or cuts and writes for a stream, it does
 * not hear back, so the worker needs work queued to stay busy meanwhile.
 * Near the end of the input it gets less (see workerLimit).
 */
const UNITS_PER_WORKER = 8
const FILE_TASK_UNITS = 2

function unitsOf(task: SegmentTask | FileTask): number {
  return 'segment' in task ? 1 : FILE_TASK_UNITS
}

/** A task waiting for a thread: run by a worker or, when they all have enough, by this thread. */
interface Queued {
  task: SegmentTask | FileTask
  resolve: (outcome: unknown) => void
  reject: (error: unknown) => void
}

/** `jobs` threads lint (this one and jobs - 1 workers); this thread also reads and writes. */
export class ReplyPool {
  private readonly threads: TaskThreads<SegmentTask | FileTask>
  private readonly workers: number
  private readonly workerUnits: number
  private readonly queue: Queued[] = []
  /** Units of the tasks the workers have and have not answered yet. */
  private sent = 0
  private linting = false

  constructor(
    readonly jobs: number,
    private readonly resolver: WorkerResolverOptions,
  ) {
    const workers = (this.workers = Math.max(1, jobs - 1))
    this.workerUnits = workers * UNITS_PER_WORKER
    // Replies are short-lived: the larger the young generation, the less
    // time goes to collecting them and the less survives to be promoted.
    // 48 MB, the main thread's (V8's 16 MB semi-spaces): on 100 MB of
    // Chinese JSONL the worker's scavenges took 1.8 s of CPU with 16 MB,
    // 1.0 s with 48, and it promoted 144 MB instead of 237; a 1 GB
    // transcript still peaks at 246 MB with two threads.
    this.threads = new TaskThreads(new URL('./worker.js', import.meta.url), workers, {maxYoungGenerationSizeMb: 48})
  }

  /**
   * Tasks worth having under way at once. Results are taken in input order,
   * so while the oldest task is still being linted the others must keep
   * every thread busy: the tasks queued in the workers, and a few more for
   * each thread, finished ones waiting their turn among them.
   */
  get tasksAtOnce(): number {
    return this.workerUnits / FILE_TASK_UNITS + 6 * this.jobs
  }

  /** Whether the workers can take the next queued task now. */
  private workersTakeNext(): boolean {
    return this.queue.length > 0 && this.sent + unitsOf(this.queue[0]!.task) <= this.workerLimit()
  }

  /**
   * Units the workers may hold: all they can while plenty is queued here,
   * fewer as the queue runs out. Whatever a worker holds when this thread
   * has nothing left to lint is the run's tail, linted by that worker alone;
   * so near the end each worker holds the task it runs and its share of the
   * rest. (With four files queued in the worker to the end, this thread
   * waited a third of a second at the end of 100 MB of Chinese text.)
   */
  private workerLimit(): number {
    let queued = 0
    for (const {task} of this.queue) queued += unitsOf(task)
    return Math.min(this.workerUnits, this.workers * FILE_TASK_UNITS + Math.ceil((queued * this.workers) / this.jobs))
  }

  /** Runs a task on a worker, or here when the workers have enough queued; outcomes as a worker gives them. */
  private run<T>(task: SegmentTask | FileTask): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({task, resolve: resolve as (outcome: unknown) => void, reject})
      this.dispatch()
    })
  }

  private dispatch(): void {
    while (this.workersTakeNext()) {
      const {task, resolve, reject} = this.queue.shift()!
      const units = unitsOf(task)
      this.sent += units
      // A segment's bytes are moved to the worker, not copied: nothing here reads them again.
      const transferList = 'segment' in task ? [task.segment.bytes.buffer as ArrayBuffer] : []
      this.threads.run(task, transferList).then(resolve, reject).finally(() => {
        this.sent -= units
        this.dispatch()
      })
    }
    if (this.queue.length && !this.linting) {
      this.linting = true
      // Begun from the event loop, not from here: answers the workers sent
      // meanwhile are taken first, and they get their next tasks before this
      // thread is busy with one of its own.
      setImmediate(() => this.lintHere())
    }
  }

  private async lintHere(): Promise<void> {
    const next = this.workersTakeNext() ? undefined : this.queue.shift()
    if (next) await runTask(next.task).then(next.resolve, next.reject)
    this.linting = false
    this.dispatch()
  }

  /**
   * Where the segments of `filePath`, read here as a stream, are linted:
   * over every thread, enough at once to keep them busy. A segment's bytes
   * are moved to the worker that takes it (their ArrayBuffer is detached
   * here), so each must have its ArrayBuffer to itself.
   */
  segmentLinting(filePath: string): SegmentLinting {
    // Enough for the workers' queues and two more per thread: a stream's
    // memory stays flat, so few finished segments wait for an older one.
    const atOnce = this.workerUnits + 2 * this.jobs
    return {lint: segment => this.run({resolver: this.resolver, filePath, segment} satisfies SegmentTask), atOnce}
  }

  /** Lints a whole file; the notices of the linter that did join `linter`'s (this thread's for the file). */
  async lintFile(filePath: string, options: FileTask['options'], linter: Linter, jsonEntry?: FileTask['jsonEntry']): Promise<Omit<FileOutcome, 'notices'>> {
    const {notices, ...outcome} = await this.run<FileOutcome>({resolver: this.resolver, filePath, options, ...(jsonEntry ? {jsonEntry} : {})} satisfies FileTask)
    linter.addNotice(...notices)
    return outcome
  }

  async close(): Promise<void> {
    await this.threads.close()
  }
}
