import { useEffect, useState } from 'react';
import type { TimeWindow } from '../data/time-window.ts';
import { useTimelineStore } from '../state/store.ts';

/**
 * The visible window once it has stopped moving: views that need not follow every zoom frame
 * (the list of events in view) subscribe here and stay out of the per-frame path.
 */
export function useSettledWindow(delay = 150): TimeWindow | null {
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
