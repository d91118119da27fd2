/**
 * Text from the data made fit for a card: one line of plain characters that the fonts can draw,
 * short enough that laying it out costs nothing.
 */
import { fontsCover } from './preview-fonts.ts';

// Control characters and the bidi controls (marks, embeddings, overrides, isolates): satori
// neither draws nor applies them, and a font has no glyph for them, so they would show as boxes.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

// Letters, digits and combining marks carry the meaning of a text; a symbol (an emoji, a
// dingbat) can be left out without changing what it says.
const MEANINGFUL = /[\p{L}\p{N}\p{M}]/u;

// More than four lines of the largest card text ever shows; the rest would be laid out for nothing.
const MAX_CHARS = 400;

/**
 * The text as the card can show it, or '' when it cannot: the fonts (Latin, Greek, Cyrillic,
 * Vietnamese) have no glyph for some of its letters. satori would draw those as "NO GLYPH" boxes
 * and knows no bidi, so a Hebrew or Arabic title is left out rather than shown as boxes; the
 * page's og:title, which the unfurl shows beside the image in the reader's own fonts, still
 * carries it. Symbols the fonts lack are dropped; whitespace runs become one space.
 */
export function cardText(
  text: string,
  covers: (codePoint: number) => boolean = fontsCover,
): string {
  const kept: string[] = [];
  for (const char of text.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim()) {
    if (covers(char.codePointAt(0) ?? 0)) kept.push(char);
    else if (MEANINGFUL.test(char)) return '';
  }
  const line = kept.join('').replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= MAX_CHARS ? line : `${chars.slice(0, MAX_CHARS - 1).join('')}…`;
}
