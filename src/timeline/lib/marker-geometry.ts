import type { PlacedEvent } from './layout.ts';

/** Diameter of the dot that marks a known day. */
export const DOT = 12;
export const LANE_HEIGHT = 40;
export const MARKER_HEIGHT = 32;
/** Space above the first lane. */
export const TRACK_PADDING = 6;

export interface MarkerGeometry {
  /** The band (or dot) that shows the date's interval. */
  bandLeft: number;
  bandWidth: number;
  /** The whole marker, band and label: the button's hit area. */
  left: number;
  width: number;
  top: number;
}

/** One place that decides where a marker is, for the canvas that draws it and the button. */
export function markerGeometry(item: PlacedEvent): MarkerGeometry {
  const exact = item.event.date.kind === 'exact';
  const bandLeft = exact ? (item.x0 + item.x1) / 2 - DOT / 2 : item.x0;
  const bandWidth = exact ? DOT : Math.max(item.x1 - item.x0, 4);
  const left = Math.min(bandLeft, item.labelX);
  const right = Math.max(bandLeft + bandWidth, item.labelX + Math.max(item.labelRoom, DOT));
  return { bandLeft, bandWidth, left, width: right - left, top: laneTop(item.lane) };
}

export function laneTop(lane: number): number {
  return lane * LANE_HEIGHT + TRACK_PADDING;
}
