// A worker thread: runs the tasks the main thread sends (see task.ts and
// threads.ts) and answers each as soon as it is done.
import {parentPort} from 'node:worker_threads'
import {runTask} from './task.js'
import type {AnswerMessage, TaskMessage} from './threads.js'
import type {FileTask, SegmentTask} from './pool.js'

const port = parentPort!

function answer(message: AnswerMessage): void {
  try {
    port.postMessage(message)
  } catch (error) {
    // An outcome that cannot be copied to the main thread fails its task, not the worker.
    port.postMessage({id: message.id, failed: true, error} satisfies AnswerMessage)
  }
}

let previous: Promise<void> = Promise.resolve()

/**
 * Tasks run one after the other, in the order they came. The pool sends a
 * worker several at once so it never waits for the main thread; started
 * together they would interleave at every `await` and all finish at about
 * the same time, and the worker would then sit idle until the main thread,
 * busy linting a file of its own, sent it more. One at a time, each answer
 * goes back as soon as it is ready while the rest are still queued here.
 */
port.on('message', ({id, task}: TaskMessage<SegmentTask | FileTask>) => {
  previous = previous.then(() => runTask(task)).then(
    outcome => answer({id, outcome}),
    (error: unknown) => answer({id, failed: true, error}),
  )
})
