import type { PlacedBand } from './lib/track-layout.ts';
import { ERA_ROW } from './lib/eras.ts';
import { BADGE_FONT, setFont } from './canvas-font.ts';
import type { Surface } from './surface.ts';

/** An era as a frame draws it: its place in the window, its label row and its colour. */
export interface PlacedEra {
  id: string;
  title: string;
  x0: number;
  x1: number;
  row: number;
  color: string;
}

export interface Backdrop {
  bands: readonly PlacedBand[];
  eras: readonly PlacedEra[];
  /** Where the lanes start: below the era labels. */
  eraStrip: number;
}

export const NO_BACKDROP: Backdrop = { bands: [], eras: [], eraStrip: 0 };

/**
 * The badges' font for every label here: setting a canvas's font restyles the page when its
 * buttons have changed, so a frame sets as few as it can, and a dense frame of badges then
 * sets none beyond this one.
 */
const FONT = BADGE_FONT;
const SWATCH = 10;

interface BackdropColors {
  width: number;
  height: number;
  ink: string;
  muted: string;
  paper: string;
  /** A data colour as the page shows it (adjusted for contrast in the current theme). */
  tint: (color: string) => string;
}

/**
 * What lies behind the markers: each era as a light band across every lane, its label in a row
 * of its own above them, and each swimlane's line and label. A band's label sits at the left edge
 * of the view, so that it stays in sight however far the view pans; an era's label starts where
 * the era does, or at the left edge once the era has begun before the window.
 */
export function drawBackdrop(
  context: Surface,
  { bands, eras, eraStrip }: Backdrop,
  { width, height, ink, muted, paper, tint }: BackdropColors,
): void {
  if (!eras.length && !bands.length) return;
  context.textBaseline = 'middle';
  context.textAlign = 'start';
  setFont(context, FONT);
  for (const era of eras) {
    const left = Math.max(era.x0, 0);
    const right = Math.min(era.x1, width);
    if (right <= left) continue;
    const color = tint(era.color);
    context.fillStyle = color;
    context.globalAlpha = 0.07;
    context.fillRect(left, eraStrip, right - left, height - eraStrip);
    context.globalAlpha = 0.22;
    const y = era.row * ERA_ROW + 2;
    context.fillRect(left, y, right - left, ERA_ROW - 2);
    context.globalAlpha = 1;
    context.fillRect(left, y, 3, ERA_ROW - 2);
    context.fillStyle = ink;
    const room = right - left - 12;
    const label = fitText(context, FONT, era.title, room);
    if (label) context.fillText(label, left + 7, y + ERA_ROW / 2);
  }
  context.globalAlpha = 1;
  for (const band of bands) {
    if (band.order % 2 === 1) {
      context.fillStyle = ink;
      context.globalAlpha = 0.03;
      context.fillRect(0, band.top, width, band.height);
      context.globalAlpha = 1;
    }
    context.fillStyle = muted;
    context.fillRect(0, band.top, width, 1);
    const label = fitText(context, FONT, band.label, width - 40) ?? '';
    const textWidth = measured(context, FONT, label);
    const x = band.color ? 8 + SWATCH + 6 : 8;
    // A plate of the page's colour behind the label: an event's bar may pass under it.
    context.fillStyle = paper;
    context.globalAlpha = 0.85;
    context.fillRect(4, band.top + 3, x - 4 + textWidth + 6, 17);
    context.globalAlpha = 1;
    if (band.color) {
      context.fillStyle = tint(band.color);
      context.fillRect(8, band.top + 6, SWATCH, SWATCH);
    }
    context.fillStyle = ink;
    context.fillText(label, x, band.top + 12);
  }
}

/**
 * Widths by surface, font and text: labels are the same from frame to frame, and few. By surface,
 * as each measures in its own fonts (a canvas in the page's, an SVG in generic ones).
 */
const widthsBySurface = new WeakMap<Surface, Map<string, number>>();
const MOST_WIDTHS = 2000;

function measured(context: Surface, font: string, text: string): number {
  const key = `${font}\n${text}`;
  let widths = widthsBySurface.get(context);
  if (!widths) widthsBySurface.set(context, (widths = new Map()));
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= MOST_WIDTHS) widths.clear();
    widths.set(key, (width = context.measureText(text).width));
  }
  return width;
}

/** The text cut at a word to fit `room`, with "…"; null where not even one word fits. */
export function fitText(context: Surface, font: string, text: string, room: number): string | null {
  if (room <= 0) return null;
  if (measured(context, font, text) <= room) return text;
  const words = text.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const cut = `${words.slice(0, n).join(' ')}…`;
    if (measured(context, font, cut) <= room) return cut;
  }
  return null;
}
