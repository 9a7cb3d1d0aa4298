import {describe, expect, it} from 'vitest'
import {threadsFor} from '../../src/parallel/jobs.js'

const MiB = 1024 * 1024
const files = (count: number, mib: number, shared = false) => Array.from({length: count}, () => ({bytes: mib * MiB, shared}))

describe('threadsFor (the default --jobs)', () => {
  it('lints small inputs in one thread: a worker would cost more than it saves', () => {
    expect(threadsFor(files(10, 1), 2)).toBe(1)
    expect(threadsFor([], 2)).toBe(1)
  })

  it('uses every core once sharing the files saves more than a worker costs', () => {
    expect(threadsFor(files(16, 1), 2)).toBe(2)
    expect(threadsFor(files(2, 10), 2)).toBe(2)
    // On more cores each worker takes a smaller share, so the threshold is lower.
    expect(threadsFor(files(11, 1), 4)).toBe(4)
    expect(threadsFor(files(11, 1), 2)).toBe(1)
  })

  it('gives one file read whole one thread, however large: no other thread can share it', () => {
    expect(threadsFor(files(1, 30), 2)).toBe(1)
    expect(threadsFor([...files(1, 30), ...files(2, 1)], 2)).toBe(1)
  })

  it('shares a file read in segments between the threads', () => {
    expect(threadsFor(files(1, 40, true), 2)).toBe(2)
  })

  it('uses one thread on one core', () => {
    expect(threadsFor(files(100, 10), 1)).toBe(1)
  })
})
