import type { TimelineEvent } from '../data/schema.ts';
import { memoizeByObject, memoizeRecent } from '../lib/memoize.ts';
import { lazyPositions, type Positions } from '../lib/lazy-positions.ts';
import type { Slice } from '../state/slice.ts';
import type { TimelineState } from '../state/store.ts';
import { selectAllEvents } from '../state/data-slice.ts';
import { countByTopic, filterEvents } from '../state/filter-events.ts';
import { selectChanges } from './changes-slice.ts';

export interface FiltersSlice {
  activeTopics: string[];
  query: string;
  toggleTopic: (id: string) => void;
  showOnlyTopic: (id: string) => void;
  setQuery: (query: string) => void;
  /** Clears the topics, the search and What's new. */
  clearFilters: () => void;
}

/** What another store starts with: the old topics and search were the old store's. */
export const freshFilters = (): Pick<FiltersSlice, 'activeTopics' | 'query'> => ({
  activeTopics: [],
  query: '',
});

export const filtersSlice: Slice<FiltersSlice> = (set) => ({
  ...freshFilters(),
  toggleTopic: (id) =>
    set((s) => ({
      activeTopics: s.activeTopics.includes(id)
        ? s.activeTopics.filter((t) => t !== id)
        : [...s.activeTopics, id],
    })),
  showOnlyTopic: (id) => set({ activeTopics: [id] }),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ activeTopics: [], query: '', whatsNew: false }),
});

// The same array (or map) until an input changes: a selector that builds a new one on each call
// makes React render again and again. Remembering a few calls serves two stores read in turn.
/** filterEvents, remembered. */
export const shownEventsOf = memoizeRecent(filterEvents);
const topicCountsOf = memoizeRecent(countByTopic);
const NO_COUNTS = new Map<string, number>();

/** The changes the What's new filter keeps to, while it is on. */
const selectWhatsNewFilter = (s: TimelineState) => (s.whatsNew ? selectChanges(s) : null);

/** Events passing the filters, in time order; the same array until an input changes. */
export const selectShownEvents = (s: TimelineState): readonly TimelineEvent[] =>
  shownEventsOf(selectAllEvents(s), s.activeTopics, s.query, selectWhatsNewFilter(s));

export const selectTopicCounts = (s: TimelineState): Map<string, number> =>
  s.load.kind === 'ok'
    ? topicCountsOf(s.load.dataset.events, s.query, selectWhatsNewFilter(s))
    : NO_COUNTS;

const shownPositions = memoizeByObject(lazyPositions);
/** Where each shown event sits in time order: built once per filter change, not per frame. */
export const selectShownPositions = (s: TimelineState): Positions =>
  shownPositions(selectShownEvents(s));
