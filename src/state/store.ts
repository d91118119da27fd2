/**
 * The one store, put together from the features' slices (zustand's slices pattern). Each part
 * lives with its feature, with its selectors beside it; this module only assembles them.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { hydratableHook } from './hydratable-store.ts';
import { dataSlice, type DataSlice } from './data-slice.ts';
import { freshNotices, noticesSlice, type NoticesSlice } from './notices-slice.ts';
import { changesSlice, freshChanges, type ChangesSlice } from '../filters/changes-slice.ts';
import { filtersSlice, freshFilters, type FiltersSlice } from '../filters/filters-slice.ts';
import { freshSelection, selectionSlice, type SelectionSlice } from '../details/selection-slice.ts';
import { followedByStory, freshStory, storySlice, type StorySlice } from '../story/story-slice.ts';
import { freshView, viewSlice, type ViewSlice } from '../timeline/view-slice.ts';
import { focusSlice, type FocusSlice } from '../timeline/focus-slice.ts';
import { freshLive, liveSlice, type LiveSlice } from '../live/live-slice.ts';

export type TimelineState = DataSlice &
  FiltersSlice &
  ChangesSlice &
  SelectionSlice &
  ViewSlice &
  FocusSlice &
  NoticesSlice &
  StorySlice &
  LiveSlice;

/** What another store starts with: each part says what of its own named the old store. */
const freshState = (): Partial<TimelineState> => ({
  ...freshFilters(),
  ...freshChanges(),
  ...freshSelection(),
  ...freshView(),
  ...freshStory(),
  ...freshLive(),
  ...freshNotices(),
});

export const createTimelineStore = () =>
  hydratableHook(
    createStore<TimelineState>()(
      subscribeWithSelector((set, get) => {
        // The reader's own changes (filters, What's new, an opened event) carry the story along.
        const byReader = followedByStory(set);
        return {
          ...dataSlice(freshState)(set, get),
          ...filtersSlice(byReader, get),
          ...changesSlice(byReader, get),
          ...selectionSlice(byReader, get),
          ...viewSlice(set, get),
          ...focusSlice(set, get),
          ...noticesSlice(set, get),
          ...storySlice(set, get),
          ...liveSlice(set, get),
        };
      }),
    ),
  );

export const useTimelineStore = createTimelineStore();
export type TimelineStore = typeof useTimelineStore;

/** Resets the shared store between tests. */
export function resetTimelineStore(): void {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true);
}

// The store's public face, besides the hook: the selectors the features share, each defined
// beside its slice. Named re-exports only, from modules this one imports anyway.
export {
  selectAllEvents,
  selectDataset,
  selectEventById,
  type LoadState,
  type StoreOrigin,
} from './data-slice.ts';
export type { Notice } from './notices-slice.ts';
export {
  changesDay,
  selectChanges,
  selectChangesFrom,
  selectDatesChanges,
} from '../filters/changes-slice.ts';
export {
  selectShownEvents,
  selectShownPositions,
  selectTopicCounts,
} from '../filters/filters-slice.ts';
export { selectSelectedEvent, type SelectionCause } from '../details/selection-slice.ts';
export type { Story } from '../story/story-slice.ts';
export type { FocusRequest } from '../timeline/focus-slice.ts';
