import { useCallback, useEffect } from 'react';
import {
  changesDay,
  selectAllEvents,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { shownWindow } from './lib/time-window.ts';
import type { ViewController } from './view-controller.ts';

/**
 * "Fit all" fits the events the filters show, and the view follows the filters: when a topic,
 * What's new (or the day it counts from) or the search changes what is shown, it glides (or, for readers who ask for less motion, jumps)
 * to fit the shown events, keeping an open event in view.
 */
const TYPING_PAUSE_MS = 250;

export function useFitShown(controller: ViewController): () => void {
  // The controller jumps instead of gliding for readers who ask for less motion.
  const fit = useCallback(
    (animate: boolean) => {
      const state = useTimelineStore.getState();
      controller.fitTo(shownWindow(selectAllEvents(state), selectShownEvents(state)), animate);
    },
    [controller],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = useTimelineStore.subscribe(
      (s) => [s.activeTopics, s.query, s.load, s.whatsNew ? changesDay(s) : null] as const,
      ([topics, , load, news], [previousTopics, , previousLoad, previousNews]) => {
        clearTimeout(timer);
        // Another store, with filters reset: the view starts afresh on its whole range instead.
        if (load !== previousLoad) return;
        // A toggle refits at once; typing refits once the reader pauses, not at every letter.
        const refit = () => fit(true);
        if (topics !== previousTopics || news !== previousNews) refit();
        else timer = setTimeout(refit, TYPING_PAUSE_MS);
      },
      {
        equalityFn: ([t1, q1, l1, n1], [t2, q2, l2, n2]) =>
          t1 === t2 && q1 === q2 && l1 === l2 && n1 === n2,
      },
    );
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [fit]);

  return useCallback(() => fit(false), [fit]);
}
