// The HTML QA report as a formatter: `--format html --output-file report.html`.
import type {Formatter} from './types.js'
import {htmlReport} from '../report/html.js'
import {displayPath} from './display.js'

export const html: Formatter = (results, context) => htmlReport(results, {displayPath: p => displayPath(p, context.cwd)})
