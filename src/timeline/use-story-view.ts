import { useEffect } from 'react';
import { selectEventById, useTimelineStore } from '../state/store.ts';
import { storyWindow } from './lib/story-window.ts';
import type { ViewController } from './view-controller.ts';

/**
 * Moves the view to each step the story opens: a glide that pans and zooms to the event (a jump
 * for readers who ask for less motion, as the controller does). A story opened by a link starts
 * on its step at once. Events the reader opens during a story are brought into view by useReveal
 * instead, which leaves the zoom alone.
 */
export function useStoryView(controller: ViewController): void {
  useEffect(() => {
    let first = true;
    const stop = useTimelineStore.subscribe(
      (s) => (s.story?.by === 'story' ? s.selectedId : null),
      (id) => {
        const animate = !first;
        first = false;
        const event = selectEventById(useTimelineStore.getState(), id);
        if (event) controller.fitTo(storyWindow(event), animate);
      },
      { fireImmediately: true },
    );
    return stop;
  }, [controller]);
}

/** Pauses a playing story: the reader has taken the view in hand. */
export function pauseStoryForReader(): void {
  const state = useTimelineStore.getState();
  if (state.story?.playing) state.pauseStory();
}
