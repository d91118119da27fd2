import { useCallback, useEffect } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { selectEventById, selectShownPositions, useTimelineStore } from '../state/store.ts';
import { reveals } from './lib/time-window.ts';
import type { ViewController } from './view-controller.ts';

/**
 * Brings an event into view (centring it, or the start of one longer than the window), and does
 * so for every newly selected event the filters show: a deep link, a key press, the list (not a
 * story's step).
 */
export function useReveal(controller: ViewController): (event: TimelineEvent) => void {
  const selectedId = useTimelineStore((s) => s.selectedId);
  const reveal = useCallback(
    (event: TimelineEvent) => {
      const current = useTimelineStore.getState().timeWindow;
      if (!current || reveals(current, event)) return;
      const span = current[1] - current[0];
      const duration = event.date.end - event.date.start;
      controller.centerOn(
        duration > span * 0.8 ? event.date.start + span * 0.4 : event.date.start + duration / 2,
      );
    },
    [controller],
  );
  useEffect(() => {
    const state = useTimelineStore.getState();
    // The story moves the view to its own steps (use-story-view).
    if (state.story?.by === 'story') return;
    const event = selectEventById(state, selectedId);
    // One the filters hide has no marker to show: the view stays on the events they show.
    if (event && selectShownPositions(state).has(event.id)) reveal(event);
  }, [selectedId, reveal]);
  return reveal;
}
