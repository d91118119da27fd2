/**
 * HTML as plain text, without a DOM: stores imported from TimelineJS write headlines, summaries
 * and captions as HTML, and parsing may run in a worker, where there is no DOMParser. The text is
 * for search, cards, titles and captions; the details panel shows the HTML itself through an
 * allow-list (src/ui/rich-text.tsx), never as markup.
 */

/** Elements whose content is code or a page of its own, never text for a reader. */
const DROPPED =
  /<(script|style|iframe|noscript|template|object|textarea|title|xmp|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** The same element left open: everything after it is its content. */
const DROPPED_OPEN =
  /<(script|style|iframe|noscript|template|object|textarea|title|xmp|noembed|noframes)\b[^>]*>[\s\S]*$/i;
/** Elements that end a line or a block where they close or stand. */
const BREAK = /<br\b[^>]*>/gi;
const BLOCK_END =
  /<\/?(p|div|li|ul|ol|blockquote|h[1-6]|tr|table|section|article|header|footer|figure|figcaption|dd|dt|dl|pre|hr)\b[^>]*>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[a-z][^>]*>?|<![^>]*>|<\?[^>]*>/gi;

/** The named references TimelineJS sheets and exports hold; others are left as written. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  para: '¶',
  sect: '§',
  dagger: '†',
  Dagger: '‡',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  shy: '\u00ad',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  Aacute: 'Á',
  agrave: 'à',
  Agrave: 'À',
  acirc: 'â',
  auml: 'ä',
  Auml: 'Ä',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  Iacute: 'Í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  oacute: 'ó',
  Oacute: 'Ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  Ouml: 'Ö',
  otilde: 'õ',
  oslash: 'ø',
  Oslash: 'Ø',
  uacute: 'ú',
  Uacute: 'Ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Uuml: 'Ü',
  yacute: 'ý',
  yuml: 'ÿ',
  szlig: 'ß',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/** Character references as a browser reads them in text: `&amp;`, `&#8212;`, `&#x2014;`. */
export function decodeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
    // As browsers do: nothing, surrogates and what is past Unicode read as the replacement mark.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

/**
 * The text a reader sees in an HTML fragment: tags gone, script and style with their content,
 * references decoded, blocks and `<br>` as line breaks, runs of spaces as one. Plain text comes
 * back as it was, but trimmed and with its spaces collapsed.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, '')
    .replace(DROPPED, ' ')
    .replace(DROPPED_OPEN, ' ')
    .replace(BREAK, '\n')
    .replace(BLOCK_END, '\n\n')
    .replace(TAG, '');
  return decodeEntities(text)
    .split(/\n/)
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a text holds markup or a reference: if not, it is its own plain text. */
export const looksLikeHtml = (text: string): boolean =>
  /<[a-z!/?]|&(?:#\d|#x|[a-z]{2,});?/i.test(text);

/** `htmlToText` on one line, for a title, a label or a name: its breaks become spaces. */
export const htmlToLine = (html: string): string => htmlToText(html).replace(/\s*\n+\s*/g, ' ');
