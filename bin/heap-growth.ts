// A file read as a stream is linted in constant memory, yet V8 lets each
// thread's old space grow to about four times what is live before a full
// collection, and a long run of replies promotes plenty of short-lived
// objects. Growing by at most double instead keeps 100 MB of Chinese JSONL
// at 224-238 MB peak RSS with two threads instead of about 300 (a 1 GB
// transcript: 246 MB). Growing by half held it at 204 MB for twice the full
// collections (70 instead of 37 there, 0.2 s more of pauses, more marking
// beside). Not for text files: there it cost Chinese text 20%.
//
// V8 reads the flag whenever it sets a heap's next limit, so this thread's
// heap follows it too; worker threads started after this get it from the
// start. Only the CLI sets it: a library must not change its host's heap.
export async function boundHeapGrowth(): Promise<void> {
  // Loaded here, not at the top: node:v8 cost every start of the CLI 2 ms.
  const v8 = await import('node:v8')
  v8.setFlagsFromString('--heap-growing-percent=100')
}
