/** The frame stays this wide when the window is narrower than a pixel or two of the overview. */
const MIN_FRAME = 3;

/**
 * The window's frame in whole pixels: where a box at (left, width) paints once its edges are
 * snapped to the pixel grid, so that moving it by a transform draws exactly the same.
 */
export function snappedFrame(
  start: number,
  end: number,
  width: number,
): { x: number; width: number } {
  const left = Math.max(0, start);
  const right = Math.min(width, end);
  const x = Math.round(left);
  return { x, width: Math.round(left + Math.max(right - left, MIN_FRAME)) - x };
}
