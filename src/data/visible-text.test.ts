import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './visible-text.ts';

describe('hasVisibleText', () => {
  it.each([
    ['nothing', ''],
    ['spaces, tabs and line breaks', ' \t\n\r '],
    ['no-break and ideographic spaces', '\u00a0\u3000\u2007\u202f'],
    ['zero-width space, non-joiner and joiner', '\u200b\u200c\u200d'],
    ['word joiner and byte order mark', '\u2060\ufeff'],
    ['left-to-right and right-to-left marks', '\u200e\u200f'],
    ['bidi embeddings and overrides', '\u202a\u202b\u202c\u202d\u202e'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069'],
    ['a soft hyphen', '\u00ad'],
    ['a variation selector and the Hangul filler', '\ufe0f\u3164'],
    ['a mix of them', ' \u200b\u202e\u00ad\ufeff '],
  ])('is false for %s', (_, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each([
    ['a word', 'Summit'],
    ['a word between invisible characters', '\u200b Summit \u202e'],
    ['a single dot', '.'],
    ['right-to-left letters', 'قمة'],
    ['an emoji', '🗳️'],
  ])('is true for %s', (_, text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});
