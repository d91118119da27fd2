import { describe, expect, it } from 'vitest';
import { element, escapeXml, text, wrapText } from './svg-markup.ts';

describe('SVG markup', () => {
  it('escapes what would end a text or an attribute', () => {
    expect(escapeXml('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;');
    expect(element('g', { 'data-app': '"><script>' })).toBe(
      '<g data-app="&quot;&gt;&lt;script&gt;"/>',
    );
    expect(text('a < b', 1, 2)).toBe('<text x="1" y="2">a &lt; b</text>');
  });

  it('drops the characters XML cannot hold at all, escaped or not', () => {
    expect(escapeXml('a\u0000b\u0007c\td')).toBe('abc\td');
  });

  it('leaves out null attributes and rounds coordinates to a tenth', () => {
    expect(element('line', { x1: 1.2345, 'stroke-dasharray': null })).toBe('<line x1="1.2"/>');
  });
});

describe('wrapped text', () => {
  it('breaks between words within a width', () => {
    const lines = wrapText('one two three four five six seven', 100, 10);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    expect(lines.length).toBeGreaterThan(1);
    // 0.56 × 10 px a character: at most 17 characters a line.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(17);
  });

  it('keeps a word longer than the width whole, on a line of its own', () => {
    expect(wrapText('a unbreakable-long-word b', 20, 10)).toEqual([
      'a',
      'unbreakable-long-word',
      'b',
    ]);
  });
});
