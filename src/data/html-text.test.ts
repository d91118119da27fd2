import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLine, htmlToText, looksLikeHtml } from './html-text.ts';
import { PAYLOADS } from '../../tests/fixtures/xss/xss-store.ts';

describe('htmlToText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['  spaced   out  ', 'spaced out'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['Line<br>next<br/>last', 'Line\nnext\nlast'],
    ['<p>A <a href="https://e.org">link</a> and <em>this</em></p>', 'A link and this'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['<span class="tl-note">A note</span>', 'A note'],
    ['Fish &amp; chips &lt;3 &quot;yes&quot;', 'Fish & chips <3 "yes"'],
    ['&#8212; &#x2014; &mdash; &hellip;', '— — — …'],
    ['caf&eacute; R&oacute;zsa', 'café Rózsa'],
    ['&unknownentity; stays', '&unknownentity; stays'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['a<script>alert(1)</script>b', 'a b'],
    ['a<style>p{color:red}</style>b', 'a b'],
    ['a<iframe src="x">inside</iframe>b', 'a b'],
    ['before<script>never closed', 'before'],
    ['a<!-- hidden -->b', 'ab'],
    ['<blockquote>Said <cite>Who</cite></blockquote>', 'Said Who'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['&lt;script&gt;', '<script>'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each(PAYLOADS.map((payload) => [payload]))(
    'leaves no markup of the XSS corpus: %s',
    (payload) => {
      const text = htmlToText(`Before ${payload} after`);
      expect(text).not.toMatch(/<[a-z]/i);
      expect(text).not.toMatch(/on\w+=/i);
      expect(text.startsWith('Before')).toBe(true);
    },
  );
});

describe('htmlToLine', () => {
  it('puts breaks and paragraphs on one line', () => {
    expect(htmlToLine('Elizabeth Taylor<br/> 1932-2011')).toBe('Elizabeth Taylor 1932-2011');
    expect(htmlToLine('<p>One</p><p>Two</p>')).toBe('One Two');
  });
});

describe('decodeEntities', () => {
  it('decodes only references', () => {
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
    expect(decodeEntities('AT&T')).toBe('AT&T');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<p>x</p>', true],
    ['a &amp; b', true],
    ['a &#38; b', true],
    ['1 < 2', false],
    ['AT&T', false],
    ['plain', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
