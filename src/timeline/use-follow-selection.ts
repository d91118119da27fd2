import { useEffect } from 'react';
import { selectEventById, selectShownPositions, useTimelineStore } from '../state/store.ts';
import type { ViewController } from './view-controller.ts';

/**
 * The view follows the open event, through the controller. A step the story opens (`story.by`
 * is 'story') pans and zooms to it (followStory: a glide, or a jump for readers who ask for less
 * motion; a story opened by a link starts on its step at once). Any other newly opened event the
 * filters show (a deep link, a key press, the list) is brought into view, keeping the zoom
 * (reveal); one the filters hide has no marker to show, and the view stays on the events they
 * show.
 */
export function useFollowSelection(controller: ViewController): void {
  useEffect(() => {
    let first = true;
    return useTimelineStore.subscribe(
      (s) => (s.story?.by === 'story' ? s.selectedId : null),
      (id) => {
        const animate = !first;
        first = false;
        const event = selectEventById(useTimelineStore.getState(), id);
        if (event) controller.followStory(event, animate);
      },
      { fireImmediately: true },
    );
  }, [controller]);

  // After the render that shows the newly opened event: by then the controller knows the range
  // of a store that came with it.
  const selectedId = useTimelineStore((s) => s.selectedId);
  useEffect(() => {
    const state = useTimelineStore.getState();
    if (state.story?.by === 'story') return;
    const event = selectEventById(state, selectedId);
    if (event && selectShownPositions(state).has(event.id)) controller.reveal(event);
  }, [selectedId, controller]);
}
