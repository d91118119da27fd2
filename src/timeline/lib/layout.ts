import type { TimelineEvent } from '../../data/schema.ts';
import { firstReaching, startingIn, type TimeIndex } from './time-index.ts';

/**
 * Places the events of a time window in pixel space: pure, recomputed per frame, touching only the
 * events in view. Up to `denseThreshold` events, markers go on lanes where an item never overlaps
 * another and its label gets the room up to the next item (labels shorten as the reader zooms out
 * rather than collide). Past it, the window is cut into columns and each becomes one cluster
 * badge, counted by binary search, so the cost does not grow with the number of events.
 */

export interface LayoutOptions {
  /** Width of the viewport in px. */
  width: number;
  /** Narrowest footprint of a marker (dot plus a sliver of label). */
  minWidth: number;
  /** Room a label would like. */
  labelWidth: number;
  /** Lanes available; what does not fit is gathered into clusters on an overflow row. */
  maxLanes: number;
  /** Space kept between neighbours in a lane. */
  gap: number;
  /** More events than this starting in the window: show clusters only. */
  denseThreshold: number;
  /** An event that must get its own marker when in view (the open one), on a row of its own if need be. */
  pinned?: TimelineEvent | undefined;
}

export interface PlacedEvent {
  type: 'event';
  event: TimelineEvent;
  lane: number;
  /** x of the date's start and end (may lie outside the viewport). */
  x0: number;
  x1: number;
  /** Where the label starts (kept on screen for spans that began before the window). */
  labelX: number;
  /** Room for the label before the next item in the lane. */
  labelRoom: number;
}

export interface PlacedCluster {
  type: 'cluster';
  /** Stable across frames while the cluster's first event stays the same. */
  key: string;
  count: number;
  lane: number;
  x: number;
  start: number;
  end: number;
}

export type LayoutItem = PlacedEvent | PlacedCluster;

export interface Layout {
  items: LayoutItem[];
  lanes: number;
  /** Events in the window: placed or clustered (in dense mode, those starting in it). */
  inView: number;
  dense: boolean;
}

const CLUSTER_WIDTH = 44;
const DENSE_COLUMN = 76;

export function layoutEvents(
  index: TimeIndex,
  x: (time: number) => number,
  window: readonly [number, number],
  options: LayoutOptions,
): Layout {
  const [from, to] = startingIn(index, window[0], window[1]);
  const layout =
    to - from > options.denseThreshold
      ? layoutDense(index, window, options.width)
      : layoutLanes(index, from, to, x, window, options);
  return withPinned(layout, x, window, options);
}

function withPinned(
  layout: Layout,
  x: (time: number) => number,
  window: readonly [number, number],
  { pinned, labelWidth, width }: LayoutOptions,
): Layout {
  if (!pinned || pinned.date.end <= window[0] || pinned.date.start >= window[1]) return layout;
  if (layout.items.some((item) => item.type === 'event' && item.event === pinned)) return layout;
  const x0 = x(pinned.date.start);
  const labelX = Math.max(x0, 0);
  layout.items.push({
    type: 'event',
    event: pinned,
    lane: layout.lanes,
    x0,
    x1: x(pinned.date.end),
    labelX,
    labelRoom: Math.min(labelWidth, width - labelX),
  });
  return { ...layout, lanes: layout.lanes + 1 };
}

function layoutLanes(
  index: TimeIndex,
  from: number,
  to: number,
  x: (time: number) => number,
  window: readonly [number, number],
  options: LayoutOptions,
): Layout {
  const { width, minWidth, labelWidth, maxLanes, gap } = options;
  // Per lane: where the last item's footprint ends, where its label would like to end, the item.
  const laneEnd: number[] = [];
  const laneWish: number[] = [];
  const laneLast: PlacedEvent[] = [];
  const items: LayoutItem[] = [];
  const overflow: TimelineEvent[] = [];
  let inView = 0;

  for (let i = firstReaching(index, window[0]); i < to; i++) {
    const event = index.events[i] as TimelineEvent;
    if (i < from && event.date.end <= window[0]) continue; // began and ended before the window
    inView++;
    const x0 = x(event.date.start);
    const x1 = x(event.date.end);
    const labelX = Math.max(x0, 0);

    // Prefer a lane where the previous label keeps all its room; else one where it can shrink.
    let lane = laneWish.findIndex((end) => end + gap <= labelX);
    if (lane < 0) lane = laneEnd.findIndex((end) => end + gap <= labelX);
    if (lane < 0 && laneEnd.length < maxLanes) lane = laneEnd.length;
    if (lane < 0) {
      overflow.push(event);
      continue;
    }
    const previous = laneLast[lane];
    if (previous) previous.labelRoom = Math.min(previous.labelRoom, labelX - gap - previous.labelX);
    const placed: PlacedEvent = {
      type: 'event',
      event,
      lane,
      x0,
      x1,
      labelX,
      labelRoom: Math.min(labelWidth, width - labelX),
    };
    laneEnd[lane] = Math.max(x1, labelX + minWidth);
    laneWish[lane] = Math.max(x1, labelX + labelWidth);
    laneLast[lane] = placed;
    items.push(placed);
  }

  const lanes = laneEnd.length;
  let cluster: PlacedCluster | undefined;
  for (const event of overflow) {
    const ex = Math.max(x(event.date.start), 0);
    if (cluster && ex - cluster.x < CLUSTER_WIDTH + gap) {
      cluster.count++;
      cluster.start = Math.min(cluster.start, event.date.start);
      cluster.end = Math.max(cluster.end, event.date.end);
    } else {
      cluster = {
        type: 'cluster',
        key: `overflow-${event.id}`,
        count: 1,
        lane: lanes,
        x: ex,
        start: event.date.start,
        end: event.date.end,
      };
      items.push(cluster);
    }
  }
  return { items, lanes: lanes + (overflow.length ? 1 : 0), inView, dense: false };
}

function layoutDense(index: TimeIndex, window: readonly [number, number], width: number): Layout {
  const span = window[1] - window[0];
  const columns = Math.max(1, Math.floor(width / DENSE_COLUMN));
  const items: LayoutItem[] = [];
  let inView = 0;
  for (let c = 0; c < columns; c++) {
    const t0 = window[0] + (span * c) / columns;
    const t1 = window[0] + (span * (c + 1)) / columns;
    const [lo, hi] = startingIn(index, t0, t1);
    if (hi === lo) continue;
    inView += hi - lo;
    const first = index.events[lo] as TimelineEvent;
    items.push({
      type: 'cluster',
      key: `column-${first.id}`,
      count: hi - lo,
      lane: 0,
      x: (c * width) / columns + 4,
      start: first.date.start,
      end: (index.starts[hi - 1] as number) + 1,
    });
  }
  return { items, lanes: 1, inView, dense: true };
}
