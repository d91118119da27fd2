import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';

/**
 * Runs `draw` with the visible window now and whenever it moves, outside React's render: a zoom
 * frame redraws what depends on the window (canvas, axis, overview, heading) without rendering a
 * component. `draw` may change between renders; the latest one runs. `moving` says whether the
 * call is a step of the view's motion, or a render's new inputs.
 */
export function useOnWindow(
  draw: (view: TimeWindow, moving: boolean) => void,
  fallback: TimeWindow,
): void {
  const latest = useRef(draw);
  const fallbackRef = useRef(fallback);
  // Before paint: a render's new inputs (data, width, theme, selection) reach the screen with it.
  useLayoutEffect(() => {
    latest.current = draw;
    fallbackRef.current = fallback;
    latest.current(useTimelineStore.getState().timeWindow ?? fallback, false);
  });
  useEffect(
    () =>
      useTimelineStore.subscribe(
        (s) => s.timeWindow,
        (view) => latest.current(view ?? fallbackRef.current, true),
      ),
    [],
  );
}
