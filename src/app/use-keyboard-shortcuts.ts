import { useEffect } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { isMarkerFocused } from '../timeline/index.ts';
import { isShortcut } from '../ui/keyboard.ts';
import { leaveStory } from '../story/index.ts';

/**
 * The page's one keyboard hook: ArrowRight / ArrowLeft step through the shown events in time
 * (through the story's steps while one is on), Escape leaves the story or else closes the
 * details, `+` and `-` zoom. (Keys on a focused marker, which move between markers, are the
 * timeline's own: see use-marker-navigation.)
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const state = useTimelineStore.getState();
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        // Asked before stepping: the new marker may be drawn during the store update itself.
        if (isMarkerFocused()) state.requestFocus('selection');
        if (!state.step(event.key === 'ArrowRight' ? 1 : -1)) {
          // At either end there is nothing to select: leave the key to the page (scrolling).
          state.clearFocusRequest();
          return;
        }
      } else if (event.key === '+' || event.key === '=') {
        state.requestZoom(1);
      } else if (event.key === '-' || event.key === '_') {
        state.requestZoom(-1);
      } else if (event.key === 'Escape' && state.story) {
        // Leaves the story first; its event stays open for a second Escape to close.
        leaveStory();
      } else if (event.key === 'Escape' && state.selectedId !== null) {
        const closing = state.selectedId;
        const fromPanel = document.activeElement?.closest('.details') != null;
        // Focus inside the closing panel would fall to the page: hand it to the event's marker.
        if (fromPanel) state.requestFocus({ id: closing, wait: false });
        state.select(null);
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
