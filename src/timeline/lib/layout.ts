import type { TimelineEvent } from '../../data/schema.ts';
import { fitLabel, minimumRoom, type FittedLabel, type LabelMetrics } from './label-fit.ts';
import { bandOf, DOT, laneTop, OUTLINE, THUMB_LEAD } from './marker-geometry.ts';
import { firstReaching, startingIn, type TimeIndex } from './time-index.ts';

/**
 * Places the events of a time window in pixel space: pure, recomputed per frame, touching only the
 * events in view. Up to `denseThreshold` events, each event takes room in a lane for its marker
 * and its label. A new lane opens before any label is shortened; only once the lanes run out does
 * a neighbour's label give way, first to a shortened label of at least three words, then to none
 * (the marker stays). An event with a picture shows it small beside its label where the whole
 * title fits beside it too: the thumbnail gives way before any word does. Past the threshold, the window is cut into columns and each becomes one
 * cluster badge, counted by binary search, so the cost does not grow with the number of events.
 */

export interface LayoutOptions {
  /** Width of the viewport in px. */
  width: number;
  /** Lanes available; what does not fit is gathered into clusters on an overflow row. */
  maxLanes: number;
  /** Space kept between neighbours in a lane. */
  gap: number;
  /** More events than this starting in the window: show clusters only. */
  denseThreshold: number;
  /** The words of an event's title, measured (cached by the caller). */
  metricsOf: (event: TimelineEvent) => LabelMetrics;
  /**
   * An event that must get a marker when in view (the open one): where its neighbours gather it
   * into a cluster, it gets a row of its own. Where it already has a marker, the layout is the one
   * it had before it opened, so that opening an event never moves the markers under the pointer.
   */
  pinned?: TimelineEvent | undefined;
  /** Whether an event has a picture to show beside its label; none do when left out. */
  hasThumbnail?: ((event: TimelineEvent) => boolean) | undefined;
  /** The width of a column of the dense view, each one badge; DENSE_COLUMN when left out. */
  denseColumn?: number | undefined;
}

export interface PlacedEvent {
  type: 'event';
  event: TimelineEvent;
  lane: number;
  /** y of the lane's top in the track: its lane's place, below any era labels and band heading. */
  top: number;
  /** x of the date's start and end (may lie outside the viewport). */
  x0: number;
  x1: number;
  /** Where the label starts: under the marker, kept on screen at either edge. */
  labelX: number;
  /** Room for the label before the next item in the lane or the edge. */
  labelRoom: number;
  /** The label as drawn, or null where not even three words fit. */
  label: FittedLabel | null;
  /** Whether its thumbnail is drawn, at labelX, with the label after it (labelTextX). */
  thumbnail: boolean;
}

export interface PlacedCluster {
  type: 'cluster';
  /** Stable across frames while the cluster's first event stays the same. */
  key: string;
  count: number;
  lane: number;
  top: number;
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
export const DENSE_COLUMN = 76;

export function layoutEvents(
  index: TimeIndex,
  x: (time: number) => number,
  view: readonly [number, number],
  options: LayoutOptions,
): Layout {
  const [from, to] = startingIn(index, view[0], view[1]);
  const layout =
    to - from > options.denseThreshold
      ? layoutDense(index, view, options.width, options.denseColumn ?? DENSE_COLUMN)
      : layoutLanes(index, from, to, x, view, options);
  return withPinned(layout, x, view, options);
}

/**
 * An event's place before its lane is known: the band, and a label kept inside the viewport. Every
 * label keeps clear of the edges by the open event's outline, which the viewport would cut: the
 * same for all, so that opening an event moves no label.
 */
function place(
  event: TimelineEvent,
  x: (time: number) => number,
  width: number,
  metrics: LabelMetrics,
  lead: number,
  lane: number,
): PlacedEvent {
  const inset = OUTLINE;
  const x0 = x(event.date.start);
  const x1 = x(event.date.end);
  const whole = Math.min(metrics.compact + lead, width - 2 * inset);
  const labelX = Math.max(inset, Math.min(x0, width - inset - whole));
  const labelRoom = width - inset - labelX;
  return {
    type: 'event',
    event,
    lane,
    top: laneTop(lane),
    x0,
    x1,
    labelX,
    labelRoom,
    label: null,
    thumbnail: false,
  };
}

/** The width a thumbnail takes before the label, for an event that has one. */
function leadOf(event: TimelineEvent, hasThumbnail: LayoutOptions['hasThumbnail']): number {
  return hasThumbnail?.(event) ? THUMB_LEAD : 0;
}

/** The label in the room the lane left it, after the thumbnail if the whole title fits beside it. */
function fitPlaced(item: PlacedEvent, metrics: LabelMetrics, lead: number): void {
  item.thumbnail = lead > 0 && item.labelRoom - lead >= metrics.compact;
  item.label = fitLabel(metrics, item.thumbnail ? item.labelRoom - lead : item.labelRoom);
}

function leftOf(item: PlacedEvent): number {
  return Math.min(bandOf(item).left, item.labelX);
}

function withPinned(
  layout: Layout,
  x: (time: number) => number,
  view: readonly [number, number],
  { pinned, width, metricsOf, hasThumbnail }: LayoutOptions,
): Layout {
  if (!pinned || pinned.date.end <= view[0] || pinned.date.start >= view[1]) return layout;
  if (layout.items.some((item) => item.type === 'event' && item.event === pinned)) return layout;
  const metrics = metricsOf(pinned);
  const lead = leadOf(pinned, hasThumbnail);
  const item = place(pinned, x, width, metrics, lead, layout.lanes);
  fitPlaced(item, metrics, lead);
  layout.items.push(item);
  return { ...layout, lanes: layout.lanes + 1 };
}

interface Lane {
  last: PlacedEvent;
  metrics: LabelMetrics;
  /** Right end of the last item with its whole title. */
  whole: number;
  /** With the shortest label it may be given (or its whole title, if it may not be shortened). */
  short: number;
  /** With no label at all. */
  bare: number;
}

function layoutLanes(
  index: TimeIndex,
  from: number,
  to: number,
  x: (time: number) => number,
  view: readonly [number, number],
  options: LayoutOptions,
): Layout {
  const { width, maxLanes, gap, metricsOf, hasThumbnail } = options;
  const lanes: Lane[] = [];
  const placed: { item: PlacedEvent; metrics: LabelMetrics; lead: number }[] = [];
  const overflow: TimelineEvent[] = [];
  let inView = 0;

  for (let i = firstReaching(index, view[0]); i < to; i++) {
    const event = index.events[i] as TimelineEvent;
    if (i < from && event.date.end <= view[0]) continue; // began and ended before the window
    inView++;
    const metrics = metricsOf(event);
    const lead = leadOf(event, hasThumbnail);
    const item = place(event, x, width, metrics, lead, 0);
    const left = leftOf(item) - gap;

    // A lane where the previous title stays whole; else a new lane; else one where the previous
    // label can shorten, or at worst give way to the marker alone.
    let lane = lanes.findIndex((l) => l.whole <= left);
    if (lane < 0 && lanes.length < maxLanes) lane = lanes.length;
    if (lane < 0) lane = lanes.findIndex((l) => l.short <= left);
    if (lane < 0) lane = lanes.findIndex((l) => l.bare <= left);
    if (lane < 0) {
      overflow.push(event);
      continue;
    }

    const previous = lanes[lane]?.last;
    if (previous) previous.labelRoom = Math.min(previous.labelRoom, left - previous.labelX);
    item.lane = lane;
    item.top = laneTop(lane);
    const band = bandOf(item);
    const bandRight = band.left + band.width;
    const whole = Math.max(bandRight, item.labelX + Math.min(metrics.compact + lead, width));
    lanes[lane] = {
      last: item,
      metrics,
      whole,
      short: Math.max(bandRight, item.labelX + minimumRoom(metrics)),
      bare: Math.max(bandRight, item.labelX + DOT),
    };
    placed.push({ item, metrics, lead });
  }

  const items: LayoutItem[] = [];
  for (const { item, metrics, lead } of placed) {
    fitPlaced(item, metrics, lead);
    items.push(item);
  }

  let cluster: PlacedCluster | undefined;
  for (const event of overflow) {
    const ex = Math.max(x(event.date.start), 0);
    if (cluster && ex - cluster.x < CLUSTER_WIDTH + gap) {
      cluster.count++;
      cluster.start = Math.min(cluster.start, event.date.start);
      // By starts, as dense columns are: a long span must not widen the badge's range to years.
      cluster.end = Math.max(cluster.end, event.date.start + 1);
    } else {
      cluster = {
        type: 'cluster',
        key: `overflow-${event.id}`,
        count: 1,
        lane: lanes.length,
        top: laneTop(lanes.length),
        x: ex,
        start: event.date.start,
        end: event.date.start + 1,
      };
      items.push(cluster);
    }
  }
  return { items, lanes: lanes.length + (overflow.length ? 1 : 0), inView, dense: false };
}

function layoutDense(
  index: TimeIndex,
  view: readonly [number, number],
  width: number,
  column: number,
): Layout {
  const span = view[1] - view[0];
  const columns = Math.max(1, Math.floor(width / column));
  const items: LayoutItem[] = [];
  let inView = 0;
  for (let c = 0; c < columns; c++) {
    const t0 = view[0] + (span * c) / columns;
    const t1 = view[0] + (span * (c + 1)) / columns;
    const [lo, hi] = startingIn(index, t0, t1);
    if (hi === lo) continue;
    inView += hi - lo;
    const first = index.events[lo] as TimelineEvent;
    items.push({
      type: 'cluster',
      key: `column-${first.id}`,
      count: hi - lo,
      lane: 0,
      top: laneTop(0),
      x: (c * width) / columns + 4,
      start: first.date.start,
      end: (index.starts[hi - 1] as number) + 1,
    });
  }
  return { items, lanes: 1, inView, dense: true };
}
