import type { LayoutItem } from './lib/layout.ts';
import { DOT, LABEL_TOP, LINE_HEIGHT, markerGeometry } from './lib/marker-geometry.ts';
import { LABEL_FONT, SELECTED_LABEL_FONT } from './label-metrics.ts';
import type { TimelineEvent } from '../data/schema.ts';
import { assertNever } from '../lib/assert-never.ts';

export interface DrawOptions {
  width: number;
  height: number;
  colorOf: (event: TimelineEvent) => string;
  selectedId: string | null;
  ink: string;
}

/**
 * Draws the markers of a layout: a dot for a known day, a dashed band over the uncertain range for
 * a month, season or year, a solid bar for a span, and each label as laid out. One canvas
 * pass per frame costs far less than restyling and relaying out a DOM node per marker.
 */
export function drawMarkers(
  context: CanvasRenderingContext2D,
  items: readonly LayoutItem[],
  options: DrawOptions,
): void {
  const { width, height, colorOf, selectedId, ink } = options;
  context.clearRect(0, 0, width, height);
  context.textBaseline = 'top';
  // Setting a font makes the canvas parse it: set it only when it changes, not per label.
  let currentFont = '';
  for (const item of items) {
    if (item.type !== 'event') continue;
    const { event } = item;
    const color = colorOf(event);
    const g = markerGeometry(item);
    const selected = event.id === selectedId;

    if (selected) {
      context.globalAlpha = 0.1;
      context.fillStyle = color;
      context.fillRect(g.left, g.top, g.width, g.height);
      context.globalAlpha = 1;
      context.strokeStyle = color;
      context.lineWidth = 2;
      context.setLineDash([]);
      context.strokeRect(g.left - 1, g.top - 1, g.width + 2, g.height + 2);
    }

    switch (event.date.kind) {
      case 'exact':
        context.fillStyle = color;
        context.beginPath();
        context.arc(g.bandLeft + DOT / 2, g.top + 2 + DOT / 2, DOT / 2, 0, Math.PI * 2);
        context.fill();
        break;
      case 'fuzzy':
        context.globalAlpha = 0.22;
        context.fillStyle = color;
        roundRect(context, g.bandLeft, g.top + 2, g.bandWidth, 12, 6);
        context.fill();
        context.globalAlpha = 1;
        context.strokeStyle = color;
        context.lineWidth = 1.5;
        context.setLineDash([3, 2]);
        roundRect(context, g.bandLeft + 0.75, g.top + 2.75, g.bandWidth - 1.5, 10.5, 5);
        context.stroke();
        context.setLineDash([]);
        break;
      case 'span':
        context.fillStyle = color;
        context.fillRect(g.bandLeft, g.top + 4, g.bandWidth, 8);
        break;
      default:
        assertNever(event.date.kind);
    }

    if (!item.label) continue;
    const labelFont = selected ? SELECTED_LABEL_FONT : LABEL_FONT;
    if (labelFont !== currentFont) context.font = currentFont = labelFont;
    context.fillStyle = ink;
    item.label.lines.forEach((line, i) => {
      context.fillText(line, item.labelX, g.top + LABEL_TOP + i * LINE_HEIGHT);
    });
  }
}

function roundRect(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const radius = Math.min(r, w / 2, h / 2);
  context.beginPath();
  context.roundRect(x, y, w, h, radius);
}
