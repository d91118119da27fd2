import type { TimelineEvent } from '../../data/schema.ts';

/**
 * Places the events of a time window on lanes in pixel space: pure, O(n · lanes) over the events
 * in view, recomputed per frame. An item never overlaps another in its lane; its label gets the
 * room up to the next item, so labels shorten as the reader zooms out instead of colliding.
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
  events: TimelineEvent[];
  lane: number;
  x: number;
  start: number;
  end: number;
}

export interface Layout {
  items: (PlacedEvent | PlacedCluster)[];
  lanes: number;
  /** Number of events inside the window, placed or clustered. */
  inView: number;
}

const CLUSTER_WIDTH = 44;

export function layoutEvents(
  events: readonly TimelineEvent[],
  x: (time: number) => number,
  window: readonly [number, number],
  options: LayoutOptions,
): Layout {
  const { width, minWidth, labelWidth, maxLanes, gap } = options;
  // Per lane: where the last item's footprint ends, and that item (to hand it label room).
  const laneEnd: number[] = [];
  const laneWish: number[] = [];
  const laneLast: PlacedEvent[] = [];
  const items: (PlacedEvent | PlacedCluster)[] = [];
  const overflow: TimelineEvent[] = [];
  let inView = 0;

  for (const event of events) {
    if (event.date.start >= window[1]) break; // sorted by start: nothing later is in view
    if (event.date.end <= window[0]) continue;
    inView++;
    const x0 = x(event.date.start);
    const x1 = x(event.date.end);
    const labelX = Math.max(x0, 0);
    const footprintEnd = Math.max(x1, labelX + minWidth);
    const wishEnd = Math.max(x1, labelX + labelWidth);

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
    laneEnd[lane] = footprintEnd;
    laneWish[lane] = wishEnd;
    laneLast[lane] = placed;
    items.push(placed);
  }

  const lanes = laneEnd.length;
  let cluster: PlacedCluster | undefined;
  for (const event of overflow) {
    const ex = Math.max(x(event.date.start), 0);
    if (cluster && ex - cluster.x < CLUSTER_WIDTH + gap) {
      cluster.events.push(event);
      cluster.start = Math.min(cluster.start, event.date.start);
      cluster.end = Math.max(cluster.end, event.date.end);
    } else {
      cluster = {
        type: 'cluster',
        events: [event],
        lane: lanes,
        x: ex,
        start: event.date.start,
        end: event.date.end,
      };
      items.push(cluster);
    }
  }
  return { items, lanes: lanes + (overflow.length ? 1 : 0), inView };
}
