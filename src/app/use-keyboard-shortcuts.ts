import { useEffect } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { focusMarker, isMarkerFocused, requestMarkerFocus } from '../timeline/focus-marker.ts';
import { isShortcut } from '../ui/keyboard.ts';

/** ArrowRight / ArrowLeft step through the shown events in time; Escape closes the details. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      const state = useTimelineStore.getState();
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        if (isMarkerFocused()) requestMarkerFocus();
        state.step(event.key === 'ArrowRight' ? 1 : -1);
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
