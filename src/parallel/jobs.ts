// How many worker threads to use by default: one per core.
import os from 'node:os'

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}
