// JUnit XML for CI test dashboards: one testsuite per file, one failing
// testcase per finding, and one passing testcase for a file with none, so a
// clean file still shows up as a passed test.
import path from 'node:path'
import type {Formatter} from './types.js'
import {bestRewrite, displayPath, lintedText, severityWord} from './display.js'
import {cdata, escapeXml} from './xml.js'

export const junit: Formatter = (results, context) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>']
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd)
    const classname = file.slice(0, file.length - path.extname(file).length)
    const failures = result.findings.length
    out.push(`<testsuite package="reply-lint" time="0" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0" name="${escapeXml(file)}">`)
    for (const f of result.findings) {
      const detail = `line ${f.line}, col ${f.column}, ${severityWord(f.severity)} - ${f.message} (${f.ruleId})`
      const rewrite = bestRewrite(f)
      const replaced = rewrite ? (lintedText(result)?.slice(rewrite.range[0], rewrite.range[1]) ?? f.actual) : ''
      out.push(
        `<testcase time="0" name="${escapeXml(`reply-lint.${f.ruleId} at ${f.line}:${f.column}`)}" classname="${escapeXml(classname)}">` +
          `<failure message="${escapeXml(f.message)}" type="${f.severity}">${cdata(rewrite ? `${detail}\nRewrite: “${replaced}” → “${rewrite.text}”` : detail)}</failure></testcase>`,
      )
    }
    if (!failures) out.push(`<testcase time="0" name="reply-lint" classname="${escapeXml(classname)}" />`)
    out.push('</testsuite>')
  }
  out.push('</testsuites>')
  return `${out.join('\n')}\n`
}
