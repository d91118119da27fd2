import { describe, expect, it } from 'vitest';
import { cardText } from './preview-text.ts';

// Latin-1 and Cyrillic only, so that the rows do not depend on the installed fonts.
const covers = (codePoint: number) =>
  codePoint <= 0xff || (codePoint >= 0x400 && codePoint <= 0x4ff);

describe('cardText', () => {
  it.each([
    ['plain text', 'Trump hires Manafort', 'Trump hires Manafort'],
    ['line breaks and runs of spaces', '  Trump\n\thires   Manafort ', 'Trump hires Manafort'],
    ['control characters', 'Trump\u0000 hires\u0007 Manafort', 'Trump hires Manafort'],
    ['a bidi override', '\u202eTrump hires Manafort\u202c', 'Trump hires Manafort'],
    ['Cyrillic the fonts draw', 'Трамп и Путин', 'Трамп и Путин'],
    ['an emoji the fonts lack', 'Trump 🇷🇺 hires Manafort', 'Trump hires Manafort'],
    ['Hebrew letters the fonts lack', 'Trump שלום', ''],
    ['Arabic the fonts lack', 'ترامب', ''],
    ['nothing', '', ''],
  ])('%s', (_, input, expected) => {
    expect(cardText(input, covers)).toBe(expected);
  });

  it('cuts a text of thousands of characters, with an ellipsis', () => {
    const text = cardText('word '.repeat(2000), covers);
    expect(Array.from(text)).toHaveLength(400);
    expect(text.endsWith('…')).toBe(true);
  });
});
