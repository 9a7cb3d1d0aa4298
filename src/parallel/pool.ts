// All cores: reply texts go to worker threads in batches; the main thread
// keeps reading, splitting, placing findings and formatting, so results stay
// in input order and the output is the same as with one thread.
import Tinypool from 'tinypool'
import type {ConfigResolverOptions} from '../config/resolver.js'
import type {Linter, RemoteLinting, ReplyText} from '../engine.js'
import type {FileResult, LintFilesOptions} from '../files.js'
import type {InputProblem} from '../io/inputs.js'
import type {RawReport} from '../context.js'

/** The resolver options a worker can receive (everything but the built-in rules, which it loads itself). */
export type WorkerResolverOptions = Omit<ConfigResolverOptions, 'builtins'> & {cwd: string}

export interface BatchTask {
  resolver: WorkerResolverOptions
  /** The file the replies come from: its settings decide the linter. */
  filePath: string
  /** Text without a real file (stdin without --stdin-filename). */
  virtual?: boolean
  replies: ReplyText[]
}

/** A whole file for a worker to read, lint (and fix) like the main thread would. */
export interface FileTask {
  resolver: WorkerResolverOptions
  filePath: string
  /** lintFile's options, as data: `fixRules` stands for a fixFilter by rule id. */
  options: Omit<LintFilesOptions, 'linter' | 'config' | 'rules' | 'fixFilter' | 'onStreamedFindings'> & {fixRules?: string[]}
}

/** Replies per task: large enough that messaging costs little, small enough to spread a file over the workers. */
const BATCH_REPLIES = 400
/** Characters per task, for long replies. */
const BATCH_CHARS = 256 * 1024

/** `jobs` worker threads lint; the main thread reads, splits, places findings and writes. */
export class ReplyPool {
  private readonly pool: Tinypool

  constructor(
    readonly jobs: number,
    private readonly resolver: WorkerResolverOptions,
  ) {
    this.pool = new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      idleTimeout: 0,
      // Replies are small and short-lived: a small young generation keeps
      // each thread's memory down (three heaps on a two-core machine).
      resourceLimits: {maxYoungGenerationSizeMb: 8},
    })
  }

  /** Lints replies of `filePath` in the pool, batch by batch, all batches at once. */
  remoteFor(filePath: string, options: {virtual?: boolean} = {}): RemoteLinting {
    return async replies => {
      const batches: ReplyText[][] = []
      let batch: ReplyText[] = []
      let chars = 0
      for (const reply of replies) {
        batch.push(reply)
        chars += reply.text.length
        if (batch.length >= BATCH_REPLIES || chars >= BATCH_CHARS) {
          batches.push(batch)
          batch = []
          chars = 0
        }
      }
      if (batch.length) batches.push(batch)
      const results = await Promise.all(
        batches.map(b => this.pool.run({resolver: this.resolver, filePath, virtual: options.virtual, replies: b} satisfies BatchTask) as Promise<{reports: RawReport[][]; notices: string[]}>),
      )
      return {reports: results.flatMap(r => r.reports), notices: [...new Set(results.flatMap(r => r.notices))]}
    }
  }

  /** Lints a whole file in a worker; its linter's notices join `linter`'s (the main thread's for the file). */
  async lintFile(filePath: string, options: FileTask['options'], linter: Linter): Promise<{result?: FileResult; problems: InputProblem[]}> {
    const {notices, ...outcome} = (await this.pool.run({resolver: this.resolver, filePath, options} satisfies FileTask)) as {result?: FileResult; problems: InputProblem[]; notices: string[]}
    for (const note of notices) if (!linter.notices.includes(note)) linter.notices.push(note)
    return outcome
  }

  async close(): Promise<void> {
    await this.pool.destroy()
  }
}
