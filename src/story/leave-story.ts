import { useTimelineStore } from '../state/store.ts';

export const STORY_CONTROLS_ID = 'story-controls';
/** The Play / Pause / Resume button, which stays when the story ends. */
export const STORY_PLAY_ID = 'story-play';

/**
 * Leaves the story, its event still open. The story's controls go with it: focus in them moves
 * to the button that stays, rather than falling to the page. (Only on the reader's request: the
 * story never moves focus while it plays.)
 */
export function leaveStory(): void {
  const controls = document.getElementById(STORY_CONTROLS_ID);
  const inside = controls?.contains(document.activeElement) ?? false;
  useTimelineStore.getState().exitStory();
  if (inside) document.getElementById(STORY_PLAY_ID)?.focus();
}
