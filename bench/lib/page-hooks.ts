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
  /** Set by SERVED_PICTURE_WATCH: when the first paint that showed the whole picture came. */
  __picturePainted?: number;
}

/**
 * Watches for the timeline's picture in a page built ahead of time (app/prerendered.css) and
 * leaves on `window` the time of the first paint that showed all of it: the first contentful paint
 * if the parser had gone past the whole picture by then, else the paint after it had (timed as
 * the pages time their own mark: a task queued from the next frame's rAF). A long page (1,000
 * events) is often first painted while the parser is still inside the picture, some markers yet
 * to come. The picture must also be shown (a picture is drawn for the viewport's width and
 * height). Run before the page's own code, as a string: it must not depend on the benchmark's
 * compiled helpers.
 */
export const SERVED_PICTURE_WATCH = `(() => {
  const picture = () => document.querySelector('.timeline__picture');
  const shown = () =>
    [...document.querySelectorAll('.timeline__picture > svg')].some(
      (svg) => svg.getBoundingClientRect().height > 0,
    );
  let wholeAt = null;
  const painted = (at) => {
    const before = window.__picturePainted;
    window.__picturePainted = before === undefined ? at : Math.min(before, at);
  };
  new MutationObserver((_, observer) => {
    if (picture()?.nextElementSibling) {
      wholeAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (shown()) painted(performance.now());
        }, 0),
      );
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'first-contentful-paint') continue;
      if (wholeAt !== null && wholeAt <= entry.startTime && shown()) painted(entry.startTime);
    }
  }).observe({ type: 'paint', buffered: true });
})();`;

/**
 * tsx compiles the benchmark with esbuild's keepNames, which wraps named functions in a
 * `__name(fn, "name")` helper. Functions handed to `page.evaluate` are serialised and run in
 * the page, where that helper does not exist; this script, added to every benchmark context
 * before any page loads, provides a no-op one.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';
