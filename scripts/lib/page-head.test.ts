import { describe, expect, it } from 'vitest';
import {
  checkTemplate,
  fillPage,
  headTags,
  oembedJson,
  shortenAtWord,
  siteRoot,
  siteUrlWarning,
} from './page-head.ts';

describe('shortenAtWord', () => {
  it.each([
    ['short text', 200, 'short text'],
    ['  spaced\n  out  ', 200, 'spaced out'],
    ['one two three four', 12, 'one two…'],
    ['one two, three four', 14, 'one two…'],
    ['abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…'],
  ])('%j to %i characters gives %j', (text, max, expected) => {
    const short = shortenAtWord(text, max);
    expect(short).toBe(expected);
    expect(short.length).toBeLessThanOrEqual(max);
  });
});

describe('siteRoot', () => {
  it.each([
    [undefined, 'http://localhost:4173/'],
    ['https://example.org/timeline', 'https://example.org/timeline/'],
    ['https://example.org/t/?x=1#y', 'https://example.org/t/'],
  ])('%j gives %j', (value, expected) => {
    expect(siteRoot(value, 'http://localhost:4173/')).toBe(expected);
  });

  it.each(['timeline/', 'ftp://example.org/'])('refuses %j', (value) => {
    expect(() => siteRoot(value, 'http://localhost:4173/')).toThrow(/SITE_URL/);
  });
});

describe('siteUrlWarning', () => {
  it.each([undefined, '', '  '])('warns when SITE_URL is %j, naming the address used', (value) => {
    const warning = siteUrlWarning(value, 'http://localhost:4173/');
    expect(warning).toMatch(/^Warning: SITE_URL is not set/);
    expect(warning).toContain(
      'og:url, canonical link and og:image point at http://localhost:4173/',
    );
    expect(warning).toContain('SITE_URL=https://example.org/timeline/ npm run build');
  });

  it('says nothing when SITE_URL is set', () => {
    expect(siteUrlWarning('https://example.org/t/', 'http://localhost:4173/')).toBeNull();
  });
});

const meta = {
  title: 'A <b> & "c"',
  headline: 'A <b> & "c"',
  description: 'x',
  url: 'https://example.org/e/a/',
  type: 'article' as const,
  siteName: 'S',
  image: { url: 'https://example.org/og/a.png', width: 1200, height: 630, alt: 'A' },
  oembedUrl: 'https://example.org/e/a/oembed.json',
};

describe('headTags', () => {
  it('escapes values from the data', () => {
    const head = headTags(meta);
    expect(head).toContain(
      '<meta property="og:title" content="A &lt;b&gt; &amp; &quot;c&quot;" />',
    );
    expect(head).not.toContain('<b>');
  });

  it('has the card, canonical and oEmbed discovery', () => {
    const head = headTags(meta);
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head).toContain('<link rel="canonical" href="https://example.org/e/a/" />');
    expect(head).toMatch(
      /<link rel="alternate" type="application\/json\+oembed" href="https:\/\/example.org\/e\/a\/oembed.json"/,
    );
  });
});

describe('fillPage', () => {
  const template = [
    '<html><head><meta charset="UTF-8" />',
    '<meta name="description" content="old" />',
    '<title>Old</title>',
    '<script type="module" src="./assets/a.js"></script>',
    '</head><body><div id="root"></div><noscript>Needs JS</noscript></body></html>',
  ].join('\n');

  it('puts the markup in #root, the head tags in, and the base before the first URL', () => {
    const html = fillPage(template, {
      title: 'New',
      head: '<x-head />',
      appHtml: '<p>app</p>',
      base: '../../',
    });
    expect(html).toContain('<div id="root"><p>app</p></div>');
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('content="old"');
    expect(html).not.toContain('noscript');
    expect(html.indexOf('<base href="../../" />')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<x-head />')).toBeLessThan(html.indexOf('</head>'));
  });

  it('refuses a page already filled', () => {
    const once = fillPage(template, { title: 'T', head: '', appHtml: '<p></p>', base: null });
    expect(() => fillPage(once, { title: 'T', head: '', appHtml: '', base: null })).toThrow(
      /#root/,
    );
    expect(() => checkTemplate(once)).toThrow(/prerendered already/);
    expect(() => checkTemplate(template)).not.toThrow();
  });
});

describe('oembedJson', () => {
  it('is a rich embed with its HTML and size', () => {
    const json = JSON.parse(
      oembedJson({
        title: 'T',
        providerName: 'P',
        providerUrl: 'https://example.org/',
        html: '<div></div>',
        thumbnail: { url: 'https://example.org/og/home.png', width: 1200, height: 630 },
      }),
    );
    expect(json).toMatchObject({ version: '1.0', type: 'rich', html: '<div></div>' });
    expect(json.width).toBeGreaterThan(0);
    expect(json.height).toBeGreaterThan(0);
  });
});
