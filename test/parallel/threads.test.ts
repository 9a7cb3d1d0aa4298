// TaskThreads with a small worker of its own: each answer reaches the task it
// belongs to, a failed task fails alone, and a worker that dies fails its
// tasks with the reason instead of leaving them waiting.
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {TaskThreads} from '../../src/parallel/threads.js'

/**
 * Answers {wait, value} after `wait` ms with the value and the worker's
 * thread id; fails {fail}; throws outside any task on {crash}; answers
 * {bytes} with their length, to show a transferred buffer arrives.
 */
const WORKER = `
import {parentPort, threadId} from 'node:worker_threads'
parentPort.on('message', ({id, task}) => {
  if (task.crash) setImmediate(() => { throw new Error('worker crashed') })
  else if (task.fail) parentPort.postMessage({id, failed: true, error: new Error(task.fail)})
  else if (task.bytes) parentPort.postMessage({id, outcome: task.bytes.byteLength})
  else setTimeout(() => parentPort.postMessage({id, outcome: {value: task.value, thread: threadId}}), task.wait ?? 0)
})
`

let entry: URL
let threads: TaskThreads<Record<string, unknown>> | undefined

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reply-lint-threads-'))
  fs.writeFileSync(path.join(dir, 'worker.mjs'), WORKER)
  entry = pathToFileURL(path.join(dir, 'worker.mjs'))
})

afterEach(async () => {
  await threads?.close()
  threads = undefined
})

describe('TaskThreads', () => {
  it('gives each task its own answer, whatever order they finish in', async () => {
    threads = new TaskThreads(entry, 1, {})
    const answers = await Promise.all([30, 0, 15].map((wait, value) => threads!.run({wait, value})))
    expect(answers.map(a => (a as {value: number}).value)).toEqual([0, 1, 2])
  })

  it('sends each task to the thread with the fewest under way', async () => {
    threads = new TaskThreads(entry, 2, {})
    const answers = (await Promise.all([0, 1, 2, 3].map(value => threads!.run({wait: 20, value})))) as Array<{thread: number}>
    expect(new Set(answers.map(a => a.thread)).size).toBe(2)
    expect(answers[0]!.thread).not.toBe(answers[1]!.thread)
  })

  it('moves transferred buffers to the worker', async () => {
    threads = new TaskThreads(entry, 1, {})
    const bytes = new Uint8Array(1000)
    expect(await threads.run({bytes}, [bytes.buffer])).toBe(1000)
    expect(bytes.byteLength).toBe(0)
  })

  it('fails a failed task alone, with its error', async () => {
    threads = new TaskThreads(entry, 1, {})
    const failed = threads.run({fail: 'no such file'})
    const fine = threads.run({value: 'ok'})
    await expect(failed).rejects.toThrow('no such file')
    await expect(fine).resolves.toMatchObject({value: 'ok'})
  })

  it('sends no more tasks to a worker that died while another runs', async () => {
    threads = new TaskThreads(entry, 2, {})
    await expect(threads.run({crash: true})).rejects.toThrow('worker crashed')
    const answers = (await Promise.all([0, 1, 2].map(value => threads!.run({value})))) as Array<{thread: number}>
    expect(new Set(answers.map(a => a.thread)).size).toBe(1)
  })

  it('fails the tasks of its only worker when it dies, and those sent later', async () => {
    threads = new TaskThreads(entry, 1, {})
    const waiting = threads.run({wait: 1000, value: 1})
    await threads.run({crash: true}).catch(() => undefined)
    await expect(waiting).rejects.toThrow('worker crashed')
    await expect(threads.run({value: 2})).rejects.toThrow('worker crashed')
  })
})
