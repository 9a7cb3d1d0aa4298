// Escaping for the XML formats (JUnit, checkstyle).

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than
 * tab and line breaks, U+FFFE/U+FFFF and unpaired surrogates.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Drops what XML cannot carry (replaced by U+FFFD so the gap stays visible). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD')
}

/** Escapes text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, c => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos'}[c]};`)
}

/** Text inside a CDATA section; a literal "]]>" is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}
