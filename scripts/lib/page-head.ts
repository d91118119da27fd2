/**
 * The head of a prerendered page, as text: every value from the data is escaped, since the data
 * is never markup.
 */

/** Where `npm run preview` serves the build: the default SITE_URL. */
export const DEFAULT_SITE_URL = 'http://localhost:4173/';

export interface PageMeta {
  /** The page's `<title>`. */
  title: string;
  /** og:title: the event's title, or the dataset's. */
  headline: string;
  description: string;
  /** Absolute. */
  url: string;
  type: 'website' | 'article';
  siteName: string;
  image: { url: string; width: number; height: number; alt: string };
  /** Absolute URL of the page's oEmbed JSON. */
  oembedUrl: string;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Cut at a word to at most `max` characters, with "…" where something was cut. */
export function shortenAtWord(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max); // room for the ellipsis below
  const space = cut.lastIndexOf(' ');
  const words = (space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(
    /[\s,;:.–—-]+$/,
    '',
  );
  return `${words}…`;
}

/** The tags a page's head gains: description, Open Graph, Twitter card, canonical, oEmbed. */
export function headTags(meta: PageMeta): string {
  const property = (name: string, content: string | number) =>
    `<meta property="${name}" content="${escapeHtml(String(content))}" />`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeHtml(content)}" />`;
  return [
    named('description', meta.description),
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    property('og:type', meta.type),
    property('og:site_name', meta.siteName),
    property('og:title', meta.headline),
    property('og:description', meta.description),
    property('og:url', meta.url),
    property('og:image', meta.image.url),
    property('og:image:width', meta.image.width),
    property('og:image:height', meta.image.height),
    property('og:image:alt', meta.image.alt),
    named('twitter:card', 'summary_large_image'),
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(meta.oembedUrl)}" title="${escapeHtml(meta.headline)}" />`,
  ].join('\n    ');
}

/**
 * A page from the built index.html: its title and head tags, the app's markup in `#root`, and,
 * for a page folders below the root, a `<base>` so that its relative URLs resolve from the root.
 */
/**
 * Throws unless `template` is the app's page as `vite build` writes it, with the empty #root a
 * page is built into: checked before anything is written, so that a run over a site built ahead
 * of time already leaves it as it was.
 */
export function checkTemplate(template: string): void {
  if (!template.includes('<div id="root"></div>')) {
    throw new Error('index.html has no empty #root (prerendered already? run `vite build` first)');
  }
}

export function fillPage(
  template: string,
  parts: { title: string; head: string; appHtml: string; base: string | null },
): string {
  let html = template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(parts.title)}</title>`)
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    // The page reads without JavaScript now: the old apology would be wrong.
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace('</head>', () => `  ${parts.head}\n  </head>`);
  checkTemplate(html);
  html = html.replace('<div id="root"></div>', () => `<div id="root">${parts.appHtml}</div>`);
  if (parts.base !== null) {
    // Before anything in the head with a relative URL (stylesheets, scripts, preloads).
    const at = html.search(/<(?:link|script|style)\b/);
    if (at < 0) throw new Error('index.html has no stylesheet or script');
    html = `${html.slice(0, at)}<base href="${escapeHtml(parts.base)}" />\n    ${html.slice(at)}`;
  }
  return html;
}

/** An oEmbed response for a page: a rich embed, whose HTML is the embed snippet. */
export function oembedJson(fields: {
  title: string;
  providerName: string;
  providerUrl: string;
  html: string;
  thumbnail: { url: string; width: number; height: number };
}): string {
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      title: fields.title,
      provider_name: fields.providerName,
      provider_url: fields.providerUrl,
      html: fields.html,
      // The embed sizes itself to its content; these are its starting size.
      width: 800,
      height: 720,
      thumbnail_url: fields.thumbnail.url,
      thumbnail_width: fields.thumbnail.width,
      thumbnail_height: fields.thumbnail.height,
    },
    null,
    2,
  )}\n`;
}

/**
 * What the build says when SITE_URL is not set (null when it is): the pages then name the preview
 * server's address in og:url, the canonical link and og:image, which is right for `npm run
 * preview` and wrong anywhere else, where link previews would point at the reader's own machine.
 */
export function siteUrlWarning(value: string | undefined, fallback: string): string | null {
  if (value?.trim()) return null;
  return [
    `Warning: SITE_URL is not set, so the pages' og:url, canonical link and og:image point at ${fallback}.`,
    '  That is right for `npm run preview` only. For a build to publish, give the address it will be',
    '  served from: SITE_URL=https://example.org/timeline/ npm run build',
  ].join('\n');
}

/**
 * The site's absolute root from SITE_URL: an http(s) address, ending in "/" so that page paths
 * resolve beneath it.
 */
export function siteRoot(value: string | undefined, fallback: string): string {
  const text = value?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      `SITE_URL "${text}" is not an absolute address, e.g. https://example.org/timeline/`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL "${text}" must be an http(s) address`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
