// What tells the customer why (phrases.<lang>.yaml beside this file). Shared:
// unexplained-refusal reports a refusal when the reply says no such thing, and
// negative-language accepts an apologised refusal that gives a reason and an
// alternative, so both read the same list.
import type {RuleContext} from '../../src/context.js'
import {loadRulePhrases} from '../../src/phrases/load.js'

export const reasonPhrases = loadRulePhrases(import.meta.url)

/** Whether the reply says why anywhere (a quote of the customer does not count: match() leaves quotes out). */
export function givesReason(context: RuleContext): boolean {
  return context.match(reasonPhrases).length > 0
}
