import type { Dataset, TimelineEvent } from '../data/schema.ts';
import type { Loaded, LoadProgress, LoadResult } from '../data/load-store.ts';
import { memoizeByObject } from '../lib/memoize.ts';
import { NOTHING_SEEN } from './changes.ts';
import type { Slice } from './slice.ts';
import type { TimelineState } from './store.ts';

export type LoadState = { kind: 'loading'; progress?: LoadProgress } | LoadResult;

/**
 * Where the shown store came from. A file opened from the reader's computer has the key under
 * which the browser keeps it (null if it could not): its history entries hold the key, so that
 * Forward (or a reload) shows the file again, though no link can name it.
 */
export type StoreOrigin =
  | { kind: 'default' }
  | { kind: 'link'; url: string }
  | { kind: 'file'; name: string; key: string | null };

export interface DataSlice {
  load: LoadState;
  origin: StoreOrigin;
  setLoadResult: (result: LoadResult, origin?: StoreOrigin) => void;
  /** How far the first load has got; ignored once it is over. */
  setLoadProgress: (progress: LoadProgress) => void;
  /**
   * Shows another store in place of the current one: filters, selection and view start afresh,
   * since the old ones name another dataset's topics and events.
   */
  replaceStore: (result: Loaded, origin: StoreOrigin) => void;
}

/** The data's part of the store; `fresh` is what every other part starts afresh with. */
export const dataSlice =
  (fresh: () => Partial<TimelineState>): Slice<DataSlice> =>
  (set) => ({
    load: { kind: 'loading' },
    origin: { kind: 'default' },
    setLoadResult: (result, origin) =>
      set(
        origin
          ? { load: result, origin, seenChanges: NOTHING_SEEN }
          : { load: result, seenChanges: NOTHING_SEEN },
      ),
    setLoadProgress: (progress) =>
      set((s) => (s.load.kind === 'loading' ? { load: { kind: 'loading', progress } } : {})),
    replaceStore: (result, origin) => set({ ...fresh(), load: result, origin }),
  });

const EMPTY: TimelineEvent[] = [];

export const selectDataset = (s: TimelineState): Dataset | null =>
  s.load.kind === 'ok' ? s.load.dataset : null;

export const selectAllEvents = (s: TimelineState): readonly TimelineEvent[] =>
  selectDataset(s)?.events ?? EMPTY;

const eventIndex = memoizeByObject(
  (events: readonly TimelineEvent[]) => new Map(events.map((e) => [e.id, e])),
);
export const selectEventById = (s: TimelineState, id: string | null): TimelineEvent | undefined =>
  id === null ? undefined : eventIndex(selectAllEvents(s)).get(id);
