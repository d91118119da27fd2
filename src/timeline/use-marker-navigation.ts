import { useCallback, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { selectShownEvents, selectShownPositions, useTimelineStore } from '../state/store.ts';
import { isShortcut } from '../ui/keyboard.ts';
import { focusItem } from './focus-marker.ts';
import type { LayoutItem } from './lib/layout.ts';
import { itemKey } from './lib/roving.ts';

interface Options {
  /** Drawn items in reading order. */
  ordered: readonly LayoutItem[];
  dense: boolean;
  /** Moves the view so that an event not drawn yet comes into it. */
  reveal: (event: TimelineEvent) => void;
  /** Remembers where the reader is, for the roving tab stop. */
  onMove: (key: string) => void;
}

/**
 * Arrows, Home and End between the markers (one tab stop, a roving tabindex): arrows go to the
 * neighbour in time, past the window's edge to the next shown event, which the view brings in;
 * Home and End go to the first and last shown events. With an event open, the open event follows
 * the focus, as the details panel's Previous and Next do.
 */
export function useMarkerNavigation({ ordered, dense, reveal, onMove }: Options) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const key = (event.target as HTMLElement).dataset.itemKey;
      if (key === undefined || !isShortcut(event.nativeEvent)) return;
      const state = useTimelineStore.getState();
      const shown = selectShownEvents(state);
      const index = ordered.findIndex((item) => itemKey(item) === key);
      let target: LayoutItem | TimelineEvent | undefined;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowLeft': {
          const direction = event.key === 'ArrowRight' ? 1 : -1;
          target = ordered[index + direction];
          const position = selectShownPositions(state).get(key);
          if (!target && !dense && position !== undefined) target = shown[position + direction];
          break;
        }
        case 'Home':
          target = dense ? ordered[0] : shown[0];
          break;
        case 'End':
          target = dense ? ordered[ordered.length - 1] : shown[shown.length - 1];
          break;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (!target) return;
      if ('type' in target && target.type === 'cluster') {
        onMove(target.key);
        focusItem(target.key);
        return;
      }
      const next = 'type' in target ? target.event : target;
      onMove(next.id);
      // With an event open the selection follows the focus, one neighbour at a time, as Previous
      // and Next do: the history keeps one entry for it.
      if (state.selectedId !== null) state.select(next.id, 'step');
      if (!focusItem(next.id)) {
        state.requestFocus({ id: next.id, wait: true });
        reveal(next);
      }
    },
    [ordered, dense, reveal, onMove],
  );
}
