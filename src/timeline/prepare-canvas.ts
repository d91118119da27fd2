/**
 * How the timeline's canvases are opened. `desynchronized` lets a frame's drawing reach the screen
 * without waiting for the page's own commit: with a software canvas, that commit copied and
 * rasterised the whole canvas on the main thread in every moving frame (see bench/README.md).
 * A context's options are fixed by the first `getContext` call, so every caller goes through here.
 */
const CONTEXT_OPTIONS: CanvasRenderingContext2DSettings = { desynchronized: true };

/** The canvas's 2D context, opened with the timeline's options; null where there is none (jsdom). */
export function canvasContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return canvas.getContext('2d', CONTEXT_OPTIONS);
}

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
  const context = canvas && canvasContext(canvas);
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
