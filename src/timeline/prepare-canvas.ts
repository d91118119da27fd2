/**
 * Sizes a canvas for the screen's pixel ratio (sharp text and lines on high-density displays) and
 * returns its context scaled to CSS pixels, or null where there is no 2D canvas (jsdom).
 * The backing store is only reallocated when the size really changes: that is costly per frame.
 */
export function prepareCanvas(
  canvas: HTMLCanvasElement | null,
  width: number,
  height: number,
): CanvasRenderingContext2D | null {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return null;
  const ratio = globalThis.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return context;
}
