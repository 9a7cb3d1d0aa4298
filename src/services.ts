// Loads the heavy services rules may declare in `meta.needs`, once per process.
import type {Service} from './types.js'
import {loadEnglishSyntax} from './text/tokens.js'
import {loadSpeller} from './spelling.js'

const loaders: Record<Service, () => Promise<void>> = {
  'english-syntax': loadEnglishSyntax,
  'chinese-words': async () => {},
  spelling: loadSpeller,
}

export async function loadServices(services: Iterable<Service>): Promise<void> {
  await Promise.all([...new Set(services)].map(s => loaders[s]()))
}
