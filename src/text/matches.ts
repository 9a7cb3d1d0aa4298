// Runs a global regex over a text the way String.prototype.matchAll does,
// without what matchAll costs on every call: a copy of the regex and an
// iterator. For patterns run over every reply or every phrase hit.

/** Where the search goes on after an empty match at `index` (ECMAScript's AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const lead = text.charCodeAt(index)
  const trail = text.charCodeAt(index + 1)
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1
}

/**
 * Calls `visit` with each match of the global regex `regex` in `text`, in
 * order, until it returns true; returns whether it did. The matches are
 * those of text.matchAll(regex) from the start. Uses and resets the regex's
 * lastIndex, so `visit` must not run the same regex itself.
 */
export function someMatch(regex: RegExp, text: string, visit: (match: RegExpExecArray) => boolean | void): boolean {
  if (!regex.global) throw new TypeError(`someMatch needs a global regex: ${regex}`)
  const unicode = regex.unicode || (regex as {unicodeSets?: boolean}).unicodeSets === true
  regex.lastIndex = 0
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (visit(m) === true) {
      regex.lastIndex = 0
      return true
    }
    if (m[0] === '') regex.lastIndex = advance(text, regex.lastIndex, unicode)
  }
  return false
}
