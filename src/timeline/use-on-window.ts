import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';
import { useHydrated } from '../ui/use-hydrated.ts';

/**
 * Runs `draw` with the visible window now and whenever it moves, outside React's render: a zoom
 * frame redraws what depends on the window (canvas, axis, overview, heading) without rendering a
 * component. `draw` may change between renders; the latest one runs. `moving` says whether the
 * call is a step of the view's motion, or a render's new inputs.
 *
 * Taking over a page built ahead of time, the first draw waits for a task of its own: what it
 * draws was not in the served page, so nothing on screen is replaced by waiting, while drawing in
 * hydration's commit would add every part's drawing (and the redraw once the real width is known)
 * to one task that holds the main thread. Until then renders only keep the latest inputs.
 */
export function useOnWindow(
  draw: (view: TimeWindow, moving: boolean) => void,
  fallback: TimeWindow,
): void {
  const latest = useRef(draw);
  const fallbackRef = useRef(fallback);
  // False only in the render that hydrates: the ref keeps that first answer.
  const hydrated = useHydrated();
  const deferred = useRef(!hydrated);
  const current = () => useTimelineStore.getState().timeWindow ?? fallbackRef.current;
  // Before paint: a render's new inputs (data, width, theme, selection) reach the screen with it.
  useLayoutEffect(() => {
    latest.current = draw;
    fallbackRef.current = fallback;
    if (!deferred.current) latest.current(current(), false);
  });
  useEffect(() => {
    const timer = deferred.current
      ? setTimeout(() => {
          deferred.current = false;
          latest.current(current(), false);
        })
      : undefined;
    const unsubscribe = useTimelineStore.subscribe(
      (s) => s.timeWindow,
      // A move before the first draw is drawn by it.
      (view) => {
        if (!deferred.current) latest.current(view ?? fallbackRef.current, true);
      },
    );
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
