// The anchor literals of every phrase set in use, found in a reply in one
// pass. Each set cuts its alternation into alternatives and says which
// literals each needs (compile.ts); the literals of all sets are numbered in
// one table and scanned for together, once per reply, and each alternative
// is looked at only when the most selective of its literals occurs.
import fs from 'node:fs'
import {LiteralScanner, type ScannerLiteral} from './scanner.js'
import {hasHan} from '../text/chinese.js'

interface Group {
  han: boolean
  /** Table numbers of the group's literals, in the order they were numbered. */
  members: number[]
  /**
   * Made when a text first needs it (English text never makes the Han
   * one), and again when the group has gained literals since.
   */
  scanner: LiteralScanner | undefined
  /** How many members the scanner was made for. */
  madeFor: number
  /**
   * Table numbers by the scanner's own literal numbers (NONE: a literal of
   * a prebuilt scanner that no set in use registered).
   */
  ids: number[]
}

const NONE = -1

/** An alternative of some set: one literal of each clause must occur. */
interface Registration {
  owner: number
  alternative: number
  /** Literal numbers per clause; the first clause is the most selective. */
  clauses: number[][]
}

const literals: ScannerLiteral[] = []
/**
 * Literal numbers by literal, for ignoreCase false and true: the same
 * literal may be registered either way.
 */
const numbers = [new Map<string, number>(), new Map<string, number>()] as const
/** Registrations by the literals of their first clause (none: no list). */
const triggers: Array<number[] | undefined> = []
const NO_TRIGGERS: readonly number[] = []
const registrations: Registration[] = []
let owners = 0
/**
 * Literals holding a Han character go in scanners of their own, which
 * only text with a Han character needs to run.
 */
const groups: Group[] = [false, true].map(han => ({han, members: [], scanner: undefined, madeFor: 0, ids: []}))

function literalNumber(literal: string, ignoreCase: boolean): number {
  const byLiteral = numbers[ignoreCase ? 1 : 0]
  let n = byLiteral.get(literal)
  if (n === undefined) {
    byLiteral.set(literal, (n = literals.length))
    literals.push({literal, ignoreCase})
    triggers.push(undefined)
    // The Han group by the same test as a text's (hasHan), so a text without
    // Han characters holds none of its literals; BOUNDARY marks and white
    // space are not Han, so the literal as registered says as much as its text.
    groups[hasHan(literal) ? 1 : 0]!.members.push(n)
  }
  return n
}

/** A number for a new owner of alternatives (one per phrase-set alternation). */
export function newOwner(): number {
  return owners++
}

/**
 * Records that `owner`'s `alternative` can only match where one literal of
 * each clause occurs (clauses best first, BOUNDARY marks allowed).
 */
export function registerAlternative(owner: number, alternative: number, clauses: readonly string[][], ignoreCase: boolean): void {
  const numbered = clauses.map(c => [...new Set(c.map(l => literalNumber(l, ignoreCase)))])
  const id = registrations.push({owner, alternative, clauses: numbered}) - 1
  for (const n of numbered[0]!) (triggers[n] ??= []).push(id)
}

/**
 * Gives `group` its scanner: the prebuilt one when that knows every literal
 * of the group (its own numbers mapped to the table's), else one built for
 * the group's literals, as after a phrase pack or custom rule added some.
 */
function prepare(group: Group): void {
  group.madeFor = group.members.length
  const prebuilt = prebuiltScanner(group.han)
  if (prebuilt) {
    // 1: a member of the group not met yet among the prebuilt literals; 2: met.
    const inGroup = new Uint8Array(literals.length)
    for (const id of group.members) inGroup[id] = 1
    let known = 0
    const own = prebuilt.literals
    const ids: number[] = new Array(own.length)
    for (let local = 0; local < own.length; local++) {
      const id = numbers[own[local]!.ignoreCase ? 1 : 0].get(own[local]!.literal)
      if (id === undefined || inGroup[id] !== 1) ids[local] = NONE
      else {
        ids[local] = id
        inGroup[id] = 2
        known++
      }
    }
    if (known === group.members.length) {
      group.ids = ids
      group.scanner = prebuilt
      return
    }
  }
  group.ids = group.members.slice()
  group.scanner = new LiteralScanner(group.ids.map(id => literals[id]!))
}

/**
 * The build ships the scanners of the built-in phrase sets (prebuildScanners),
 * one file per group, beside this module: building them cost a one-reply
 * run more than all else it did. Read when a group first needs its scanner.
 */
let prebuiltDirectory: URL | undefined = new URL('.', import.meta.url)
const prebuilt = new Map<boolean, LiteralScanner | null>()

function prebuiltFile(directory: URL, han: boolean): URL {
  return new URL(`literal-scanner.${han ? 'han' : 'other'}.bin`, directory)
}

function prebuiltScanner(han: boolean): LiteralScanner | undefined {
  if (!prebuiltDirectory) return undefined
  let scanner = prebuilt.get(han)
  if (scanner === undefined) {
    let bytes: Uint8Array | undefined
    try {
      bytes = fs.readFileSync(prebuiltFile(prebuiltDirectory, han))
    } catch {
      // None (running from the sources) or unreadable: the scanner is built instead.
    }
    scanner = (bytes && LiteralScanner.fromSerialized(bytes)) || null
    prebuilt.set(han, scanner)
  }
  return scanner ?? undefined
}

/**
 * Builds the scanners of `literals` (those of the built-in phrase sets, as
 * their plans list them) and writes them into `directory`, where
 * usePrebuiltScanners finds them. Returns the number of literals per group.
 */
export function prebuildScanners(literals: Iterable<ScannerLiteral>, directory: URL): {other: number; han: number} {
  const byKey = new Map<string, ScannerLiteral>()
  for (const {literal, ignoreCase} of literals) byKey.set(`${ignoreCase}:${literal}`, {literal, ignoreCase})
  const counts = {other: 0, han: 0}
  for (const han of [false, true]) {
    const own = [...byKey.values()].filter(l => hasHan(l.literal) === han)
    fs.writeFileSync(prebuiltFile(directory, han), new LiteralScanner(own).serialize())
    counts[han ? 'han' : 'other'] = own.length
  }
  return counts
}

/**
 * Where prebuilt scanners are read from (a directory prebuildScanners
 * wrote), or undefined for none: every scanner is then built. By default,
 * the directory of this module.
 */
export function usePrebuiltScanners(directory: URL | undefined): void {
  prebuiltDirectory = directory
  prebuilt.clear()
  for (const group of groups) group.scanner = undefined
}

let lastText: string | undefined
let lastRegistrations = -1
/** The stamp of `lastText`: an owner's list in metLists is current when its metStamps entry equals it. */
let lastStamp = 0
/** Per owner, the alternatives met in the text of its metStamps entry (no map made per text). */
const metLists: number[][] = []
let metStamps = new Uint32Array(0)
const NONE_MET: readonly number[] = Object.freeze([])

/**
 * The alternatives of `owner` whose clauses are all met in `text`, in
 * order. The work is done once per text for every owner.
 */
export function metAlternatives(owner: number, text: string): readonly number[] {
  if (text !== lastText || lastRegistrations !== registrations.length) {
    lastStamp = metIn(text)
    lastText = text
    lastRegistrations = registrations.length
  }
  return metStamps[owner] === lastStamp ? metLists[owner]! : NONE_MET
}

/** Stamps of the current text, per literal (found) and per registration (checked). */
let found = new Uint32Array(0)
let checked = new Uint32Array(0)
let stamp = 0
/** The literals found in the current text, and the owners with alternatives met (reused from text to text). */
const foundList: number[] = []
const ownersMet: number[] = []

/** Finds the alternatives met in `text` (into metLists) and returns the text's stamp. */
function metIn(text: string): number {
  if (found.length < literals.length) found = new Uint32Array(literals.length * 2)
  if (checked.length < registrations.length) checked = new Uint32Array(registrations.length * 2)
  if (metStamps.length < owners) {
    const grown = new Uint32Array(owners * 2)
    grown.set(metStamps)
    metStamps = grown
  }
  if (stamp === 0xffffffff) {
    found.fill(0)
    checked.fill(0)
    metStamps.fill(0)
    stamp = 0
  }
  const now = ++stamp
  foundList.length = 0
  const han = hasHan(text)
  for (const group of groups) {
    if (group.han && !han) continue
    if (!group.scanner || group.madeFor !== group.members.length) prepare(group)
    for (const local of group.scanner!.scan(text)) {
      const id = group.ids[local]!
      if (id !== NONE && found[id] !== now) {
        found[id] = now
        foundList.push(id)
      }
    }
  }
  ownersMet.length = 0
  for (const n of foundList) {
    for (const r of triggers[n] ?? NO_TRIGGERS) {
      if (checked[r] === now) continue
      checked[r] = now
      const {owner, alternative, clauses} = registrations[r]!
      if (!allMet(clauses, now)) continue
      if (metStamps[owner] === now) metLists[owner]!.push(alternative)
      else {
        metStamps[owner] = now
        metLists[owner] = [alternative]
        ownersMet.push(owner)
      }
    }
  }
  for (const owner of ownersMet) if (metLists[owner]!.length > 1) metLists[owner]!.sort((a, b) => a - b)
  return now
}

function allMet(clauses: readonly number[][], now: number): boolean {
  for (const clause of clauses) {
    let any = false
    for (const l of clause) if (found[l] === now) {
      any = true
      break
    }
    if (!any) return false
  }
  return true
}
