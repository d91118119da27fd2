/**
 * The map from time to pixels: a time window laid over a width. A UTC instant maps linearly, so
 * this is two multiplications; d3-scale's scaleUtc would bring d3-interpolate and d3-color (some
 * 6 KB of the first load) to do the same for numbers.
 */
export interface TimeScale {
  (time: number): number;
  invert: (x: number) => number;
  readonly domain: readonly [number, number];
  readonly width: number;
}

export function timeScale(domain: readonly [number, number], width: number): TimeScale {
  const [d0, d1] = domain;
  const perMs = width / Math.max(d1 - d0, 1);
  const scale = ((time: number) => (time - d0) * perMs) as TimeScale;
  return Object.assign(scale, {
    invert: (x: number) => d0 + x / perMs,
    domain: [d0, d1] as const,
    width,
  });
}
