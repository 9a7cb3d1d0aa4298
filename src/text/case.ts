// Letter case for English rewrites: a rewrite takes the case of what it replaces.

/**
 * "Guaranteed" replaced by "expected" gives "Expected"; a capitalised rewrite
 * put in the middle of a sentence is lowered, except for "I" and names the
 * rewrite spells with capitals on purpose (all-caps words).
 */
export function adaptCase(rewrite: string, replaced: string, atSentenceStart: boolean): string {
  if (!rewrite) return rewrite
  const first = replaced.match(/\p{L}/u)?.[0]
  if (!first) return rewrite
  const replacedFirstWord = replaced.match(/^[\p{L}']+/u)?.[0] ?? ''
  // "I" is capitalised anywhere, so it says nothing about the position.
  const pronoun = replacedFirstWord === 'I' || /^I'/.test(replacedFirstWord)
  const upper = pronoun ? atSentenceStart : first !== first.toLowerCase()
  if (replaced.length > 1 && replaced === replaced.toUpperCase() && /\p{L}{2}/u.test(replaced) && !atSentenceStart) return rewrite.toUpperCase()
  if (upper) return rewrite[0]!.toUpperCase() + rewrite.slice(1)
  const firstWord = rewrite.match(/^[\p{L}']+/u)?.[0] ?? ''
  if ((atSentenceStart && !pronoun) || firstWord === 'I' || firstWord.startsWith("I'") || firstWord === firstWord.toUpperCase()) return rewrite
  return rewrite[0]!.toLowerCase() + rewrite.slice(1)
}
