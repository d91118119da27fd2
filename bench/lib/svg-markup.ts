/**
 * SVG written as text in Node: elements whose every attribute and text is escaped, the markers'
 * shapes, and text widths estimated for a layout without fonts to measure with.
 */
import { assertNever } from '../../src/lib/assert-never.ts';

/** Characters XML 1.0 does not allow at all, even escaped. */
const isXmlChar = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

/** Text safe as element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  return kept
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Attributes; a null one is left out. */
export type Attributes = Readonly<Record<string, string | number | null>>;

/** A tenth of a pixel is finer than any screen shows, and keeps the file small. */
export const coordinate = (value: number) => String(Math.round(value * 10) / 10);

/** An element; `children` are markup already (escape text with escapeXml). */
export function element(
  name: string,
  attributes: Attributes,
  children: readonly string[] = [],
): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => {
      const text = typeof value === 'number' ? coordinate(value) : value;
      return ` ${key}="${escapeXml(text)}"`;
    })
    .join('');
  if (!children.length) return `<${name}${attributeText}/>`;
  return `<${name}${attributeText}>${children.join('')}</${name}>`;
}

/** A <text>; with `halo`, a white outline behind its letters keeps it legible across lines. */
export function text(
  content: string,
  x: number,
  y: number,
  attributes: Attributes = {},
  halo = false,
): string {
  const outline = halo
    ? { stroke: '#ffffff', 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }
    : {};
  return element('text', { x, y, ...outline, ...attributes }, [escapeXml(content)]);
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** A marker centred on (x, y), outlined in white so that markers on top of each other part. */
export function marker(shape: MarkerShape, x: number, y: number, colour: string): string {
  const common = { fill: colour, stroke: '#ffffff', 'stroke-width': 1, class: 'marker' };
  const polygon = (points: [number, number][]) =>
    element('path', {
      d: `M${points.map(([px, py]) => `${coordinate(px)},${coordinate(py)}`).join('L')}Z`,
      ...common,
    });
  switch (shape) {
    case 'circle':
      return element('circle', { cx: x, cy: y, r: 4.5, ...common });
    case 'square':
      return element('rect', { x: x - 4, y: y - 4, width: 8, height: 8, ...common });
    case 'triangle':
      return polygon([
        [x, y - 5.5],
        [x + 5.5, y + 4],
        [x - 5.5, y + 4],
      ]);
    case 'diamond':
      return polygon([
        [x, y - 5.5],
        [x + 5.5, y],
        [x, y + 5.5],
        [x - 5.5, y],
      ]);
    default:
      return assertNever(shape);
  }
}

/**
 * Width of a text, estimated on the wide side (DejaVu Sans, the widest of the usual sans-serifs,
 * averages less): a chart written in Node has no fonts to measure with.
 */
export const textWidth = (content: string, size: number) => content.length * size * 0.56;

/** Lines of at most `width` (estimated), broken between words; a longer word keeps a line. */
export function wrapText(content: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}
