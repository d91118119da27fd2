import { useTimelineStore } from '../state/store.ts';

/** Pauses a playing story: the reader has taken the view in hand. */
export function pauseStoryForReader(): void {
  const state = useTimelineStore.getState();
  if (state.story?.playing) state.pauseStory();
}

/** A move of the view the reader makes: it pauses a playing story first. */
export function byReader<A extends unknown[]>(move: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    pauseStoryForReader();
    move(...args);
  };
}
