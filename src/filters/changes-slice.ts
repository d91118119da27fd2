/**
 * What changed since a day: the day counted from (a link's, or the reader's last visit) and the
 * What's new filter, which shows only what is new or updated since then.
 */
import type { Slice } from '../state/slice.ts';
import type { TimelineState } from '../state/store.ts';
import { selectDataset } from '../state/data-slice.ts';
import { changesDayOf, changesSince, hasChangeDates, type Changes } from '../state/changes.ts';
import { memoizeByObject, memoizeRecent } from '../lib/memoize.ts';

export interface ChangesSlice {
  /**
   * The day changes are shown since, from the address (`?since=`) or the "Show changes since…"
   * control: the same for anyone given the link. It takes the place of the last visit.
   */
  since: string | null;
  /** The day of the reader's previous visit, from this browser's storage; never in the address. */
  lastVisit: string | null;
  /** The What's new filter: only the events new or updated since that day. */
  whatsNew: boolean;
  setSince: (day: string | null) => void;
  setLastVisit: (day: string | null) => void;
  toggleWhatsNew: () => void;
}

/** What another store starts with: the days and the filter were the old store's. */
export const freshChanges = (): Pick<ChangesSlice, 'since' | 'lastVisit' | 'whatsNew'> => ({
  since: null,
  lastVisit: null,
  whatsNew: false,
});

export const changesSlice: Slice<ChangesSlice> = (set) => ({
  ...freshChanges(),
  // Without a day to count from, there is nothing new: the filter goes with the day.
  setSince: (since) =>
    set((s) => ({ since, whatsNew: s.whatsNew && changesDay({ ...s, since }) !== null })),
  setLastVisit: (lastVisit) =>
    set((s) => ({
      lastVisit,
      whatsNew: s.whatsNew && changesDay({ ...s, lastVisit }) !== null,
    })),
  toggleWhatsNew: () => set((s) => ({ whatsNew: !s.whatsNew && changesDay(s) !== null })),
});

const datasetHasChanges = memoizeByObject(hasChangeDates);

/**
 * The day changes are shown since (see changesDayOf), or null. Changes the page has seen count
 * as dated ones: a store that dates none still has news for a returning reader once it updates.
 */
export function changesDay(
  s: Pick<TimelineState, 'since' | 'lastVisit' | 'load' | 'seenChanges'>,
): string | null {
  const dataset = s.load.kind === 'ok' ? s.load.dataset : null;
  return changesDayOf(
    s.since,
    s.lastVisit,
    dataset,
    s.seenChanges.size ? () => true : datasetHasChanges,
  );
}

/** Whether the shown dataset dates any of its changes (events added or updated, or itself). */
export const selectDatesChanges = (s: TimelineState): boolean => {
  const dataset = selectDataset(s);
  return dataset !== null && datasetHasChanges(dataset);
};

/** What the day of `changesDay` counts from: a link's day, or the reader's last visit. */
export const selectChangesFrom = (s: TimelineState): 'link' | 'visit' | null =>
  s.since !== null ? 'link' : changesDay(s) !== null ? 'visit' : null;

/** changesSince, the same map until an input changes (a selector must not build a new one). */
export const changesOf = memoizeRecent(changesSince);

/** The events new or updated since the day in force; null when there is none. */
export const selectChanges = (s: TimelineState): Changes | null => {
  const day = changesDay(s);
  const dataset = selectDataset(s);
  return day === null || !dataset ? null : changesOf(dataset.events, dataset, day, s.seenChanges);
};
