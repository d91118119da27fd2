import type { LayoutItem } from './lib/layout.ts';
import { DOT, MARKER_HEIGHT, markerGeometry } from './lib/marker-geometry.ts';
import type { TimelineEvent } from '../data/schema.ts';

export interface DrawOptions {
  width: number;
  height: number;
  colorOf: (event: TimelineEvent) => string;
  selectedId: string | null;
  font: string;
  ink: string;
}

const ELLIPSIS = '…';
const LABEL_TOP = 15;
const LABEL_SIZE = 12.5;

/**
 * Draws the markers of a layout: a dot for a known day, a dashed band over the uncertain range for
 * a month, season or year, a solid bar for a span, and each label cut to its room. One canvas
 * pass per frame costs far less than restyling and relaying out a DOM node per marker.
 */
export function drawMarkers(
  context: CanvasRenderingContext2D,
  items: readonly LayoutItem[],
  options: DrawOptions,
): void {
  const { width, height, colorOf, selectedId, font, ink } = options;
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
      context.fillRect(g.left, g.top, g.width, MARKER_HEIGHT);
      context.globalAlpha = 1;
      context.strokeStyle = color;
      context.lineWidth = 2;
      context.setLineDash([]);
      context.strokeRect(g.left - 1, g.top - 1, g.width + 2, MARKER_HEIGHT + 2);
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
    }

    const room = Math.min(item.labelRoom, width - item.labelX);
    if (room < 8) continue;
    const labelFont = selected ? `700 ${font}` : font;
    if (labelFont !== currentFont) context.font = currentFont = labelFont;
    context.fillStyle = ink;
    context.fillText(fitText(context, event.title, room, selected), item.labelX, g.top + LABEL_TOP);
  }
}

export const LABEL_FONT = `${LABEL_SIZE}px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;

const fitCache = new Map<string, string>();

/** The longest prefix of `text` (plus an ellipsis) that fits `room` px; cached per title and room. */
export function fitText(
  context: CanvasRenderingContext2D,
  text: string,
  room: number,
  bold = false,
): string {
  const bucket = Math.floor(room / 4) * 4;
  const key = `${bold ? 'b' : 'n'}${bucket}|${text}`;
  const cached = fitCache.get(key);
  if (cached !== undefined) return cached;
  let result = text;
  if (context.measureText(text).width > bucket) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (context.measureText(text.slice(0, mid) + ELLIPSIS).width <= bucket) lo = mid;
      else hi = mid - 1;
    }
    result = lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
  }
  if (fitCache.size > 20_000) fitCache.clear();
  fitCache.set(key, result);
  return result;
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
