/**
 * Where a frame puts things: how many lanes the window's events get (the lane policy), the
 * lanes themselves (lib/track-layout), and the eras and bands drawn behind them.
 */
import type { Era } from '../data/schema.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { NO_BACKDROP, type Backdrop, type PlacedEra } from './draw-backdrop.ts';
import { createLabelMetrics } from './label-metrics.ts';
import type { LabelMetrics } from './lib/label-fit.ts';
import { DENSE_THRESHOLD, MIN_LANES } from './lib/constants.ts';
import { eraColor, eraRows, eraStripHeight } from './lib/eras.ts';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { startingIn, type TimeIndex } from './lib/time-index.ts';
import type { TimeScale } from './lib/time-scale.ts';
import { layoutTrack, type IndexedBand, type TrackLayout } from './lib/track-layout.ts';
import { memoizeLast } from '../lib/memoize.ts';
import type { TimelineEvent } from '../data/schema.ts';

/**
 * Lanes open before a label is shortened, up to a share of the screen's height (the axis sticks to
 * the top of the screen, so the last lanes may run a little past the first screen)...
 */
const SCREEN_SHARE = 0.75;
/**
 * On a phone the lanes may run past the first screen (the axis sticks to the top as they scroll):
 * a narrow screen holds few labels per lane, and a readable title is worth a scroll, where a dot
 * behind a "+7" badge is not.
 */
const PHONE_SCREEN_SHARE = 1.1;
const PHONE_WIDTH = 600;
/**
 * ...and, zoomed in to a few years with few enough events to read them all, up to this many, so
 * that every title there is whole; the timeline then grows taller than the screen share.
 */
const MAX_LANES = 24;
const READING_SPAN = 3 * 365.25 * 86_400_000;
const READING_EVENTS = 60;

function maxLanesFor(view: TimeWindow, index: TimeIndex, width: number, screen: number): number {
  const [from, to] = startingIn(index, view[0], view[1]);
  if (view[1] - view[0] <= READING_SPAN && to - from <= READING_EVENTS) return MAX_LANES;
  return screenLanes(screen, width);
}

const shareOf = (width: number) => (width < PHONE_WIDTH ? PHONE_SCREEN_SHARE : SCREEN_SHARE);

/** The lanes a screen `screen` px high gives a timeline `width` px wide, outside a reading zoom. */
function screenLanes(screen: number, width: number): number {
  return Math.max(MIN_LANES + 2, Math.floor((screen * shareOf(width)) / LANE_HEIGHT));
}

/**
 * The screen heights, in whole px, that give a timeline `width` px wide as many lanes as a screen
 * `screen` px high: a frame laid out for one of them is laid out for all (a page built ahead of
 * time shows its picture of the timeline on those screens).
 */
export function screensWithSameLanes(screen: number, width: number): { min: number; max: number } {
  const lanes = screenLanes(screen, width);
  // A few dozen steps at most: a lane more every LANE_HEIGHT / share px.
  let min = screen;
  while (min > 0 && screenLanes(min - 1, width) === lanes) min--;
  let max = screen;
  while (screenLanes(max + 1, width) === lanes) max++;
  return { min, max };
}

/** What a frame is measured with: its labels' words, and the screen's height. */
export interface FrameMeasures {
  labelMetrics: (event: TimelineEvent) => LabelMetrics;
  screenHeight: number;
}

// Keyed by event objects, so one cache serves every store and dataset without growing stale.
const labelMetrics = createLabelMetrics();

/** A frame on this screen: words measured on a canvas, the window's own height. */
const onScreen = (): FrameMeasures => ({
  labelMetrics,
  screenHeight: globalThis.innerHeight || 800,
});

/** What the lanes are laid out from. */
export interface LaneInputs {
  /** All the shown events, for the room the lanes get. */
  index: TimeIndex;
  /** The shown events by swimlane: one unlabelled band where the timeline is not grouped. */
  bands: readonly IndexedBand[];
  width: number;
  /** The open event: always laid out, with its whole title. */
  pinned: TimelineEvent | undefined;
  /** Where an event's thumbnail loads from, or null for one without. */
  thumbnailAddress: (event: TimelineEvent) => string | null;
}

/** The window's events on lanes (or in cluster columns), below the era labels' strip at `top`. */
export function layOutLanes(
  { index, bands, width, pinned, thumbnailAddress }: LaneInputs,
  x: TimeScale,
  view: TimeWindow,
  top: number,
  measures: FrameMeasures = onScreen(),
): TrackLayout {
  return layoutTrack(bands, x, view, {
    width,
    maxLanes: maxLanesFor(view, index, width, measures.screenHeight),
    gap: 8,
    denseThreshold: DENSE_THRESHOLD,
    metricsOf: measures.labelMetrics,
    pinned,
    hasThumbnail: (event) => thumbnailAddress(event) !== null,
    minLanes: MIN_LANES,
    top,
  });
}

/** The eras' label rows, worked out once per dataset rather than per frame. */
const erasInRows = memoizeLast(eraRows);

/** The height of the eras' labels above the lanes (none without eras). */
export function eraStripOf(eras: readonly Era[]): number {
  return eras.length ? eraStripHeight(erasInRows(eras).count) : 0;
}

/** The eras that reach into the window, with their label rows and colours. */
export function placeEras(
  eras: readonly Era[],
  x: (time: number) => number,
  view: TimeWindow,
): PlacedEra[] {
  if (!eras.length) return [];
  const { rows } = erasInRows(eras);
  const placed: PlacedEra[] = [];
  eras.forEach((era, i) => {
    if (era.end <= view[0] || era.start >= view[1]) return;
    placed.push({
      id: era.id,
      title: era.title,
      x0: x(era.start),
      x1: x(era.end),
      row: rows[i] ?? 0,
      color: eraColor(era, i),
    });
  });
  return placed;
}

/** What is drawn behind the markers: the bands' headings and lines, the eras. */
export function backdropOf(
  layout: TrackLayout,
  placedEras: readonly PlacedEra[],
  eraStrip: number,
): Backdrop {
  return placedEras.length || layout.bands.length
    ? { bands: layout.bands, eras: placedEras, eraStrip }
    : NO_BACKDROP;
}
