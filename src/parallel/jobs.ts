// How many threads lint a run by default.
import os from 'node:os'

/** One thread per core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

/**
 * What a worker costs, in bytes of input linted in the same time: each
 * loads its own engine and compiles and warms up its own code. Measured on
 * two cores: two threads became faster than one between 12 and 18 MB of
 * text in 1 MB files, where they save half of the linting (8 MiB's worth).
 */
const WORKER_COST_BYTES = 8 * 1024 * 1024

/** An input as the thread count sees it. */
export interface InputSize {
  bytes: number
  /** Whether several threads can share it (a file read in segments); a file read whole is linted by one thread. */
  shared: boolean
}

/**
 * Threads for these inputs: every core when they save more time than a
 * worker costs, else this thread alone. With n threads the run takes about
 * as long as the larger of its largest whole file and an n-th of everything,
 * so one big file read whole gains nothing from a worker, however large.
 */
export function threadsFor(inputs: Iterable<InputSize>, cores = defaultJobs()): number {
  if (cores <= 1) return 1
  let total = 0
  let largestWhole = 0
  for (const {bytes, shared} of inputs) {
    total += bytes
    if (!shared && bytes > largestWhole) largestWhole = bytes
    // Adding an input never lowers the saving: stop at the first that pays.
    if (total - Math.max(largestWhole, total / cores) >= WORKER_COST_BYTES) return cores
  }
  return 1
}
