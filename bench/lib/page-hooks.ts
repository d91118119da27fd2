/**
 * What the pages leave on `window` for the benchmark, and what the benchmark leaves there
 * itself. Functions passed to `page.evaluate` run in the page, so they reach these through
 * `window as Window & BenchWindow`.
 */

/** rAF gaps and long animation frames, recorded in the page during a zoom+pan. */
export interface FrameRecorder {
  gaps: number[];
  loaf: number[];
  running: boolean;
  observer: PerformanceObserver | null;
  loafSupported: boolean;
}

export interface BenchWindow {
  /** Set by a peer page that could not load its data (bench/peers/event-store.js). */
  __peerError?: string;
  /** bench/vis/main.js */
  __vis?: { fit(): void; setWindow(start: number, end: number): void };
  /** bench/timelinejs/main.js */
  __timelinejs?: { fit(): void; zoomTo(factor: number): void };
  __frames?: FrameRecorder;
}

/**
 * tsx compiles the benchmark with esbuild's keepNames, which wraps named functions in a
 * `__name(fn, "name")` helper. Functions handed to `page.evaluate` are serialised and run in
 * the page, where that helper does not exist; this script, added to every benchmark context
 * before any page loads, provides a no-op one.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';
