/** Text for an XML file (an SVG): SVG escapes nothing it is given. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. Data may hold them; a file with one would not open.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text (or an attribute's value) as XML: escaped, with characters XML cannot hold replaced. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}
