import type { TimelineEvent } from '../../data/schema.ts';
import type { Band } from './bands.ts';
import { DENSE_COLUMN, layoutEvents, type Layout, type LayoutOptions } from './layout.ts';
import { LANE_HEIGHT, laneTop } from './marker-geometry.ts';
import { sharedTimeIndex, startingIn, type TimeIndex } from './time-index.ts';

/** The room a band's label takes above its lanes. */
export const BAND_HEADING = 22;
/** Space below a band's last lane, before the next band's line. */
const BAND_FOOT = 4;
/**
 * The lanes a band may open however many bands share the screen: enough for a few titles side by
 * side before labels shorten. A grouped timeline grows taller rather than hide its titles.
 */
const MIN_BAND_LANES = 3;
/** Below the last lane of the track. */
const TRACK_FOOT = 8;

/** Shared by every frame of a timeline that is not grouped: a frame makes no list of its own. */
const NO_BANDS: readonly PlacedBand[] = [];

export interface PlacedBand {
  key: string;
  label: string;
  color: string | undefined;
  /** Its place among the dataset's bands (Band.order). */
  order: number;
  /** y of the band's top line, in the track. */
  top: number;
  height: number;
}

/** A frame's layout of the whole track: its items, its bands' places and its height. */
export interface TrackLayout extends Layout {
  bands: readonly PlacedBand[];
  height: number;
}

export interface TrackOptions extends LayoutOptions {
  /** The track is never shorter than this many lanes (of one unlabelled band). */
  minLanes: number;
  /** Room above the lanes, for era labels. */
  top: number;
  /** The fewest lanes a band may open, however many share the lanes (MIN_BAND_LANES). */
  minBandLanes?: number;
}

/** A band and the index of its events, built once per filtered list. */
export interface IndexedBand {
  band: Band;
  index: TimeIndex;
}

/** Each band with the index of its events. */
export function indexBands(bands: readonly Band[]): IndexedBand[] {
  return bands.map((band) => ({ band, index: sharedTimeIndex(band.events) }));
}

/**
 * Lays out every band of the track in turn, each with lanes of its own under its label, and
 * stacks them. One unlabelled band is today's packed lanes, exactly: bands change nothing for a
 * timeline that is not grouped. The lanes and the dense threshold are shared among the bands, so
 * that a frame of ten bands costs what one of all their events would.
 */
export function layoutTrack(
  bands: readonly IndexedBand[],
  x: (time: number) => number,
  view: readonly [number, number],
  options: TrackOptions,
): TrackLayout {
  const { top, minLanes, pinned } = options;
  const only = bands.length === 1 ? bands[0] : undefined;
  if (only && only.band.label === null) {
    const layout = layoutEvents(only.index, x, view, options);
    shift(layout, top);
    const height = top + Math.max(layout.lanes, minLanes) * LANE_HEIGHT + TRACK_FOOT;
    return { ...layout, bands: NO_BANDS, height };
  }

  const share = Math.max(1, bands.length);
  // Past a few bands, each keeps fewer lanes of its own: the track would be taller than a screen.
  const fewest = options.minBandLanes ?? (share > 4 ? MIN_BAND_LANES - 1 : MIN_BAND_LANES);
  const maxLanes = Math.max(fewest, Math.floor(options.maxLanes / share));
  // A band holds a share of the lanes, and so of the labels: it turns to badges at a share of the
  // events, halved, since its few lanes hold fewer titles than the whole track's would.
  const denseThreshold =
    share === 1
      ? options.denseThreshold
      : Math.max(50, Math.floor(options.denseThreshold / share / 2));
  // Ten crowded bands would show ten rows of badges, each a button: wider columns keep the
  // badges of the whole track near what one band's would be.
  const denseColumn = DENSE_COLUMN * Math.min(3, Math.ceil(share / 3));
  const items: Layout['items'] = [];
  const placed: PlacedBand[] = [];
  let lanes = 0;
  let inView = 0;
  let dense = false;
  let y = top;
  for (const { band, index } of bands) {
    const layout = layoutEvents(index, x, view, {
      ...options,
      maxLanes,
      denseThreshold,
      denseColumn,
      pinned: pinned && holds(index, pinned) ? pinned : undefined,
    });
    shift(layout, y + BAND_HEADING - laneTop(0));
    for (const item of layout.items) items.push(item);
    const height = BAND_HEADING + Math.max(layout.lanes, 1) * LANE_HEIGHT + BAND_FOOT;
    placed.push({
      key: band.key,
      label: band.label ?? '',
      color: band.color,
      order: band.order,
      top: y,
      height,
    });
    y += height;
    lanes += layout.lanes;
    inView += layout.inView;
    dense ||= layout.dense;
  }
  return { items, lanes, inView, dense, bands: placed, height: y + TRACK_FOOT };
}

function shift(layout: Layout, by: number): void {
  if (by) for (const item of layout.items) item.top += by;
}

/** Whether the index holds this very event: by binary search over its start, then identity. */
export function holds(index: TimeIndex, event: TimelineEvent): boolean {
  const [from, to] = startingIn(index, event.date.start, event.date.start + 1);
  for (let i = from; i < to; i++) if (index.events[i] === event) return true;
  return false;
}
