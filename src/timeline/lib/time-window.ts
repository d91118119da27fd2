import type { TimelineEvent } from '../../data/schema.ts';
import type { TimeWindow } from '../../data/time-window.ts';
import { memoizeByObject } from '../../lib/memoize.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The whole range of the events plus a margin, so the first and last markers are not cut. */
export function paddedExtent(events: readonly TimelineEvent[]): TimeWindow {
  if (!events.length) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    return [now - YEAR, now + YEAR];
  }
  return padded(spanOf(events));
}

/**
 * From the earliest start to the latest end, remembered for each list: the timeline, its first
 * fit and the filters' fit all ask for it, and at a million events each pass costs a frame or more.
 */
const spanOf = memoizeByObject((events: readonly TimelineEvent[]): TimeWindow => {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    if (e.date.start < min) min = e.date.start;
    if (e.date.end > max) max = e.date.end;
  }
  return [min, max];
});

/** A span of events with the margin `paddedExtent` gives it. */
export function padded([start, end]: TimeWindow): TimeWindow {
  const margin = Math.max((end - start) * 0.04, 30 * DAY);
  return [start - margin, end + margin];
}

/** The events' span widened to take in `event`, without a copy of the list to hold it. */
function spanWith(events: readonly TimelineEvent[], event: TimelineEvent): TimeWindow {
  if (!events.length) return [event.date.start, event.date.end];
  const [start, end] = spanOf(events);
  return [Math.min(start, event.date.start), Math.max(end, event.date.end)];
}

/** Narrowest window the reader can zoom to: a week, so days stay legible. */
export const MIN_WINDOW = 7 * DAY;

/** Whether the window shows the event whole (or, for one longer than the window, its start). */
export function reveals(view: TimeWindow, event: TimelineEvent): boolean {
  const span = view[1] - view[0];
  const end = event.date.end - event.date.start > span ? event.date.start + 1 : event.date.end;
  return event.date.start >= view[0] && end <= view[1];
}

/**
 * The window that fits the shown events (with the margin of `paddedExtent`), widened to keep an
 * open event in view, no narrower than MIN_WINDOW and inside the full range.
 */
export function fitWindow(
  shown: readonly TimelineEvent[],
  keep: TimelineEvent | undefined,
  range: TimeWindow,
): TimeWindow {
  let [start, end] = keep ? padded(spanWith(shown, keep)) : paddedExtent(shown);
  if (end - start < MIN_WINDOW) {
    const middle = (start + end) / 2;
    [start, end] = [middle - MIN_WINDOW / 2, middle + MIN_WINDOW / 2];
  }
  return [Math.max(start, range[0]), Math.min(end, range[1])];
}

/**
 * The window that shows what the filters let through: the shown events, or the whole range when
 * they show every event or none. An open event the filters show is among them, so it stays in
 * view. A click on a filter, a link that names filters and an image exported before the view
 * was ever moved all fit this way, so that the three show the same years.
 */
export function shownWindow(
  all: readonly TimelineEvent[],
  shown: readonly TimelineEvent[],
): TimeWindow {
  const range = paddedExtent(all);
  if (!shown.length || shown.length === all.length) return range;
  return fitWindow(shown, undefined, range);
}

/**
 * A window part way (`t` from 0 to 1) from one to another: the middle moves evenly and the span
 * changes by a constant factor, so a zoom feels steady whether it narrows or widens.
 */
export function glideWindow(from: TimeWindow, to: TimeWindow, t: number): TimeWindow {
  const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2; // cubic in-out
  const middle = (from[0] + from[1]) / 2 + ((to[0] + to[1] - (from[0] + from[1])) / 2) * eased;
  const span = (from[1] - from[0]) * ((to[1] - to[0]) / (from[1] - from[0])) ** eased;
  return [middle - span / 2, middle + span / 2];
}
