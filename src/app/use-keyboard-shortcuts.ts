import { useEffect } from 'react';
import { useTimelineStore } from '../state/store.ts';
import { isTypingTarget } from '../ui/is-typing-target.ts';

/** ArrowRight / ArrowLeft step through the shown events in time; Escape closes the details. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const state = useTimelineStore.getState();
      if (event.key === 'ArrowRight') state.step(1);
      else if (event.key === 'ArrowLeft') state.step(-1);
      else if (event.key === 'Escape' && state.selectedId !== null) state.select(null);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
