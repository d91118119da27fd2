import type { TimelineEvent } from '../../data/schema.ts';
import type { TimeWindow } from '../../state/store.ts';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The whole range of the events plus a margin, so the first and last markers are not cut. */
export function paddedExtent(events: readonly TimelineEvent[]): TimeWindow {
  if (!events.length) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    return [now - YEAR, now + YEAR];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    if (e.date.start < min) min = e.date.start;
    if (e.date.end > max) max = e.date.end;
  }
  const margin = Math.max((max - min) * 0.04, 30 * DAY);
  return [min - margin, max + margin];
}

/** Narrowest window the reader can zoom to: a week, so days stay legible. */
export const MIN_WINDOW = 7 * DAY;

/** Whether the window shows the event whole (or, for one longer than the window, its start). */
export function reveals(window: TimeWindow, event: TimelineEvent): boolean {
  const span = window[1] - window[0];
  const end = event.date.end - event.date.start > span ? event.date.start + 1 : event.date.end;
  return event.date.start >= window[0] && end <= window[1];
}
