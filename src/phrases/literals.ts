// The anchor literals of every phrase set in use, found in a reply in one
// pass. Each set cuts its alternation into alternatives and says which
// literals each needs (compile.ts); the literals of all sets are numbered in
// one table and scanned for together, once per reply, and each alternative
// is looked at only when the most selective of its literals occurs.
import {literalText} from './anchors.js'
import {LiteralScanner} from './scanner.js'

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

interface Group {
  han: boolean
  /** Table numbers of the group's literals, in scanner order. */
  ids: number[]
  /** Built when a text first needs it: English text never builds the Han one. */
  scanner?: LiteralScanner
}

/** An alternative of some set: one literal of each clause must occur. */
interface Registration {
  owner: number
  alternative: number
  /** Literal numbers per clause; the first clause is the most selective. */
  clauses: number[][]
}

const literals: Array<{literal: string; ignoreCase: boolean}> = []
const numbers = new Map<string, number>()
/** Registrations by the literals of their first clause. */
const triggers: number[][] = []
const registrations: Registration[] = []
let owners = 0
let groups: Group[] | undefined
let builtFor = -1

function literalNumber(literal: string, ignoreCase: boolean): number {
  const key = `${ignoreCase ? 'i' : 's'}${literal}`
  let n = numbers.get(key)
  if (n === undefined) {
    numbers.set(key, (n = literals.length))
    literals.push({literal, ignoreCase})
    triggers.push([])
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
  for (const n of numbered[0]!) triggers[n]!.push(id)
}

/**
 * The scanners, rebuilt when sets have added literals. Literals holding a
 * Han character go in scanners of their own, which only text with a Han
 * character needs to run.
 */
function scanners(): Group[] {
  if (groups && builtFor === literals.length) return groups
  const ids: number[][] = [[], []]
  literals.forEach(({literal}, id) => ids[HAN.test(literalText(literal)) ? 1 : 0]!.push(id))
  groups = ids.map((list, k) => ({han: k === 1, ids: list}))
  builtFor = literals.length
  return groups
}

let lastText: string | undefined
let lastRegistrations = -1
let lastMet = new Map<number, number[]>()

/**
 * The alternatives of `owner` whose clauses are all met in `text`, in
 * order. The work is done once per text for every owner.
 */
export function metAlternatives(owner: number, text: string): readonly number[] {
  if (text !== lastText || lastRegistrations !== registrations.length) {
    lastMet = metIn(text)
    lastText = text
    lastRegistrations = registrations.length
  }
  return lastMet.get(owner) ?? []
}

/** Stamps of the current text, per literal (found) and per registration (checked). */
let found = new Uint32Array(0)
let checked = new Uint32Array(0)
let stamp = 0

function metIn(text: string): Map<number, number[]> {
  if (found.length < literals.length) found = new Uint32Array(literals.length * 2)
  if (checked.length < registrations.length) checked = new Uint32Array(registrations.length * 2)
  if (stamp === 0xffffffff) {
    found.fill(0)
    checked.fill(0)
    stamp = 0
  }
  const now = ++stamp
  const list: number[] = []
  const han = HAN.test(text)
  for (const group of scanners()) {
    if (group.han && !han) continue
    group.scanner ??= new LiteralScanner(group.ids.map(id => literals[id]!))
    for (const local of group.scanner.scan(text)) {
      const id = group.ids[local]!
      if (found[id] !== now) {
        found[id] = now
        list.push(id)
      }
    }
  }
  const met = new Map<number, number[]>()
  for (const n of list) {
    for (const r of triggers[n]!) {
      if (checked[r] === now) continue
      checked[r] = now
      const {owner, alternative, clauses} = registrations[r]!
      if (!allMet(clauses, now)) continue
      const forOwner = met.get(owner)
      if (forOwner) forOwner.push(alternative)
      else met.set(owner, [alternative])
    }
  }
  for (const alternatives of met.values()) alternatives.sort((a, b) => a - b)
  return met
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
