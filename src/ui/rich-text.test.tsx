import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichText, webHref } from './rich-text.tsx';
import { BAD_LINKS, PAYLOADS } from '../../tests/fixtures/xss/xss-store.ts';

const show = (html: string) => render(<RichText html={html} fallback="plain" />).container;

/** The rendered tree as tag names and text, for exact comparison. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
  const element = node as Element;
  const attrs = [...element.attributes]
    .filter((a) => a.name !== 'class' && a.name !== 'dir')
    .map((a) => ` ${a.name}=${JSON.stringify(a.value)}`)
    .join('');
  return `<${element.localName}${attrs}>${[...element.childNodes].map(shape).join('')}</${element.localName}>`;
}

/** Every element under a node. */
function elementsIn(node: Node): Element[] {
  return [...node.childNodes].flatMap((child) =>
    child.nodeType === Node.ELEMENT_NODE ? [child as Element, ...elementsIn(child)] : [],
  );
}

const rendered = (html: string) =>
  [...(show(html).firstElementChild?.childNodes ?? [])].map(shape).join('');

describe('RichText keeps the allowed elements', () => {
  it.each([
    ['plain', '"plain"'],
    ['<p>One</p><p>Two</p>', '<p>"One"</p><p>"Two"</p>'],
    [
      '<em>a</em><i>b</i><strong>c</strong><b>d</b>',
      '<em>"a"</em><em>"b"</em><strong>"c"</strong><strong>"d"</strong>',
    ],
    ['a<br>b', '"a"<br></br>"b"'],
    ['<ul><li>x</li></ul><ol><li>y</li></ol>', '<ul><li>"x"</li></ul><ol><li>"y"</li></ol>'],
    ['<blockquote>Q <cite>W</cite></blockquote>', '<blockquote>"Q ""W"</blockquote>'],
    [
      '<a href="https://e.org/a">link</a>',
      '<a href="https://e.org/a" rel="noopener noreferrer" target="_blank">"link"</a>',
    ],
    ['<span class="tl-note">note</span>', '"note"'],
    ['<p class="lead" style="color:red" onclick="x()">styled</p>', '<p>"styled"</p>'],
    ['<h2>Head</h2><div>box</div>', '"Head""box"'],
    ['a<script>window.__xss=1</script>b', '"a""b"'],
    ['a<style>p{}</style><iframe src="https://e.org"></iframe>b', '"a""b"'],
    ['<img src=x onerror="window.__xss=1">after', '"after"'],
    ['<a href="javascript:alert(1)">js</a>', '"js"'],
    ['<a>no href</a>', '"no href"'],
  ])('%s', (html, expected) => {
    expect(rendered(html)).toBe(expected);
  });

  it('gives links and lists their roles', () => {
    show(
      '<p>See <a href="https://example.org/">the source</a>.</p><ul><li>one</li><li>two</li></ul><p><em>Stressed</em></p>',
    );
    expect(screen.getByRole('link', { name: 'the source' })).toHaveAttribute(
      'href',
      'https://example.org/',
    );
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['one', 'two']);
    expect(screen.getByText('Stressed').tagName).toBe('EM');
  });

  it.each(PAYLOADS.map((payload) => [payload]))('makes nothing that runs of %s', (payload) => {
    const container = show(`<p>Text ${payload} more</p>`);
    const all = elementsIn(container);
    expect(
      all
        .map((el) => el.localName)
        .filter(
          (tag) =>
            !['div', 'p', 'a', 'em', 'strong', 'br', 'ul', 'ol', 'li', 'blockquote'].includes(tag),
        ),
    ).toEqual([]);
    expect(
      all
        .flatMap((el) => [...el.attributes].map((a) => a.name))
        .filter((name) => /^on/i.test(name)),
    ).toEqual([]);
    for (const link of all.filter((el) => el.localName === 'a')) {
      expect(link.getAttribute('href')).toMatch(/^https?:/);
    }
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });
});

describe('webHref', () => {
  it.each<[string | null, string | null]>([
    ['https://e.org/x', 'https://e.org/x'],
    [' http://e.org ', 'http://e.org/'],
    ['/relative', null],
    ['mailto:a@e.org', null],
    [null, null],
    ...BAD_LINKS.map((link): [string, null] => [link, null]),
  ])('%j → %j', (href, expected) => {
    expect(webHref(href)).toBe(expected);
  });
});
