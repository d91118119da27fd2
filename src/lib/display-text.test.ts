import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isolate, previewTitle, quote, quoteName, shorten, shortenMiddle } from './display-text.ts';

describe('isolate', () => {
  it.each([
    ['a right-to-left override', 'Summit\u202e'],
    ['a left-to-right embedding', '\u202aSummit'],
    ['a right-to-left mark', 'Summit\u200f'],
    ['an unclosed isolate', '\u2067Summit'],
    ['Hebrew', 'פסגה'],
    ['Arabic', 'قمة 2016'],
  ])('wraps text with %s in first strong isolate … pop directional isolate', (_, text) => {
    expect(isolate(text)).toBe(`\u2068${text}\u2069`);
  });

  it.each([['Trump hired Manafort'], ['NATO'], ['Zürich, 5 €'], ['東京'], ['']])(
    'leaves left-to-right %j as it is',
    (text) => {
      expect(isolate(text)).toBe(text);
    },
  );
});

describe('shorten', () => {
  it('keeps text up to the limit', () => {
    expect(shorten('a'.repeat(80))).toBe('a'.repeat(80));
    expect(shorten('short', 5)).toBe('short');
  });

  it('cuts longer text to the limit, ending in an ellipsis', () => {
    const cut = shorten('x'.repeat(5000));
    expect(Array.from(cut)).toHaveLength(80);
    expect(cut).toBe(`${'x'.repeat(79)}…`);
  });

  it('never splits a character outside the basic plane', () => {
    expect(shorten('😀'.repeat(10), 4)).toBe('😀😀😀…');
    // Up to four code points in eight code units: whole.
    expect(shorten('😀'.repeat(4), 4)).toBe('😀😀😀😀');
    expect(shorten(`${'😀'.repeat(3)}ab`, 4)).toBe('😀😀😀…');
  });

  it('counts characters the same however the text mixes planes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '😀', 'é') }),
        fc.integer({ min: 1, max: 12 }),
        (text, max) => {
          const chars = Array.from(text);
          const expected = chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
          expect(shorten(text, max)).toBe(expected);
        },
      ),
    );
  });
});

describe('previewTitle', () => {
  it('keeps any real title whole and a megabyte of one to its first 500 characters', () => {
    const title = 'Trump gave Russia classified intelligence';
    expect(previewTitle(title)).toBe(title);
    expect(previewTitle('word '.repeat(200_000))).toBe(`${'word '.repeat(100).slice(0, 499)}…`);
  });
});

describe('quote', () => {
  it('quotes a value, shortened and isolated', () => {
    expect(quote('moon')).toBe('“moon”');
    expect(quote('moon\u202e')).toBe('“\u2068moon\u202e\u2069”');
    expect(quote('y'.repeat(5000))).toBe(`“${'y'.repeat(79)}…”`);
  });
});

describe('shortenMiddle and quoteName', () => {
  it('keep the start and the end of a long link', () => {
    const long = `https://example.com/${'a'.repeat(200)}/events.csv`;
    const shown = shortenMiddle(long);
    expect(Array.from(shown)).toHaveLength(79);
    expect(shown.startsWith('https://example.com/')).toBe(true);
    expect(shown.endsWith('/events.csv')).toBe(true);
    expect(shortenMiddle('short.csv')).toBe('short.csv');
  });

  it('quote a name that could turn the sentence around inside isolates', () => {
    expect(quoteName('plain.csv')).toBe('“plain.csv”');
    expect(quoteName('\u202Evsc.exe')).toBe('“\u2068\u202Evsc.exe\u2069”');
  });
});
