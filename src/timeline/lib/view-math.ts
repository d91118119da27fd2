/**
 * How the visible window moves: pure functions of the window, the full range and the gesture, so
 * the zoom controller holds no geometry of its own (a window is [start, end] in UTC ms).
 */
import type { TimeWindow } from '../../data/time-window.ts';

/** Keeps a window inside `range`, and no narrower than `minSpan` nor wider than the range. */
export function clampWindow(
  view: TimeWindow,
  range: TimeWindow,
  minSpan: number,
): [number, number] {
  const full = range[1] - range[0];
  const span = Math.min(Math.max(view[1] - view[0], Math.min(minSpan, full)), full);
  const middle = (view[0] + view[1]) / 2;
  const start = Math.min(Math.max(middle - span / 2, range[0]), range[1] - span);
  return [start, start + span];
}

/** Zooms by `factor` (above 1 narrows the window) around the instant `at`, which stays put. */
export function zoomWindow(
  view: TimeWindow,
  factor: number,
  at: number,
  range: TimeWindow,
  minSpan: number,
): [number, number] {
  const span = view[1] - view[0];
  const next = Math.min(
    Math.max(span / factor, Math.min(minSpan, range[1] - range[0])),
    range[1] - range[0],
  );
  const ratio = (at - view[0]) / Math.max(span, 1);
  const start = at - ratio * next;
  return clampWindow([start, start + next], range, minSpan);
}

/** Moves the window by `dt` ms (positive: later), keeping its span. */
export function panWindow(
  view: TimeWindow,
  dt: number,
  range: TimeWindow,
  minSpan: number,
): [number, number] {
  return clampWindow([view[0] + dt, view[1] + dt], range, minSpan);
}

/** Moves the window so that `time` sits in its middle, keeping its span. */
export function centerWindow(
  view: TimeWindow,
  time: number,
  range: TimeWindow,
  minSpan: number,
): [number, number] {
  const half = (view[1] - view[0]) / 2;
  return clampWindow([time - half, time + half], range, minSpan);
}
