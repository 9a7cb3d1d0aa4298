// The report page's inline style and script. They are static: the page's
// data lives only in escaped HTML, never inside the script.

export const PAGE_STYLE = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --card: #fff;
  --error: #c62828; --warning: #b26a00; --info: #1565c0; --accent: #3f51b5; --good: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: var(--bg); }
header.page { padding: 20px 32px 8px; background: var(--card); border-bottom: 1px solid var(--line); }
h1 { margin: 0; font-size: 24px; }
h2 { font-size: 19px; margin: 28px 0 12px; }
main { padding: 16px 32px 48px; max-width: 1280px; }
.muted { color: var(--muted); margin: 4px 0; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .value { font-size: 28px; font-weight: 650; }
.card .label { color: var(--muted); }
.card .note { color: var(--muted); font-size: 13px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 12px; margin-top: 16px; align-items: start; }
.chart { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-label { font-size: 13px; fill: var(--ink); }
.chart-value { font-size: 13px; fill: var(--muted); }
.chart-bar { fill: var(--accent); }
.chart-bar.muted { fill: #b0b8c4; }
table.stats { margin-top: 16px; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); min-width: 50%; }
table.stats caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.stats th, table.stats td { padding: 4px 12px; border-bottom: 1px solid var(--line); text-align: right; }
table.stats th[scope=row] { text-align: left; font-weight: 500; }
.filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin-bottom: 12px; }
.filters select { font: inherit; padding: 2px 6px; }
.reply { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin-bottom: 12px; }
.reply > header { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 8px 14px; border-bottom: 1px solid var(--line); font-size: 13px; color: var(--muted); }
.reply .file { font-family: ui-monospace, monospace; color: var(--ink); }
.reply .speaker { font-weight: 600; color: var(--ink); }
.reply .lang, .reply .count { border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; }
.reply .body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.reply .text { padding: 12px 14px; white-space: pre-wrap; overflow-wrap: anywhere; border-right: 1px solid var(--line); }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.sev-error { background: #ffcdd2; box-shadow: inset 0 -2px var(--error); }
mark.sev-warning { background: #ffe0b2; box-shadow: inset 0 -2px var(--warning); }
mark.sev-info { background: #bbdefb; box-shadow: inset 0 -2px var(--info); }
mark.dim { background: transparent; box-shadow: none; }
ol.findings { margin: 0; padding: 10px 14px 10px 38px; }
.finding { margin-bottom: 10px; }
.finding.dim { opacity: .35; }
.badge { font-size: 12px; font-weight: 600; text-transform: uppercase; }
.badge.sev-error { color: var(--error); } .badge.sev-warning { color: var(--warning); } .badge.sev-info { color: var(--info); }
code.rule { font-size: 13px; }
.where, .fixable { color: var(--muted); font-size: 12px; margin-left: 8px; }
.fixable { color: var(--good); }
.message { margin: 2px 0; }
ul.rewrites { margin: 4px 0 0; padding-left: 18px; list-style: "✎ "; }
.before { text-decoration: line-through; color: var(--muted); }
.after { color: var(--good); font-weight: 550; }
.suggested { margin: 10px 0 0; padding: 8px 10px; border-left: 3px solid var(--good); white-space: pre-wrap; }
.suggested .label { font-weight: 600; font-size: 0.85em; color: var(--muted); }
.after.removed { font-weight: 400; font-style: italic; }
.clean { font-size: 17px; color: var(--good); }
@media (max-width: 800px) { .reply .body { grid-template-columns: 1fr; } .reply .text { border-right: 0; border-bottom: 1px solid var(--line); } }
@media print { .filters { display: none; } .reply { break-inside: avoid; } }
`

export const PAGE_SCRIPT = `
(function () {
  var selects = ['filter-rule', 'filter-lang', 'filter-speaker'].map(function (id) { return document.getElementById(id) })
  var count = document.getElementById('shown-count')
  function has(list, value) { return !value || (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0 }
  function apply() {
    var rule = selects[0] ? selects[0].value : ''
    var lang = selects[1] ? selects[1].value : ''
    var speaker = selects[2] ? selects[2].value : ''
    var cards = document.querySelectorAll('article.reply')
    var shown = 0
    cards.forEach(function (card) {
      var visible = has(card.dataset.rules, rule) && has(card.dataset.langs, lang) && (!speaker || card.dataset.speaker === speaker)
      card.hidden = !visible
      if (visible) shown++
      card.querySelectorAll('.finding').forEach(function (li) { li.classList.toggle('dim', Boolean(rule) && li.dataset.rule !== rule) })
      card.querySelectorAll('mark').forEach(function (m) { m.classList.toggle('dim', !has(m.dataset.rules, rule)) })
    })
    if (count) count.textContent = shown + ' of ' + cards.length + ' replies shown'
  }
  // Filters live in the address (#rule=…&lang=…&agent=…) so a filtered view can be shared.
  var keys = ['rule', 'lang', 'agent']
  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1))
    selects.forEach(function (s, i) {
      var wanted = params.get(keys[i])
      if (s && wanted !== null && Array.prototype.some.call(s.options, function (o) { return o.value === wanted })) s.value = wanted
    })
  }
  function toHash() {
    var params = new URLSearchParams()
    selects.forEach(function (s, i) { if (s && s.value) params.set(keys[i], s.value) })
    history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname + location.search)
  }
  selects.forEach(function (s) { if (s) s.addEventListener('change', function () { toHash(); apply() }) })
  window.addEventListener('hashchange', function () { fromHash(); apply() })
  fromHash()
  apply()
})()
`
