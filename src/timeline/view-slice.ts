import type { TimeWindow } from '../data/time-window.ts';
import type { Slice } from '../state/slice.ts';
import type { GroupBy } from '../data/group-by.ts';

export interface ViewSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (timeWindow: TimeWindow) => void;
  /**
   * A zoom asked for from outside the timeline (the `+` and `-` keys): the timeline, which owns
   * the view's gestures, carries it out. `seq` tells two equal requests apart.
   */
  zoomRequest: { direction: 1 | -1; seq: number } | null;
  requestZoom: (direction: 1 | -1) => void;
  /** How events are sorted into bands (swimlanes); a view of the shown events, not a filter. */
  groupBy: GroupBy;
  setGroupBy: (groupBy: GroupBy) => void;
}

/** What another store starts with: its own window (fitted once it draws), no bands. */
export const freshView = (): Pick<ViewSlice, 'timeWindow' | 'groupBy'> => ({
  timeWindow: null,
  groupBy: 'none',
});

export const viewSlice: Slice<ViewSlice> = (set) => ({
  ...freshView(),
  setTimeWindow: (timeWindow) => set({ timeWindow }),
  zoomRequest: null,
  requestZoom: (direction) =>
    set((s) => ({ zoomRequest: { direction, seq: (s.zoomRequest?.seq ?? 0) + 1 } })),
  setGroupBy: (groupBy) => set({ groupBy }),
});
