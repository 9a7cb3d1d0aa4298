// Horizontal bar charts as inline SVG, so the report needs no script library
// and no network to draw them.
import {escapeHtml} from './html-escape.js'

export interface Bar {
  label: string
  value: number
  /** Extra text for the tooltip. */
  detail?: string
  /** Drawn in grey: a catch-all row (replies with no named agent) rather than a real category. */
  muted?: boolean
}

const ROW = 26
const LABEL_WIDTH = 190
const BAR_WIDTH = 300
const VALUE_WIDTH = 60

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

export function barChart(title: string, bars: readonly Bar[], options: {max?: number} = {}): string {
  const shown = bars.slice(0, options.max ?? 15)
  const top = Math.max(1, ...shown.map(b => b.value))
  const height = shown.length * ROW + 8
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
  const rows = shown.map((bar, i) => {
    const y = i * ROW + 4
    const w = Math.max(2, Math.round((bar.value / top) * BAR_WIDTH))
    const tooltip = `${bar.label}: ${bar.value}${bar.detail ? ` (${bar.detail})` : ''}`
    return (
      `<g><title>${escapeHtml(tooltip)}</title>` +
      `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end" class="chart-label">${escapeHtml(truncate(bar.label, 26))}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${w}" height="${ROW - 8}" rx="3" class="chart-bar${bar.muted ? ' muted' : ''}"/>` +
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 16}" class="chart-value">${bar.value}</text></g>`
    )
  })
  const more = bars.length > shown.length ? `<p class="muted">and ${bars.length - shown.length} more</p>` : ''
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">${rows.join('')}</svg>${more}</figure>`
  )
}
