// @ts-check
/**
 * The User Timing mark all pages leave when their markers first reach the screen; the app's
 * name for it is MARKERS_PAINTED in src/timeline/lib/constants.ts (first-paint.test.ts keeps the
 * two equal).
 */
export const MARKERS_PAINTED = 'markers-painted';

/**
 * Marks the paint of the frame being prepared: the frame's rAF callbacks run before its paint,
 * and a task queued from there runs after it. This is how the app marks its own first paint.
 */
export function markAfterNextPaint() {
  requestAnimationFrame(() => setTimeout(() => performance.mark(MARKERS_PAINTED), 0));
}
