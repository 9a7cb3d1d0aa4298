// A progress bar on stderr for runs over many files. It only appears on an
// interactive terminal, so logs and pipes never receive control sequences.
import {createRequire} from 'node:module'

// Loaded only when a bar is shown.
const require = createRequire(import.meta.url)

export interface Progress {
  tick(filePath: string): void
  stop(): void
}

const SILENT: Progress = {tick() {}, stop() {}}

/** Below this many files a run is quick enough that a bar would only flicker. */
export const MIN_FILES_FOR_PROGRESS = 20

export function createProgress(total: number, options: {quiet?: boolean; stream?: NodeJS.WriteStream} = {}): Progress {
  const stream = options.stream ?? process.stderr
  if (options.quiet || !stream.isTTY || total < MIN_FILES_FOR_PROGRESS) return SILENT
  const cliProgress = require('cli-progress') as typeof import('cli-progress')
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'linting {bar} {value}/{total} files  {file}',
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  )
  bar.start(total, 0, {file: ''})
  return {
    tick(filePath) {
      const name = filePath.length > 40 ? `…${filePath.slice(-39)}` : filePath
      bar.increment(1, {file: name})
    },
    stop() {
      bar.stop()
    },
  }
}
