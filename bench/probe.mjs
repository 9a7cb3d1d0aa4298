// Preloaded into each measured Node process (node --import): writes the
// process's peak resident memory to $BENCH_PROBE_OUT when it exits.
import fs from 'node:fs'

const out = process.env.BENCH_PROBE_OUT
if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify({maxRssKb: process.resourceUsage().maxRSS})))
