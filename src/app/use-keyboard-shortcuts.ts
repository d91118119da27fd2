import { useEffect } from 'react';
import { useTimelineStore } from '../state/store.ts';
import {
  cancelMarkerFocus,
  focusMarker,
  isMarkerFocused,
  requestMarkerFocus,
} from '../timeline/focus-marker.ts';
import { isShortcut } from '../ui/keyboard.ts';

/** ArrowRight / ArrowLeft step through the shown events in time; Escape closes the details. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const state = useTimelineStore.getState();
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        // Asked before stepping: the new marker may be drawn during the store update itself.
        if (isMarkerFocused()) requestMarkerFocus();
        if (!state.step(event.key === 'ArrowRight' ? 1 : -1)) {
          // At either end there is nothing to select: leave the key to the page (scrolling).
          cancelMarkerFocus();
          return;
        }
      } else if (event.key === 'Escape' && state.selectedId !== null) {
        const closing = state.selectedId;
        const fromPanel = document.activeElement?.closest('.details') != null;
        state.select(null);
        // Focus inside the closing panel would fall to the page: hand it to the event's marker.
        if (fromPanel) focusMarker(closing);
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
