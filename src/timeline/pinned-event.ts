import type { TimelineEvent } from '../data/schema.ts';
import { selectSelectedEvent, selectShownPositions, type TimelineState } from '../state/store.ts';

/**
 * The open event where the filters show it: it always gets a marker, even where its neighbours
 * are gathered into clusters (the canvas and the picture of a page built ahead of time alike).
 */
export function selectPinnedEvent(state: TimelineState): TimelineEvent | undefined {
  return state.selectedId !== null && selectShownPositions(state).has(state.selectedId)
    ? selectSelectedEvent(state)
    : undefined;
}
