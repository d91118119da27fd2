/** The open event, and stepping from it to its neighbours among the shown events. */
import type { TimelineEvent } from '../data/schema.ts';
import type { Positions } from '../lib/lazy-positions.ts';
import { compareByTime } from '../data/sort-by-time.ts';
import type { TimeWindow } from '../data/time-window.ts';
import type { Slice } from '../state/slice.ts';
import type { TimelineState } from '../state/store.ts';
import { selectEventById } from '../state/data-slice.ts';
import { selectShownEvents, selectShownPositions } from '../filters/filters-slice.ts';

/**
 * How the open event was reached: opened by the reader (from the timeline, the list, a link), or
 * stepped to from its neighbour (Previous / Next, the arrow keys), or closed because a newer
 * version of the store no longer holds it. The address bar treats them apart: an opened event is
 * a page of its own in the history, a step or an update only moves along it.
 */
export type SelectionCause = 'open' | 'step' | 'update';

export interface SelectionSlice {
  selectedId: string | null;
  selectedBy: SelectionCause;
  select: (id: string | null, by?: SelectionCause) => void;
  /**
   * Selects the next (+1) or previous (-1) shown event in time, from the selection or the window;
   * says whether there was one to select. While a story is on, its steps.
   */
  step: (direction: 1 | -1) => boolean;
}

/** What another store starts with: nothing open. */
export const freshSelection = (): Pick<SelectionSlice, 'selectedId' | 'selectedBy'> => ({
  selectedId: null,
  selectedBy: 'open',
});

export const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  ...freshSelection(),
  select: (id, by = 'open') => set({ selectedId: id, selectedBy: by }),
  step: (direction) => {
    const state = get();
    if (state.story) return state.storyStep(direction);
    const target = stepFrom(
      selectShownEvents(state),
      selectShownPositions(state),
      selectSelectedEvent(state),
      state.timeWindow,
      direction,
    );
    if (target) set({ selectedId: target.id, selectedBy: 'step' });
    return target !== undefined;
  },
});

export const selectSelectedEvent = (s: TimelineState): TimelineEvent | undefined =>
  selectEventById(s, s.selectedId);

/**
 * The shown event one step in time from `from`. A selection the filters hide steps to its nearest
 * shown neighbour in time; with no selection, the first key press lands on something in view.
 */
function stepFrom(
  shown: readonly TimelineEvent[],
  positions: Positions,
  from: TimelineEvent | undefined,
  view: TimeWindow | null,
  direction: 1 | -1,
): TimelineEvent | undefined {
  if (!shown.length) return undefined;
  if (from) {
    const index = positions.get(from.id);
    if (index !== undefined) return shown[index + direction];
    const after = shown.findIndex((e) => compareByTime(e, from) > 0);
    if (direction === 1) return after < 0 ? undefined : shown[after];
    return shown[(after < 0 ? shown.length : after) - 1];
  }
  if (view) {
    // Prefer events that begin in view over long spans that merely pass through it.
    const starting = shown.filter((e) => e.date.start >= view[0] && e.date.start < view[1]);
    const inView = starting.length
      ? starting
      : shown.filter((e) => e.date.end > view[0] && e.date.start < view[1]);
    if (inView.length) return direction === 1 ? inView[0] : inView[inView.length - 1];
  }
  return direction === 1 ? shown[0] : shown[shown.length - 1];
}
