// A worker thread of the pool: runs the tasks the main thread sends (see task.ts).
import {runTask} from './task.js'
import type {FileTask, SegmentTask} from './pool.js'

let previous: Promise<unknown> = Promise.resolve()

/** Resolves after the microtasks queued so far: the pool's worker code posts a finished task's answer in one. */
const afterAnswerPosted = () => new Promise(resolve => setImmediate(resolve))

/**
 * Tasks run one after the other, in the order they came. The pool sends a
 * worker several at once so it never waits for the main thread; started
 * together they would interleave at every `await` and all finish at about
 * the same time, and the worker would then sit idle until the main thread,
 * busy linting a file of its own, sent it more. One at a time, each answer
 * goes back as soon as it is ready while the rest are still queued here;
 * the next one starts only after that answer has been posted, else the
 * answer would wait for the next task to finish.
 */
export default function runInTurn(task: SegmentTask | FileTask): Promise<unknown> {
  const run = previous.then(() => runTask(task))
  previous = run.catch(() => undefined).then(afterAnswerPosted)
  return run
}
