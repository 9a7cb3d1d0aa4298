// A small, strict XML reader for tests: it throws on anything that is not
// well-formed (unclosed or crossed tags, unquoted or duplicate attributes,
// raw "<" or "&" in text, unknown entities, characters XML forbids) and
// returns the element tree with entities decoded, so tests can read values back.

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** Text content directly inside the element, CDATA included. */
  text: string
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" in text or attribute near ${where}`)
  return raw.replace(/&([^;]*);?/g, (whole, entity: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare "&" near ${where}`)
    const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
    if (entity in named) return named[entity]!
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(entity)
    if (!m) throw new Error(`unknown entity &${entity}; near ${where}`)
    return String.fromCodePoint(m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10))
  })
}

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('a character XML 1.0 forbids')
  let i = 0
  const expect = (s: string) => {
    if (!xml.startsWith(s, i)) throw new Error(`expected ${JSON.stringify(s)} at ${i}`)
    i += s.length
  }
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? '')) i++
  }
  const name = () => {
    NAME.lastIndex = i
    const m = NAME.exec(xml)
    if (!m) throw new Error(`expected a name at ${i}`)
    i += m[0].length
    return m[0]
  }
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>')
    if (end < 0) throw new Error('unterminated XML declaration')
    i = end + 2
  }
  skipSpace()
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  while (i < xml.length) {
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i)
      if (end < 0 || !stack.length) throw new Error(`bad CDATA at ${i}`)
      stack[stack.length - 1]!.text += xml.slice(i + 9, end)
      i = end + 3
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i)
      if (end < 0) throw new Error('unterminated comment')
      i = end + 3
    } else if (xml.startsWith('</', i)) {
      i += 2
      const closing = name()
      skipSpace()
      expect('>')
      const open = stack.pop()
      if (!open || open.name !== closing) throw new Error(`</${closing}> closes <${open?.name}> at ${i}`)
    } else if (xml[i] === '<') {
      i++
      const element: XmlElement = {name: name(), attributes: {}, children: [], text: ''}
      if (root && !stack.length) throw new Error(`a second root element <${element.name}>`)
      for (;;) {
        const before = i
        skipSpace()
        if (xml.startsWith('/>', i) || xml[i] === '>') break
        if (i === before) throw new Error(`expected space before an attribute at ${i}`)
        const attr = name()
        skipSpace()
        expect('=')
        skipSpace()
        const quote = xml[i]
        if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute ${attr} at ${i}`)
        const end = xml.indexOf(quote, i + 1)
        if (end < 0) throw new Error(`unterminated attribute ${attr}`)
        if (attr in element.attributes) throw new Error(`duplicate attribute ${attr}`)
        element.attributes[attr] = decode(xml.slice(i + 1, end), i)
        i = end + 1
      }
      if (stack.length) stack[stack.length - 1]!.children.push(element)
      else root = element
      if (xml.startsWith('/>', i)) i += 2
      else {
        i++
        stack.push(element)
      }
    } else {
      const end = xml.indexOf('<', i)
      const raw = xml.slice(i, end < 0 ? xml.length : end)
      if (raw.includes(']]>')) throw new Error(`"]]>" in text at ${i}`)
      if (!stack.length) {
        if (raw.trim()) throw new Error(`text outside the root element at ${i}`)
      } else stack[stack.length - 1]!.text += decode(raw, i)
      i += raw.length
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (!root) throw new Error('no root element')
  return root
}
