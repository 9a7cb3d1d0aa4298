import {describe, expect, it} from 'vitest'
import {computeStats, UNKNOWN_SPEAKER} from '../../src/report/stats.js'
import {formatStats} from '../../src/report/stats-table.js'
import {fixtureResults} from './fixture-results.js'

describe('run statistics', () => {
  it('counts replies, replies with findings and findings per 100 replies', () => {
    const stats = computeStats(fixtureResults())
    expect(stats.total).toEqual({key: 'total', replies: 7, repliesWithFindings: 5, findings: 9, per100: (9 * 100) / 7})
  })

  it('groups by speaker, using the reply spans of a transcript', () => {
    const {bySpeaker} = computeStats(fixtureResults())
    const row = (key: string) => bySpeaker.find(r => r.key === key)
    expect(row('Ana')).toEqual({key: 'Ana', replies: 1, repliesWithFindings: 1, findings: 1, per100: 100})
    // Bo wrote two replies, one of them clean.
    expect(row('Bo')).toEqual({key: 'Bo', replies: 2, repliesWithFindings: 1, findings: 2, per100: 100})
    expect(row(UNKNOWN_SPEAKER)).toMatchObject({replies: 4, repliesWithFindings: 3, findings: 6})
  })

  it('groups by rule and by file, most findings first', () => {
    const stats = computeStats(fixtureResults(), {displayPath: p => p.split('/').pop()!})
    expect(stats.byRule.map(r => [r.key, r.repliesWithFindings, r.findings])).toEqual([
      ['absolute-promise', 3, 3],
      ['negative-language', 3, 3],
      ['custom-check', 1, 2],
      ['internet-slang', 1, 1],
    ])
    expect(stats.byFile.find(r => r.key === 'transcript.txt')).toMatchObject({replies: 3, repliesWithFindings: 2, findings: 3})
    expect(stats.byFile.at(-1)).toMatchObject({key: 'clean.txt', findings: 0, per100: 0})
  })

  it('prints aligned tables', () => {
    const text = formatStats(computeStats(fixtureResults(), {displayPath: p => p.split('/').pop()!}))
    const speaker = text.split('\n\n')[1]!.split('\n')
    expect(speaker[0]).toMatch(/^speaker\s+replies\s+with findings\s+findings\s+per 100 replies$/)
    expect(speaker.find(l => l.startsWith('Bo'))).toMatch(/^Bo\s+2\s+1\s+2\s+100\.0$/)
    expect(speaker.at(-1)).toMatch(/^total\s+7\s+5\s+9\s+128\.6$/)
    // Every line of a table is as wide as its header (CJK counted double).
    const widths = new Set(speaker.filter(l => !l.startsWith('-')).map(l => l.length))
    expect(widths.size).toBe(1)
  })
})
