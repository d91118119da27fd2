import { createStore, type StateCreator } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { hydratableHook } from './hydratable-store.ts';
import type { Dataset, Problem, TimelineEvent } from '../data/schema.ts';
import { compareByTime } from '../data/sort-by-time.ts';
import type { Loaded, LoadProgress, LoadResult } from '../data/load-store.ts';
import { countByTopic, filterEvents } from './filter-events.ts';
import {
  changesDayOf,
  changesSince,
  hasChangeDates,
  NOTHING_SEEN,
  type Changes,
  type SeenChanges,
} from './changes.ts';
import { localDay } from './local-day.ts';
import type { TimeWindow } from '../data/time-window.ts';
import { memoizeByObject, memoizeLast } from '../lib/memoize.ts';
import type { GroupBy } from './url.ts';
import { stateAfterUpdate, type LiveUpdate } from './store-update.ts';

export type LoadState = { kind: 'loading'; progress?: LoadProgress } | LoadResult;

/**
 * Where the shown store came from, as the address bar says it: the bundled one, a link
 * (`?data=`), or a file opened on the reader's computer (`?file=`), which no link can reopen.
 */
/**
 * Where the shown store came from. A file opened from the reader's computer has the key under
 * which the browser keeps it (null if it could not): its history entries hold the key, so that
 * Forward (or a reload) shows the file again, though no link can name it.
 */
export type StoreOrigin =
  | { kind: 'default' }
  | { kind: 'link'; url: string }
  | { kind: 'file'; name: string; key: string | null };

export interface Notice {
  id: string;
  text: string;
  /** What is wrong in a file that could not be opened, listed under the text. */
  problems?: readonly Problem[];
}

interface DataSlice {
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
  /**
   * Shows a newer version of the same store: the view, filters, open event and story stay
   * (store-update.ts), `liveUpdate` counts what changed, and `seenChanges` keeps it. `today` is
   * the reader's day (YYYY-MM-DD), their clock's by default.
   */
  updateStore: (result: Loaded, today?: string) => void;
  liveUpdate: LiveUpdate | null;
  /** The events updates in place have brought or changed while the page was open. */
  seenChanges: SeenChanges;
}

interface FilterSlice {
  activeTopics: string[];
  query: string;
  /** How events are sorted into bands (swimlanes); a view of the shown events, not a filter. */
  groupBy: GroupBy;
  setGroupBy: (groupBy: GroupBy) => void;
  toggleTopic: (id: string) => void;
  showOnlyTopic: (id: string) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
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

/**
 * How the open event was reached: opened by the reader (from the timeline, the list, a link), or
 * stepped to from its neighbour (Previous / Next, the arrow keys), or closed because a newer
 * version of the store no longer holds it. The address bar treats them apart: an opened event is
 * a page of its own in the history, a step or an update only moves along it.
 */
export type SelectionCause = 'open' | 'step' | 'update';

interface SelectionSlice {
  selectedId: string | null;
  selectedBy: SelectionCause;
  select: (id: string | null, by?: SelectionCause) => void;
  /**
   * Selects the next (+1) or previous (-1) shown event in time, from the selection or the window;
   * says whether there was one to select.
   */
  step: (direction: 1 | -1) => boolean;
}

/**
 * A story: the shown events played one after another in time order. `step` is the open event's
 * place among the shown events (0-based; the address says it 1-based), `speed` scales the pace.
 * `by` says who opened the step: the story moves the view to its steps, never to the reader's.
 */
export interface Story {
  step: number;
  playing: boolean;
  speed: number;
  by: 'story' | 'reader';
}

interface StorySlice {
  story: Story | null;
  /** The speed last chosen, which the next story keeps. */
  storySpeed: number;
  /** Starts the story playing at a shown event's place (the first by default). */
  playStory: (from?: number) => void;
  pauseStory: () => void;
  resumeStory: () => void;
  /** Opens the next (+1) or previous (-1) step, playing or not; says whether there was one. */
  storyStep: (direction: 1 | -1) => boolean;
  setStorySpeed: (speed: number) => void;
  /** Leaves the story; the event it showed stays open. */
  exitStory: () => void;
}

interface ViewSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (timeWindow: TimeWindow) => void;
  /**
   * A zoom asked for from outside the timeline (the `+` and `-` keys): the timeline, which owns
   * the view's gestures, carries it out. `seq` tells two equal requests apart.
   */
  zoomRequest: { direction: 1 | -1; seq: number } | null;
  requestZoom: (direction: 1 | -1) => void;
}

/**
 * Which marker should take the keyboard focus: an event's, or the next selected one's. Markers
 * come and go as the view moves, so the timeline carries a request out once the marker is drawn;
 * `wait: false` asks for one try only, where nothing is bringing the marker into view.
 */
export type FocusRequest = { id: string; wait: boolean } | 'selection';

interface FocusSlice {
  focusRequest: FocusRequest | null;
  requestFocus: (request: FocusRequest) => void;
  clearFocusRequest: () => void;
}

interface NoticeSlice {
  notices: Notice[];
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

/**
 * The store's own memos of derived data (see the selectors below). Kept with the store, not the
 * module, so that two stores read in turn do not evict each other's results: a selector must
 * return the same array until its inputs change, or React re-renders without end.
 */
interface MemoSlice {
  memo: {
    shownEvents: typeof filterEvents;
    topicCounts: typeof countByTopic;
    changes: typeof changesSince;
  };
}

export type TimelineState = DataSlice &
  FilterSlice &
  SelectionSlice &
  ViewSlice &
  FocusSlice &
  NoticeSlice &
  StorySlice &
  MemoSlice;
type Slice<T> = StateCreator<TimelineState, [['zustand/subscribeWithSelector', never]], [], T>;

const dataSlice: Slice<DataSlice> = (set) => ({
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
  replaceStore: (result, origin) =>
    set({
      load: result,
      origin,
      activeTopics: [],
      query: '',
      groupBy: 'none',
      selectedId: null,
      selectedBy: 'open',
      timeWindow: null,
      notices: [],
      story: null,
      since: null,
      lastVisit: null,
      whatsNew: false,
      liveUpdate: null,
      seenChanges: NOTHING_SEEN,
    }),
  updateStore: (result, today = localDay(new Date())) =>
    set((s) => stateAfterUpdate(s, result, today)),
  liveUpdate: null,
  seenChanges: NOTHING_SEEN,
});

const filterSlice: Slice<FilterSlice> = (set) => {
  // The story follows the filters: it pauses on the open event's place among the newly shown
  // events, or ends when they hide it.
  const filter = (patch: (s: TimelineState) => Partial<FilterSlice>) =>
    set((s) => {
      const next = patch(s);
      return { ...next, story: storyAfterChange({ ...s, ...next }, s.selectedId) };
    });
  return {
    activeTopics: [],
    query: '',
    groupBy: 'none',
    setGroupBy: (groupBy) => set({ groupBy }),
    toggleTopic: (id) =>
      filter((s) => ({
        activeTopics: s.activeTopics.includes(id)
          ? s.activeTopics.filter((t) => t !== id)
          : [...s.activeTopics, id],
      })),
    showOnlyTopic: (id) => filter(() => ({ activeTopics: [id] })),
    setQuery: (query) => filter(() => ({ query })),
    clearFilters: () => filter(() => ({ activeTopics: [], query: '', whatsNew: false })),
    since: null,
    lastVisit: null,
    whatsNew: false,
    // Without a day to count from, there is nothing new: the filter goes with the day.
    setSince: (since) =>
      filter((s) => ({ since, whatsNew: s.whatsNew && changesDay({ ...s, since }) !== null })),
    setLastVisit: (lastVisit) =>
      filter((s) => ({
        lastVisit,
        whatsNew: s.whatsNew && changesDay({ ...s, lastVisit }) !== null,
      })),
    toggleWhatsNew: () => filter((s) => ({ whatsNew: !s.whatsNew && changesDay(s) !== null })),
  };
};

const selectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectedId: null,
  selectedBy: 'open',
  // Opening another event by hand pauses a story there (or ends it, for a hidden event or none).
  select: (id, by = 'open') =>
    set((s) => ({ selectedId: id, selectedBy: by, story: storyAfterChange(s, id) })),
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

const viewSlice: Slice<ViewSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) => set({ timeWindow }),
  zoomRequest: null,
  requestZoom: (direction) =>
    set((s) => ({ zoomRequest: { direction, seq: (s.zoomRequest?.seq ?? 0) + 1 } })),
});

const storySlice: Slice<StorySlice> = (set, get) => {
  const update = (patch: Partial<Story>) =>
    set((s) => (s.story ? { story: { ...s.story, ...patch } } : {}));
  return {
    story: null,
    storySpeed: 1,
    playStory: (from = 0) => {
      const state = get();
      const shown = selectShownEvents(state);
      const event = shown[Math.min(Math.max(from, 0), shown.length - 1)];
      if (!event) return;
      set({
        story: {
          step: shown.indexOf(event),
          playing: true,
          speed: state.storySpeed,
          by: 'story',
        },
        selectedId: event.id,
        selectedBy: 'step',
      });
    },
    pauseStory: () => update({ playing: false }),
    resumeStory: () => update({ playing: true }),
    storyStep: (direction) => {
      const state = get();
      if (!state.story) return false;
      const step = state.story.step + direction;
      const event = selectShownEvents(state)[step];
      if (!event) return false;
      set({
        story: { ...state.story, step, by: 'story' },
        selectedId: event.id,
        selectedBy: 'step',
      });
      return true;
    },
    setStorySpeed: (speed) =>
      set((s) => ({ storySpeed: speed, ...(s.story && { story: { ...s.story, speed } }) })),
    exitStory: () => set({ story: null }),
  };
};

const focusSlice: Slice<FocusSlice> = (set) => ({
  focusRequest: null,
  requestFocus: (request) => set({ focusRequest: request }),
  clearFocusRequest: () => set({ focusRequest: null }),
});

const noticeSlice: Slice<NoticeSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

export const createTimelineStore = () =>
  hydratableHook(
    createStore<TimelineState>()(
      subscribeWithSelector((...a) => ({
        ...dataSlice(...a),
        ...filterSlice(...a),
        ...selectionSlice(...a),
        ...viewSlice(...a),
        ...focusSlice(...a),
        ...noticeSlice(...a),
        ...storySlice(...a),
        memo: {
          shownEvents: memoizeLast(filterEvents),
          topicCounts: memoizeLast(countByTopic),
          changes: memoizeLast(changesSince),
        },
      })),
    ),
  );

export const useTimelineStore = createTimelineStore();
export type TimelineStore = typeof useTimelineStore;

/** Resets the shared store between tests. */
export function resetTimelineStore(): void {
  useTimelineStore.setState(useTimelineStore.getInitialState(), true);
}

const EMPTY: TimelineEvent[] = [];
const NO_COUNTS = new Map<string, number>();

export const selectDataset = (s: TimelineState): Dataset | null =>
  s.load.kind === 'ok' ? s.load.dataset : null;

export const selectAllEvents = (s: TimelineState): readonly TimelineEvent[] =>
  selectDataset(s)?.events ?? EMPTY;

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

/** The events new or updated since the day in force; null when there is none. */
export const selectChanges = (s: TimelineState): Changes | null => {
  const day = changesDay(s);
  const dataset = selectDataset(s);
  return day === null || !dataset
    ? null
    : s.memo.changes(dataset.events, dataset, day, s.seenChanges);
};

/** The changes the What's new filter keeps to, while it is on. */
const selectWhatsNewFilter = (s: TimelineState): Changes | null =>
  s.whatsNew ? selectChanges(s) : null;

/** Events passing the filters, in time order; the same array until an input changes. */
export const selectShownEvents = (s: TimelineState): readonly TimelineEvent[] =>
  s.memo.shownEvents(selectAllEvents(s), s.activeTopics, s.query, selectWhatsNewFilter(s));

export const selectTopicCounts = (s: TimelineState): Map<string, number> =>
  s.load.kind === 'ok'
    ? s.memo.topicCounts(s.load.dataset.events, s.query, selectWhatsNewFilter(s))
    : NO_COUNTS;

const eventIndex = memoizeByObject(
  (events: readonly TimelineEvent[]) => new Map(events.map((e) => [e.id, e])),
);
export const selectEventById = (s: TimelineState, id: string | null): TimelineEvent | undefined =>
  id === null ? undefined : eventIndex(selectAllEvents(s)).get(id);

export const selectSelectedEvent = (s: TimelineState): TimelineEvent | undefined =>
  selectEventById(s, s.selectedId);

const shownPositions = memoizeByObject(
  (shown: readonly TimelineEvent[]) => new Map(shown.map((e, i) => [e.id, i])),
);
/** Where each shown event sits in time order: built once per filter change, not per frame. */
export const selectShownPositions = (s: TimelineState): ReadonlyMap<string, number> =>
  shownPositions(selectShownEvents(s));

/**
 * The shown event one step in time from `from`. A selection the filters hide steps to its nearest
 * shown neighbour in time; with no selection, the first key press lands on something in view.
 */
function stepFrom(
  shown: readonly TimelineEvent[],
  positions: ReadonlyMap<string, number>,
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

/**
 * The story after the reader changed the filters or opened an event: paused on that event's
 * place among the shown events, or over when the event is hidden or none is open.
 */
export function storyAfterChange(next: TimelineState, selectedId: string | null): Story | null {
  if (!next.story) return null;
  const step = selectedId === null ? undefined : selectShownPositions(next).get(selectedId);
  return step === undefined ? null : { ...next.story, step, playing: false, by: 'reader' };
}
