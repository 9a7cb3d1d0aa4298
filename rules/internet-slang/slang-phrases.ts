// The slang phrase data, compiled once: the internet-slang rule reports it,
// and spelling leaves the words it covers alone. One shared copy means one
// compilation and one anchor analysis per process, not one per rule.
import {loadRulePhrases} from '../../src/phrases/load.js'

export const slangPhrases = loadRulePhrases(import.meta.url)
