import { beforeEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import {
  resetTimelineStore,
  selectSelectedEvent,
  selectShownEvents,
  selectTopicCounts,
  useTimelineStore,
} from './store.ts';

const dataset = seedDataset();
const get = () => useTimelineStore.getState();

beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult({ status: 'ready', dataset, problems: [] });
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
    get().setWindow([0, 1]);
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
    const may2017 = Date.UTC(2017, 4, 1);
    get().setWindow([may2017, Date.UTC(2017, 5, 1)]);
    get().step(1);
    expect(selectSelectedEvent(get())?.date.start).toBeGreaterThanOrEqual(Date.UTC(2017, 0, 1));
    expect(selectSelectedEvent(get())?.date.start).toBeLessThan(Date.UTC(2017, 5, 1));
  });
});
