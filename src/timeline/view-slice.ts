import type { TimeWindow } from '../data/time-window.ts';
import type { Slice } from '../state/slice.ts';
import type { GroupBy } from '../data/group-by.ts';

export interface ViewSlice {
  /**
   * The visible window. Once the timeline is there, its view controller (view-controller.ts) is
   * its one writer: whatever moves the view asks the controller. Before, a load sets the window
   * it opens on (start-app), as it sets the filters a link names.
   */
  timeWindow: TimeWindow | null;
  setTimeWindow: (timeWindow: TimeWindow) => void;
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
  setGroupBy: (groupBy) => set({ groupBy }),
});
