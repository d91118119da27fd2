import { beforeEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import type { Dataset, TimelineEvent } from '../data/schema.ts';
import {
  changesDay,
  resetTimelineStore,
  selectChanges,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { OPEN_EVENT_REMOVED } from './live-slice.ts';

const seed = seedDataset();
const get = () => useTimelineStore.getState();
const ready = (dataset: Dataset) => ({
  kind: 'ok' as const,
  dataset,
  problems: [],
  skipped: 0,
});
const byId = (id: string): TimelineEvent => {
  const event = seed.events.find((e) => e.id === id);
  if (!event) throw new Error(`no ${id} in the seed`);
  return event;
};

/** A later version of the seed: some events out, some new, some rewritten. */
function version({
  without = [] as string[],
  added = [] as TimelineEvent[],
  retitled = {} as Record<string, string>,
  topics = seed.topics,
} = {}): Dataset {
  const events = seed.events
    .filter((event) => !without.includes(event.id))
    .map((event) => {
      const title = retitled[event.id];
      return title === undefined ? event : { ...event, title };
    });
  return {
    ...seed,
    topics,
    events: [...events, ...added].sort((a, b) => a.date.start - b.date.start),
  };
}

const newEvent = (id: string, from: string): TimelineEvent => ({ ...byId(from), id, title: id });

beforeEach(() => {
  resetTimelineStore();
  get().setLoadResult(ready(seed));
});

describe('updateStore', () => {
  it('keeps the window, filters, group and open event, and counts what changed', () => {
    get().setTimeWindow([Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)]);
    get().toggleTopic('diplomacy');
    get().setGroupBy('topic');
    get().select('g7');
    get().updateStore(
      ready(
        version({
          without: ['crimea'],
          added: [newEvent('new-one', 'g7'), newEvent('new-two', 'russian-bounties')],
          retitled: { g7: 'The G7, retitled' },
        }),
      ),
    );
    expect(get()).toMatchObject({
      timeWindow: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
      activeTopics: ['diplomacy'],
      groupBy: 'topic',
      selectedId: 'g7',
      liveUpdate: { added: 2, changed: 1, removed: 1, seq: 1 },
      notices: [],
    });
    expect(selectShownEvents(get()).map((e) => e.id)).toContain('new-one');
  });

  it('changes nothing for a version with the same content', () => {
    const before = get().load;
    get().updateStore(ready(structuredClone(seed)));
    expect(get().load).toBe(before);
    expect(get().liveUpdate).toBeNull();
  });

  it('shows a version whose events are the same but whose dataset changed, announcing nothing', () => {
    get().updateStore(ready({ ...seed, title: 'A new headline' }));
    expect(get().load).toMatchObject({ dataset: { title: 'A new headline' } });
    expect(get().liveUpdate).toBeNull();
  });

  it('closes an open event the new version took out, saying which, and keeps the view', () => {
    get().setTimeWindow([Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)]);
    get().select('crimea');
    get().updateStore(ready(version({ without: ['crimea'] })));
    expect(get()).toMatchObject({
      selectedId: null,
      selectedBy: 'update',
      timeWindow: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
      liveUpdate: { added: 0, changed: 0, removed: 1 },
    });
    expect(get().notices).toEqual([
      {
        id: OPEN_EVENT_REMOVED,
        text: `The event you had open, “${byId('crimea').title}”, has been taken out of this timeline by its editors.`,
      },
    ]);
  });

  it('keeps the story on its event, at the event’s new place, still playing', () => {
    get().toggleTopic('diplomacy');
    get().playStory(3);
    const open = get().selectedId;
    const first = selectShownEvents(get())[0];
    if (!first || !open) throw new Error('the story has no step');
    get().updateStore(ready(version({ added: [newEvent('earliest', first.id)] })));
    expect(get().selectedId).toBe(open);
    expect(get().story).toMatchObject({ step: 4, playing: true });
  });

  it('ends the story whose event was taken out', () => {
    get().playStory(3);
    const open = get().selectedId ?? '';
    get().updateStore(ready(version({ without: [open] })));
    expect(get().story).toBeNull();
  });

  it('drops a filter on a topic the new version no longer has', () => {
    get().toggleTopic('diplomacy');
    get().toggleTopic('syria');
    const topics = seed.topics.filter((topic) => topic.id !== 'syria');
    const events = seed.events
      .filter((event) => !event.topics.includes('syria'))
      .map((event) => event);
    get().updateStore(ready({ ...seed, topics, events }));
    expect(get().activeTopics).toEqual(['diplomacy']);
  });

  it('tells two alike updates apart', () => {
    get().updateStore(ready(version({ added: [newEvent('one', 'g7')] })));
    get().updateStore(ready(version({ added: [newEvent('two', 'g7')] })));
    expect(get().liveUpdate).toMatchObject({ added: 1, removed: 1, seq: 2 });
  });
});

describe("updateStore with What's new on", () => {
  it('shows the new version’s new events among the changes, the story on its event', () => {
    get().setLastVisit('2020-07-01');
    get().toggleWhatsNew();
    get().select('russian-bounties');
    get().playStory(2);
    expect(get().story?.step).toBe(2);
    // A later update adds an episode on August 1, 2020, before the bounties in the order shown.
    const later: TimelineEvent = {
      ...byId('skripal-sanctions'),
      id: 'later-episode',
      title: 'A later episode',
      added: '2020-08-01',
    };
    get().updateStore(ready(version({ added: [later] })));
    expect(selectShownEvents(get()).map((e) => e.id)).toEqual([
      'georgia-statement',
      'skripal-sanctions',
      'later-episode',
      'russian-bounties',
    ]);
    expect(get().selectedId).toBe('russian-bounties');
    expect(get().story?.step).toBe(3);
  });
});

describe('updateStore for a returning reader', () => {
  /** An event the update brings that says nothing of when it was added: a copy of the G7's. */
  const undated = (id: string) => newEvent(id, 'g7');

  it('counts what an update brings as new, and what it changes as updated, dated or not', () => {
    get().setLastVisit('2026-12-01');
    expect(selectChanges(get())?.size).toBe(0);
    get().updateStore(
      ready(version({ added: [undated('arrived')], retitled: { crimea: 'Crimea, retitled' } })),
      '2026-12-06',
    );
    expect(Object.fromEntries(selectChanges(get()) ?? [])).toEqual({
      arrived: 'new',
      crimea: 'updated',
    });
  });

  it('keeps an event new when a later update changes it, and forgets one taken out', () => {
    get().setLastVisit('2026-12-01');
    get().updateStore(
      ready(version({ added: [undated('arrived'), undated('brief')] })),
      '2026-12-06',
    );
    get().updateStore(
      ready(version({ added: [{ ...undated('arrived'), title: 'Arrived, rewritten' }] })),
      '2026-12-06',
    );
    expect(Object.fromEntries(selectChanges(get()) ?? [])).toEqual({ arrived: 'new' });
  });

  it('has news for a returning reader once a store that dates no changes updates', () => {
    const undatedSeed: Dataset = {
      ...seed,
      events: seed.events.map((event) => {
        const copy = { ...event };
        delete copy.added;
        delete copy.updated;
        return copy;
      }),
    };
    delete undatedSeed.updated;
    get().replaceStore(ready(undatedSeed), { kind: 'default' });
    get().setLastVisit('2026-12-01');
    expect(changesDay(get())).toBeNull();
    get().updateStore(
      ready({ ...undatedSeed, events: [...undatedSeed.events, undated('arrived')] }),
      '2026-12-06',
    );
    expect(changesDay(get())).toBe('2026-12-01');
    expect(Object.fromEntries(selectChanges(get()) ?? [])).toEqual({ arrived: 'new' });
  });

  it('shows nothing on a first visit, nor for a link’s day after the update', () => {
    get().updateStore(ready(version({ added: [undated('arrived')] })), '2026-12-06');
    expect(selectChanges(get())).toBeNull();
    get().setSince('2026-12-07');
    expect(selectChanges(get())?.has('arrived')).toBe(false);
  });
});
