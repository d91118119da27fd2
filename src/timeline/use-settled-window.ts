import { useEffect, useState } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';

/**
 * How long the window must rest. A pause inside a gesture (between a zoom and a drag) is seldom
 * this long, and updating the list there replaced hundreds of rows and moved, and repainted, all
 * of the page below it in the middle of the gesture: its longest frames.
 */
const SETTLED_MS = 400;

/**
 * The visible window once it has stopped moving: views that need not follow every zoom frame
 * (the list of events in view) subscribe here and stay out of the per-frame path.
 */
export function useSettledWindow(delay = SETTLED_MS): TimeWindow | null {
  const [settled, setSettled] = useState(() => useTimelineStore.getState().timeWindow);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = useTimelineStore.subscribe(
      (s) => s.timeWindow,
      (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => setSettled(next), delay);
      },
      // The window may have been set between this component's render and this effect.
      { fireImmediately: true },
    );
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [delay]);
  return settled;
}
