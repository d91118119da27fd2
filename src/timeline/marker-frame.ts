/**
 * One frame of the markers: laid out (frame-layout), the track sized, drawn on the canvas
 * (frame-canvas) and the range heading written. Plain DOM writes, outside React's render.
 */
import type { Era } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { drawCanvas, rowsOnScreen, type CanvasInputs } from './frame-canvas.ts';
import { backdropOf, eraStripOf, layOutLanes, placeEras, type LaneInputs } from './frame-layout.ts';
import { rangeHeading } from './lib/format-range.ts';
import { itemKey } from './lib/roving.ts';
import { spanOf } from './lib/time-index.ts';
import { timeScale } from './lib/time-scale.ts';
import type { TrackLayout } from './lib/track-layout.ts';
import type { ThumbnailBitmaps } from './marker-thumbnails.ts';
import { setStyle } from './set-style.ts';

export type { LinkedEvent } from './frame-canvas.ts';

export interface MarkerFrameInputs extends LaneInputs, CanvasInputs {
  /** The dataset's eras, drawn behind every lane. */
  eras: readonly Era[];
  extent: TimeWindow;
}

/** The elements a frame writes: the canvas, the track over it, the range heading's text. */
export interface MarkerFrameParts {
  canvas: { readonly current: HTMLCanvasElement | null };
  track: { readonly current: HTMLElement | null };
  /** The text of the range heading ("2016–2018"). */
  range: { readonly current: HTMLElement | null };
}

export const EMPTY_LAYOUT: TrackLayout = {
  items: [],
  lanes: 0,
  inView: 0,
  dense: false,
  bands: [],
  height: 0,
};

/** One string per set of drawn items: React renders their buttons only when it changes. */
export const itemsKey = (layout: TrackLayout) =>
  layout.items.map(itemKey).join('\n') + layout.bands.map((band) => `\n#${band.key}`).join('');

/** Whether two renders' inputs draw the same frame of the same window. */
export function sameFrame(a: MarkerFrameInputs, b: MarkerFrameInputs): boolean {
  return (
    a.index === b.index &&
    a.bands === b.bands &&
    a.eras === b.eras &&
    a.width === b.width &&
    a.pinned === b.pinned &&
    a.colorOf === b.colorOf &&
    a.palette === b.palette &&
    a.selectedId === b.selectedId &&
    a.thumbnailAddress === b.thumbnailAddress &&
    a.changes === b.changes &&
    a.changeText === b.changeText &&
    a.linked === b.linked
  );
}

/** A drawn frame: its layout, and whether only the rows on screen were drawn. */
export interface DrawnFrame {
  layout: TrackLayout;
  partial: boolean;
}

/**
 * Lays out the window's events, draws them and writes the range heading. Given where the track's
 * top is on screen (a moving frame), the canvas gets only the rows on screen. The track is given
 * the layout's height, or `keepHeight` where that is more (see marker-frames).
 */
export function drawFrame(
  { canvas: canvasRef, track: trackRef, range: rangeRef }: MarkerFrameParts,
  inputs: MarkerFrameInputs,
  view: TimeWindow,
  bitmaps: ThumbnailBitmaps | null,
  trackTop: number | null,
  keepHeight = 0,
): DrawnFrame {
  const canvas = canvasRef.current;
  const track = trackRef.current;
  const range = rangeRef.current;
  const onScreen = trackTop === null ? null : rowsOnScreen(trackTop);
  const x = timeScale(view, inputs.width);
  const placedEras = placeEras(inputs.eras, x, view);
  const eraStrip = eraStripOf(inputs.eras);
  const layout = layOutLanes(inputs, x, view, eraStrip);
  if (track) {
    // The track's lane lines (a repeating gradient) start below the era labels, and give way to
    // the bands' own lines where the timeline is grouped.
    const banded = layout.bands.length > 0;
    if (banded !== track.hasAttribute('data-banded')) track.toggleAttribute('data-banded', banded);
    setStyle(track, 'backgroundPositionY', `${layout.bands.length ? 0 : eraStrip}px`);
  }
  const backdrop = backdropOf(layout, placedEras, eraStrip);
  if (track) setStyle(track, 'height', `${Math.max(layout.height, keepHeight)}px`);
  const partial = canvas
    ? drawCanvas(canvas, layout, backdrop, inputs, view, bitmaps, onScreen)
    : false;
  const text = rangeHeading(view, spanOf(inputs.index));
  if (range && range.textContent !== text) range.textContent = text;
  return { layout, partial };
}
