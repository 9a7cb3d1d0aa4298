// The playground: lints the reply in the page as it is typed (the browser
// build of the engine, bundled into this script), underlines the findings,
// and applies the rewrite the writer picks. Nothing leaves the page.
import {lint} from '../dist/src/browser.js'

const UI = {
  en: {
    title: 'playground',
    language: 'Reply language',
    auto: 'detect',
    examples: 'Examples',
    interface: 'Interface',
    reply: 'Your reply',
    placeholder: 'Paste or type a customer-service reply…',
    rewrites: 'Whole reply, rewritten',
    annotated: 'The reply, with what to change underlined',
    'annotated-help': 'Hover or click an underline (or Tab to it and press Enter) to see why, and pick a rewrite.',
    findings: 'Findings',
    none: 'Nothing to change: this reply reads well.',
    empty: 'Type or paste a reply to check it.',
    checking: 'Checking…',
    count: n => (n === 1 ? '1 thing to change' : `${n} things to change`),
    applied: text => `Applied “${text}”.`,
    fill: 'Fill in the part in brackets.',
    use: 'Use this reply',
    needsInput: 'Fill in the parts in [brackets] before sending.',
    apply: 'Apply',
    remove: 'remove it',
    close: 'Close',
    error: 'error',
    warning: 'warning',
    info: 'suggestion',
    failed: message => `Could not check the reply: ${message}`,
  },
  zh: {
    title: '在线试用',
    language: '回复语言',
    auto: '自动识别',
    examples: '示例',
    interface: '界面语言',
    reply: '您的回复',
    placeholder: '粘贴或输入一条客服回复…',
    rewrites: '整条回复的改写',
    annotated: '回复原文（需要修改的地方已划线）',
    'annotated-help': '将鼠标移到划线处或点击（也可用 Tab 键移到划线处再按 Enter），查看原因并选择改写。',
    findings: '问题',
    none: '没有需要修改的地方，这条回复写得不错。',
    empty: '输入或粘贴一条回复即可检查。',
    checking: '检查中…',
    count: n => `${n} 处需要修改`,
    applied: text => `已替换为“${text}”。`,
    fill: '请填写方括号中的内容。',
    use: '采用这条回复',
    needsInput: '发送前请先填写［方括号］中的内容。',
    apply: '替换为',
    remove: '删除',
    close: '关闭',
    error: '错误',
    warning: '警告',
    info: '建议',
    failed: message => `无法检查这条回复：${message}`,
  },
}

const EXAMPLES = {
  en: "Hi, that's not my department, you should have read the policy. We guarantee it arrives tomorrow, thx!",
  'zh-Hans': '亲，这个不归我管，你自己去问快递吧。保证明天一定到！',
  'zh-Hant': '親，這個不歸我管，你自己去問快遞吧。保證明天一定到！',
}

const $ = id => document.getElementById(id)
const reply = $('reply')
const languageSelect = $('language')
const uiSelect = $('ui-language')
const annotated = $('annotated')
const findingList = $('findings')
const findingCount = $('finding-count')
const statusLine = $('status')
const rewritesSection = $('rewrites')
const rewriteList = $('rewrite-list')
const popover = $('popover')

let ui = UI.en
/** The findings of the text now in the box (empty while a newer lint is under way). */
let current = {text: '', findings: [], rewrites: []}
/** Each lint's number: a result that comes back after a newer one started is dropped. */
let generation = 0
let timer
/** The status to show once the next lint is done (what was just applied). */
let pendingNote = ''
let openMark
/** Whether the open popover came from hovering (it goes when the pointer leaves) rather than a click or a key. */
let openedByHover = false

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value
    else if (key === 'text') node.textContent = value
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value)
    else node.setAttribute(key, value)
  }
  for (const child of children) if (child != null) node.append(child)
  return node
}

function setUiLanguage(code) {
  ui = UI[code] ?? UI.en
  document.documentElement.lang = code === 'zh' ? 'zh-Hans' : 'en'
  for (const node of document.querySelectorAll('[data-ui]')) {
    const text = ui[node.dataset.ui]
    if (typeof text === 'string') node.textContent = text
  }
  reply.placeholder = ui.placeholder
  render()
}

function schedule(delay = 120) {
  clearTimeout(timer)
  timer = setTimeout(run, delay)
}

async function run() {
  const text = reply.value
  const mine = ++generation
  if (!text.trim()) {
    current = {text, findings: [], rewrites: []}
    render()
    return
  }
  statusLine.textContent = ui.checking
  try {
    const language = languageSelect.value || undefined
    const result = await lint(text, {language})
    if (mine !== generation) return
    current = {text, findings: result.findings, rewrites: result.rewrites ?? []}
  } catch (error) {
    if (mine !== generation) return
    current = {text, findings: [], rewrites: [], error: String(error?.message ?? error)}
  }
  render()
}

function severityLabel(severity) {
  return ui[severity] ?? severity
}

/** The text cut at every finding's start and end, each piece with the findings that cover it. */
function pieces(text, findings) {
  const cuts = new Set([0, text.length])
  for (const f of findings) {
    cuts.add(f.range[0])
    cuts.add(f.range[1])
  }
  const points = [...cuts].filter(n => n >= 0 && n <= text.length).sort((a, b) => a - b)
  const out = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    out.push({start, end, findings: findings.filter(f => f.range[0] < end && f.range[1] > start)})
  }
  return out
}

const SEVERITY_ORDER = ['error', 'warning', 'info']
const worst = findings => SEVERITY_ORDER.find(s => findings.some(f => f.severity === s)) ?? 'info'

function render() {
  closePopover()
  const {text, findings, rewrites, error} = current
  if (error) statusLine.textContent = ui.failed(error)
  else if (!text.trim()) statusLine.textContent = ui.empty
  else statusLine.textContent = pendingNote + (findings.length ? ui.count(findings.length) : ui.none)
  pendingNote = ''
  findingCount.textContent = String(findings.length)

  annotated.replaceChildren()
  for (const piece of pieces(text, findings)) {
    const slice = text.slice(piece.start, piece.end)
    if (!piece.findings.length) {
      annotated.append(slice)
      continue
    }
    const ids = piece.findings.map(f => `finding-${findings.indexOf(f)}`).join(' ')
    const mark = el('button', {
      type: 'button',
      class: `mark ${worst(piece.findings)}`,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      'aria-describedby': ids,
      'data-start': String(piece.start),
      'data-end': String(piece.end),
      text: slice,
    })
    // A click pins the popover a hover opened (and takes the focus into it); a second click closes it.
    mark.addEventListener('click', () => (openMark === mark && !openedByHover ? closePopover() : openPopover(mark, piece.findings)))
    mark.addEventListener('mouseenter', () => openMark !== mark && openPopover(mark, piece.findings, {hover: true}))
    annotated.append(mark)
  }

  findingList.replaceChildren(...findings.map((f, i) => findingItem(f, i)))

  rewriteList.replaceChildren()
  rewritesSection.hidden = !rewrites.length
  rewrites.forEach((rewrite, i) => {
    rewriteList.append(
      el('pre', {id: `rewrite-${i}`, text: rewrite.text}),
      rewrite.needsInput ? el('p', {class: 'note', text: ui.needsInput}) : null,
      el('button', {type: 'button', class: 'use-rewrite', 'aria-describedby': `rewrite-${i}`, onclick: () => replace(rewrite.range, rewrite.text, rewrite.needsInput), text: ui.use}),
    )
  })
}

function findingItem(f, i, idPrefix = 'finding') {
  return el(
    'li',
    {class: `finding ${f.severity}`, id: `${idPrefix}-${i}`},
    el('div', {class: 'head'}, el('span', {class: 'severity', text: severityLabel(f.severity)}), ' · ', el('code', {text: f.ruleId}), ' · ', el('q', {text: f.actual})),
    el('p', {class: 'message', text: f.message}),
    el('div', {class: 'suggestions'}, ...f.suggestions.map(s => suggestionButton(f, s))),
  )
}

function suggestionButton(finding, s) {
  const label = s.text ? `${ui.apply} “${s.text}”` : `${ui.remove} “${finding.actual}”`
  return el('button', {
    type: 'button',
    class: `suggestion${s.placeholder ? ' placeholder' : ''}`,
    title: s.message,
    onclick: () => replace(s.range, s.text, s.placeholder),
    text: label,
  })
}

/** Puts `text` in place of `range` of the reply, selects what the writer still has to fill in, and lints again. */
function replace([start, end], text, placeholder) {
  const value = reply.value
  reply.value = value.slice(0, start) + text + value.slice(end)
  reply.focus()
  const gap = placeholder ? /\[[^\]]*\]|［[^］]*］/.exec(text) : null
  if (gap) reply.setSelectionRange(start + gap.index, start + gap.index + gap[0].length)
  else reply.setSelectionRange(start + text.length, start + text.length)
  pendingNote = `${ui.applied(text)} ${gap ? ui.fill + ' ' : ''}`
  schedule(0)
}

function openPopover(mark, findings, {hover = false} = {}) {
  closePopover()
  openMark = mark
  openedByHover = hover
  mark.setAttribute('aria-expanded', 'true')
  popover.replaceChildren(
    el('h2', {id: 'popover-title', class: 'visually-hidden', text: ui.findings}),
    el('ol', {style: 'padding:0;margin:0'}, ...findings.map(f => findingItem(f, current.findings.indexOf(f), 'popover-finding'))),
    el('button', {type: 'button', class: 'close', onclick: () => closePopover({focus: true}), text: ui.close}),
  )
  popover.hidden = false
  const box = mark.getBoundingClientRect()
  popover.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8))}px`
  popover.style.top = `${window.scrollY + box.bottom + 6}px`
  if (!hover) popover.querySelector('.suggestion, .close')?.focus()
}

function closePopover({focus = false} = {}) {
  if (!openMark) return
  const mark = openMark
  openMark = undefined
  popover.hidden = true
  mark.setAttribute('aria-expanded', 'false')
  if (focus && mark.isConnected) mark.focus()
}

reply.addEventListener('input', () => schedule())
languageSelect.addEventListener('change', () => schedule(0))
uiSelect.addEventListener('change', () => setUiLanguage(uiSelect.value))
for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => {
    reply.value = EXAMPLES[button.dataset.example]
    schedule(0)
  })
}
document.addEventListener('keydown', event => {
  if (event.key === 'Escape' && openMark) closePopover({focus: true})
})
document.addEventListener('click', event => {
  if (openMark && !popover.contains(event.target) && !event.target.closest?.('.mark')) closePopover()
})
popover.addEventListener('mouseleave', event => {
  if (openMark && openedByHover && event.relatedTarget !== openMark) closePopover()
})
annotated.addEventListener('mouseleave', event => {
  // A popover opened by hovering goes when the pointer leaves for anywhere but the popover.
  if (openMark && openedByHover && !popover.contains(event.relatedTarget)) closePopover()
})

const preferred = (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en'
uiSelect.value = preferred
setUiLanguage(preferred)
if (!reply.value) {
  reply.value = EXAMPLES[preferred === 'zh' ? 'zh-Hans' : 'en']
}
schedule(0)
