// A worker thread of the pool: runs the tasks the main thread sends (see task.ts).
import {runTask} from './task.js'

export default runTask
