/**
 * Text for an SVG file: escaped as XML and wrapped to a width, since SVG neither escapes what it
 * is given nor wraps lines by itself.
 */

/** A font as SVG writes it (attributes) and as a canvas measures it (the CSS shorthand). */
export interface Font {
  /** A generic family name only: the file must not depend on fonts it does not carry. */
  family: 'serif' | 'sans-serif';
  size: number;
  weight: 400 | 700;
}

export { xmlText } from '../lib/xml-text.ts';

export const cssFont = (font: Font) => `${font.weight} ${font.size}px ${font.family}`;

/** The width of a text in a font, in px: a canvas' measureText in the browser. */
export type Measure = (text: string, font: Font) => number;

/**
 * Greedy lines of at most `width` px, at most `maxLines` of them; what does not fit ends in an
 * ellipsis. A word wider than a line is broken between characters.
 */
export function wrapText(
  text: string,
  width: number,
  font: Font,
  measure: Measure,
  maxLines = Infinity,
): string[] {
  const fits = (line: string) => measure(line, font) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && [...line].length > 1) {
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] as string}…`;
  while (!fits(last) && last.length > 1) last = `${[...last].slice(0, -2).join('')}…`;
  kept[maxLines - 1] = last;
  return kept;
}
