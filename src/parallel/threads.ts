// Worker threads that run tasks for this one. Each task goes to the thread
// with the fewest under way, as one message, and comes back as one: the
// answer, or the error the task failed with. Nothing else crosses per task.
// (A general pool also measures each worker's heap after every task; on
// this machine that call took 0.2 ms on average and up to 11 ms, 0.3 s of a
// worker's 6 s on 100 MB of JSONL, with its tasks waiting.)
import {Worker, type ResourceLimits} from 'node:worker_threads'

/** A task as a worker receives it. */
export interface TaskMessage<T> {
  id: number
  task: T
}

/** A worker's answer: the task's outcome, or the error it failed with. */
export type AnswerMessage = {id: number; outcome: unknown; failed?: undefined} | {id: number; failed: true; error: unknown}

interface Pending {
  resolve: (outcome: unknown) => void
  reject: (error: unknown) => void
}

interface Thread {
  worker: Worker
  /** Its tasks under way, by id. */
  pending: Map<number, Pending>
  /** Why it stopped, once it has: every task sent to it after fails with this. */
  stopped?: unknown
}

export class TaskThreads<T> {
  private readonly threads: Thread[]
  private nextId = 0
  private closing = false

  constructor(entry: URL, count: number, resourceLimits: ResourceLimits) {
    this.threads = Array.from({length: count}, () => this.start(entry, resourceLimits))
  }

  private start(entry: URL, resourceLimits: ResourceLimits): Thread {
    const thread: Thread = {worker: new Worker(entry, {resourceLimits}), pending: new Map()}
    thread.worker.on('message', (answer: AnswerMessage) => {
      const pending = thread.pending.get(answer.id)
      if (!pending) return
      thread.pending.delete(answer.id)
      if (answer.failed) pending.reject(answer.error)
      else pending.resolve(answer.outcome)
    })
    // A worker that throws outside a task, or runs out of memory, is gone: its tasks fail with the reason.
    const stop = (reason: unknown) => {
      thread.stopped ??= reason
      for (const {reject} of thread.pending.values()) reject(thread.stopped)
      thread.pending.clear()
    }
    thread.worker.on('error', stop)
    thread.worker.on('exit', code => {
      if (!this.closing) stop(new Error(`a worker thread stopped (exit code ${code})`))
    })
    return thread
  }

  /** Runs a task on the running thread with the fewest under way; the transferred buffers move there. */
  run(task: T, transferList: ArrayBuffer[] = []): Promise<unknown> {
    let thread: Thread | undefined
    for (const t of this.threads) if (t.stopped === undefined && (!thread || t.pending.size < thread.pending.size)) thread = t
    if (!thread) return Promise.reject(this.threads[0]!.stopped)
    const id = this.nextId++
    const {pending, worker} = thread
    return new Promise((resolve, reject) => {
      pending.set(id, {resolve, reject})
      worker.postMessage({id, task} satisfies TaskMessage<T>, transferList)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.threads.map(t => t.worker.terminate()))
  }
}
