// Checkstyle XML, as ESLint writes it, for CI servers that read checkstyle
// reports (Jenkins warnings-ng, Bitbucket, reviewdog).
import type {Formatter} from './types.js'
import {escapeXml} from './xml.js'

export const checkstyle: Formatter = results => {
  const out = ['<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">']
  for (const result of results) {
    out.push(`<file name="${escapeXml(result.filePath)}">`)
    for (const f of result.findings) {
      out.push(
        `<error line="${f.line}" column="${f.column}" severity="${f.severity}" ` +
          `message="${escapeXml(`${f.message} (${f.ruleId})`)}" source="${escapeXml(`reply-lint.rules.${f.ruleId}`)}" />`,
      )
    }
    out.push('</file>')
  }
  out.push('</checkstyle>')
  return out.join('')
}
