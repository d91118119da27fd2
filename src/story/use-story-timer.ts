import { useEffect } from 'react';
import { selectSelectedEvent, useTimelineStore } from '../state/store.ts';
import { holdTime } from './hold-time.ts';

/**
 * Moves a playing story on once its step has been held long enough to read; the last step stays
 * open, paused. Any change of step, speed or play restarts the wait.
 */
export function useStoryTimer(): void {
  const story = useTimelineStore((s) => s.story);
  const event = useTimelineStore(selectSelectedEvent);
  useEffect(() => {
    if (!story?.playing || !event) return;
    const timer = setTimeout(
      () => {
        const state = useTimelineStore.getState();
        if (!state.storyStep(1)) state.pauseStory();
      },
      holdTime(event.title, event.summary, story.speed),
    );
    return () => clearTimeout(timer);
  }, [story, event]);
}
