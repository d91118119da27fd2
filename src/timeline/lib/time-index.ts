import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../../data/schema.ts';
import type { TimeWindow } from '../../data/time-window.ts';
import { memoizeByObject } from '../../lib/memoize.ts';

/**
 * Time-sorted events with typed arrays for binary search, built once per filtered list, so a frame
 * finds the events in its window in O(log n) instead of scanning them all.
 */
export interface TimeIndex {
  events: readonly TimelineEvent[];
  starts: Float64Array;
  /** maxEnd[i] = the latest end among events[0..i]: non-decreasing, so it can be bisected too. */
  maxEnd: Float64Array;
}

export function buildTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
  const starts = new Float64Array(events.length);
  const maxEnd = new Float64Array(events.length);
  let latest = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const { start, end } = (events[i] as TimelineEvent).date;
    starts[i] = start;
    if (end > latest) latest = end;
    maxEnd[i] = latest;
  }
  return { events, starts, maxEnd };
}

/** The events' own span, from the first start to the last end; null for none. */
export function spanOf({ starts, maxEnd }: TimeIndex): TimeWindow | null {
  const first = starts[0];
  const last = maxEnd[maxEnd.length - 1];
  return first === undefined || last === undefined ? null : [first, last];
}

/** The index range [from, to) of events starting in [t0, t1). */
export function startingIn(index: TimeIndex, t0: number, t1: number): [number, number] {
  return [bisectLeft(index.starts, t0), bisectLeft(index.starts, t1)];
}

/**
 * The first index that can still be in view at t0: every event before it ended by t0.
 * Events between it and the first start in view must still be checked one by one.
 */
export function firstReaching(index: TimeIndex, t0: number): number {
  return bisectRight(index.maxEnd, t0);
}

/** The index of a filtered list, built once and shared by the views that need it. */
export const sharedTimeIndex = memoizeByObject(buildTimeIndex);

/** Events that overlap [t0, t1), in time order. */
export function eventsOverlapping(index: TimeIndex, t0: number, t1: number): TimelineEvent[] {
  const [from, to] = startingIn(index, t0, t1);
  const result: TimelineEvent[] = [];
  for (let i = firstReaching(index, t0); i < to; i++) {
    const event = index.events[i] as TimelineEvent;
    if (i >= from || event.date.end > t0) result.push(event);
  }
  return result;
}
