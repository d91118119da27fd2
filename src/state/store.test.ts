import { beforeEach, describe, expect, it } from 'vitest';
import { makeEvent, seedDataset } from '../../tests/unit/fixtures.ts';
import {
  changesDay,
  createTimelineStore,
  selectChanges,
  selectChangesFrom,
  resetTimelineStore,
  selectEventById,
  selectShownPositions,
  selectShownEvents,
  selectTopicCounts,
  useTimelineStore,
} from './store.ts';

const dataset = seedDataset();
const get = () => useTimelineStore.getState();

beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ kind: 'ok', dataset, problems: [], skipped: 0 });
});

describe('filters', () => {
  it('shows all events until a topic is active, then those with any active topic', () => {
    expect(selectShownEvents(get())).toHaveLength(dataset.events.length);
    get().toggleTopic('nato');
    expect(selectShownEvents(get()).map((e) => e.id)).toEqual(['nato-allies']);
    get().toggleTopic('syria');
    expect(
      selectShownEvents(get())
        .map((e) => e.id)
        .sort(),
    ).toEqual(['isis-talking-points', 'nato-allies', 'syria-withdrawal']);
    get().toggleTopic('nato');
    expect(get().activeTopics).toEqual(['syria']);
    get().clearFilters();
    expect(selectShownEvents(get())).toHaveLength(dataset.events.length);
  });

  it('computes derived data once per change', () => {
    const first = selectShownEvents(get());
    get().setTimeWindow([0, 1]);
    expect(selectShownEvents(get())).toBe(first);
    get().setQuery('sanctions');
    expect(selectShownEvents(get())).not.toBe(first);
    expect(selectTopicCounts(get()).get('sanctions')).toBeGreaterThan(0);
    expect(selectTopicCounts(get()).get('nato') ?? 0).toBe(0);
  });
});

describe('step', () => {
  it('walks the shown events in time and stops at the ends', () => {
    const shown = selectShownEvents(get());
    get().select(shown[0]!.id);
    get().step(-1);
    expect(get().selectedId).toBe(shown[0]!.id);
    get().step(1);
    expect(get().selectedId).toBe(shown[1]!.id);
    get().select(shown.at(-1)!.id);
    get().step(1);
    expect(get().selectedId).toBe(shown.at(-1)!.id);
  });

  it('steps from a selection the filters hide to its neighbours in time', () => {
    get().select('spy-bases'); // May 2017, diplomacy and intelligence
    get().toggleTopic('sanctions');
    get().step(1);
    expect(get().selectedId).toBe('reluctant-sanctions'); // July–August 2017
    get().select('spy-bases');
    get().step(-1);
    expect(get().selectedId).toBe('lifting-sanctions'); // January 2017
  });

  it('skips events the filters hide', () => {
    get().toggleTopic('syria');
    get().toggleTopic('nato');
    get().select('nato-allies');
    get().step(1);
    expect(get().selectedId).toBe('isis-talking-points');
    get().step(1);
    expect(get().selectedId).toBe('syria-withdrawal');
  });

  it('starts from the window when nothing is selected', () => {
    // Three events start in May 2017, in this order; two long ones merely pass through.
    get().setTimeWindow([Date.UTC(2017, 4, 1), Date.UTC(2017, 5, 1)]);
    expect(get().step(1)).toBe(true);
    expect(get().selectedId).toBe('classified-intelligence');
    get().select(null);
    get().step(-1);
    expect(get().selectedId).toBe('spy-bases');
  });

  it('with nothing starting in the window, starts from what passes through it', () => {
    get().setTimeWindow([Date.UTC(2017, 5, 10), Date.UTC(2017, 5, 20)]);
    get().step(1);
    expect(get().selectedId).toBe('praised-putin'); // 2013 to July 2020
    get().select(null);
    get().step(-1);
    expect(get().selectedId).toBe('pro-russian-leaders'); // April 2017 to June 2019
  });
});

describe('two stores', () => {
  const small = {
    ...dataset,
    events: [
      makeEvent('2001-01-01', { id: 'a', topics: ['nato'] }),
      makeEvent('2002-01-01', { id: 'b', topics: ['syria'] }),
    ],
  };
  const createLoaded = (data: typeof dataset) => {
    const store = createTimelineStore();
    store.getState().setLoadResult({ kind: 'ok', dataset: data, problems: [], skipped: 0 });
    return store;
  };

  it('each keep their own derived data while read in turn', () => {
    const seed = createLoaded(dataset);
    const other = createLoaded(small);
    other.getState().toggleTopic('syria');
    const read = (s: ReturnType<typeof seed.getState>) => ({
      shown: selectShownEvents(s),
      counts: selectTopicCounts(s),
      positions: selectShownPositions(s),
    });
    const first = [read(seed.getState()), read(other.getState())] as const;
    for (let i = 0; i < 2; i++) {
      const [a, b] = [read(seed.getState()), read(other.getState())];
      // The same objects, not equal copies: a selector that returns a new array on each call
      // makes React render again and again.
      expect(a.shown).toBe(first[0].shown);
      expect(a.counts).toBe(first[0].counts);
      expect(a.positions).toBe(first[0].positions);
      expect(b.shown).toBe(first[1].shown);
      expect(b.counts).toBe(first[1].counts);
    }
    expect(first[0].shown).toHaveLength(dataset.events.length);
    expect(first[1].shown.map((e) => e.id)).toEqual(['b']);
    expect(first[1].counts.get('nato')).toBe(1);
    expect(first[1].positions.get('b')).toBe(0);
    expect(selectEventById(seed.getState(), 'a')).toBeUndefined();
    expect(selectEventById(other.getState(), 'a')?.date.label).toBe('2001-01-01');
  });

  it('holding the same data, each keep their own filters', () => {
    const nato = createLoaded(dataset);
    const syria = createLoaded(dataset);
    nato.getState().toggleTopic('nato');
    syria.getState().toggleTopic('syria');
    const natoShown = selectShownEvents(nato.getState());
    const syriaShown = selectShownEvents(syria.getState());
    expect(natoShown.map((e) => e.id)).toEqual(['nato-allies']);
    expect(syriaShown.map((e) => e.id).sort()).toEqual(['isis-talking-points', 'syria-withdrawal']);
    expect(selectShownEvents(nato.getState())).toBe(natoShown);
    expect(selectShownEvents(syria.getState())).toBe(syriaShown);
  });
});

describe('what changed since a day', () => {
  const changedIds = () => selectShownEvents(get()).map((e) => e.id);

  it('counts from the last visit, and from a link’s day in its place', () => {
    expect(changesDay(get())).toBeNull();
    get().setLastVisit('2020-07-15');
    expect(changesDay(get())).toBe('2020-07-15');
    expect(selectChangesFrom(get())).toBe('visit');
    get().setSince('2019-11-17');
    expect(selectChangesFrom(get())).toBe('link');
    // Every event without a date of its own was there at the first publication.
    expect(selectChanges(get())?.size).toBe(dataset.events.length);
  });

  it('ignores a last visit for a dataset that dates no change: it would say "nothing new" each time', () => {
    const withoutDates = <T extends { added?: string; updated?: string }>(value: T): T => {
      const rest = { ...value };
      delete rest.added;
      delete rest.updated;
      return rest;
    };
    const undated = { ...withoutDates(dataset), events: dataset.events.map(withoutDates) };
    get().setLoadResult({ kind: 'ok', dataset: undated, problems: [], skipped: 0 });
    get().setLastVisit('2020-07-15');
    expect(changesDay(get())).toBeNull();
    expect(selectChanges(get())).toBeNull();
  });

  it("filters with What's new beside the topics, and Clear filters ends it", () => {
    get().setLastVisit('2020-07-01');
    get().toggleWhatsNew();
    expect(changedIds()).toEqual(['georgia-statement', 'skripal-sanctions', 'russian-bounties']);
    expect(selectTopicCounts(get()).get('sanctions')).toBe(1);
    get().toggleTopic('diplomacy');
    expect(changedIds()).toEqual(['georgia-statement', 'russian-bounties']);
    get().clearFilters();
    expect(get().whatsNew).toBe(false);
    expect(changedIds()).toHaveLength(dataset.events.length);
  });

  it("turns What's new off with the day it counts from, and cannot turn it on without one", () => {
    get().toggleWhatsNew();
    expect(get().whatsNew).toBe(false);
    get().setLastVisit('2020-07-01');
    get().toggleWhatsNew();
    expect(get().whatsNew).toBe(true);
    get().setLastVisit(null);
    expect(get().whatsNew).toBe(false);
    expect(selectShownEvents(get())).toHaveLength(dataset.events.length);
  });
});
