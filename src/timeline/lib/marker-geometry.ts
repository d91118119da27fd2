import type { PlacedEvent } from './layout.ts';

/** Diameter of the dot that marks a known day. */
export const DOT = 12;
/** Width of the outline drawn around the open event's marker, outside its box. */
export const OUTLINE = 2;
/** The band (dot, dashed band or bar) sits at the top of a marker, the label's lines below it. */
const BAND_HEIGHT = 16;
export const LABEL_TOP = 17;
export const LINE_HEIGHT = 15;
/**
 * A marker's thumbnail sits where its label starts, as tall as two lines of it, 16:9; the label
 * moves right by its width and a gap.
 */
export const THUMB_HEIGHT = 2 * LINE_HEIGHT;
export const THUMB_WIDTH = Math.round((THUMB_HEIGHT * 16) / 9);
export const THUMB_LEAD = THUMB_WIDTH + 6;
/** A band and a label of two lines. */
const MARKER_HEIGHT = LABEL_TOP + 2 * LINE_HEIGHT + 1;
export const LANE_HEIGHT = MARKER_HEIGHT + 4;
/** Space above the first lane. */
const TRACK_PADDING = 6;

export interface MarkerGeometry {
  /** The band (or dot) that shows the date's interval. */
  bandLeft: number;
  bandWidth: number;
  /** The whole marker, band and label: the button's hit area. */
  left: number;
  width: number;
  top: number;
  height: number;
}

/** Where the band of an event's date lies: a dot centred on a known day, else its interval. */
export function bandOf(item: Pick<PlacedEvent, 'event' | 'x0' | 'x1'>): {
  left: number;
  width: number;
} {
  if (item.event.date.kind === 'exact')
    return { left: (item.x0 + item.x1) / 2 - DOT / 2, width: DOT };
  return { left: item.x0, width: Math.max(item.x1 - item.x0, 4) };
}

/** One place that decides where a marker is, for the canvas that draws it and the button. */
export function markerGeometry(item: PlacedEvent): MarkerGeometry {
  const band = bandOf(item);
  const labelWidth = (item.label?.width ?? 0) + (item.thumbnail ? THUMB_LEAD : 0);
  const left = Math.min(band.left, item.labelX);
  const right = Math.max(band.left + band.width, item.labelX + Math.max(labelWidth, DOT));
  const lines = item.label?.lines.length ?? 0;
  const below = Math.max(lines * LINE_HEIGHT, item.thumbnail ? THUMB_HEIGHT : 0);
  return {
    bandLeft: band.left,
    bandWidth: band.width,
    left,
    width: right - left,
    top: item.top,
    height: below ? LABEL_TOP + below + 1 : BAND_HEIGHT + 2,
  };
}

/** Where a marker's label text starts: after its thumbnail, when it has one. */
export function labelTextX(item: Pick<PlacedEvent, 'labelX' | 'thumbnail'>): number {
  return item.thumbnail ? item.labelX + THUMB_LEAD : item.labelX;
}

export function laneTop(lane: number): number {
  return lane * LANE_HEIGHT + TRACK_PADDING;
}

/** The smallest target a finger can take (WCAG 2.2, 2.5.8 Target Size). */
export const MIN_TARGET = 24;

/**
 * A marker's button: its drawing's box, cut to the viewport, and grown to MIN_TARGET each way
 * around its middle where smaller (a dot with no label), kept inside the viewport.
 */
export function targetBox(
  g: Pick<MarkerGeometry, 'left' | 'width' | 'top' | 'height'>,
  viewport: number,
): { left: number; top: number; width: number; height: number } {
  let left = Math.max(0, Math.round(g.left));
  let right = Math.min(viewport, Math.round(g.left + g.width));
  if (right - left < MIN_TARGET) {
    const middle = (left + right) / 2;
    left = Math.round(Math.max(0, Math.min(middle - MIN_TARGET / 2, viewport - MIN_TARGET)));
    right = left + MIN_TARGET;
  }
  const height = Math.max(g.height, MIN_TARGET);
  return { left, top: g.top - Math.floor((height - g.height) / 2), width: right - left, height };
}

/** A marker's "New" or "Updated" badge: a pill in the band's row, as tall as the band allows. */
export const CHANGE_BADGE_HEIGHT = 13;
const CHANGE_BADGE_GAP = 4;

/**
 * Where a changed event's badge is drawn: in the row of its band, which its label leaves free,
 * after the band where the marker's box has room for it, else before it (a label kept on screen
 * at the right edge starts before its band), else over the end of a long band at the box's right
 * edge. Inside the box, it can never cover a neighbour. Null where the box is narrower than the
 * badge (a marker with no label): a dot on the band's corner stands in.
 */
export function changeBadgeBox(
  g: Pick<MarkerGeometry, 'bandLeft' | 'bandWidth' | 'left' | 'width' | 'top'>,
  badgeWidth: number,
): { left: number; top: number } | null {
  const right = g.left + g.width;
  const top = g.top + 1.5;
  const after = g.bandLeft + g.bandWidth + CHANGE_BADGE_GAP;
  if (after + badgeWidth <= right) return { left: after, top };
  const before = g.bandLeft - CHANGE_BADGE_GAP - badgeWidth;
  if (before >= g.left) return { left: before, top };
  if (g.width >= badgeWidth) return { left: right - badgeWidth, top };
  return null;
}
