import type { LoadResult } from '../data/load-store.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../tests/unit/fixtures.ts';
import { changesDay, resetTimelineStore, selectChanges, useTimelineStore } from './store.ts';
import {
  applyUrlState,
  EVENT_NOT_FOUND,
  fileKeyOfHistoryEntry,
  SINCE_INVALID,
  historyModeFor,
  linkedEventHref,
  type SelectionChange,
  startUrlSync,
  UNKNOWN_OPEN_AT,
  UNKNOWN_TOPICS,
} from './url-sync.ts';
import { parseUrl } from './url.ts';

const get = () => useTimelineStore.getState();
let stop = () => {};

beforeEach(() => {
  resetTimelineStore();
  window.history.replaceState(null, '', '/');
  get().setLoadResult({ kind: 'ok', dataset: seedDataset(), problems: [], skipped: 0 });
});
afterEach(() => stop());

describe('applyUrlState', () => {
  it('restores the event, topics and search', () => {
    applyUrlState(useTimelineStore, parseUrl('?event=crimea&topics=ukraine,nato&q=putin'));
    expect(get()).toMatchObject({
      selectedId: 'crimea',
      activeTopics: ['ukraine', 'nato'],
      query: 'putin',
    });
    expect(get().notices).toEqual([]);
  });

  it('reports an unknown event and selects nothing', () => {
    applyUrlState(useTimelineStore, parseUrl('?event=no-such-thing'));
    expect(get().selectedId).toBeNull();
    expect(get().notices).toEqual([
      { id: EVENT_NOT_FOUND, text: expect.stringMatching(/^Event not found.*“no-such-thing”/) },
    ]);
  });

  it('ignores unknown topics with a notice and keeps the known ones', () => {
    applyUrlState(useTimelineStore, parseUrl('?topics=nato,moon'));
    expect(get().activeTopics).toEqual(['nato']);
    expect(get().notices).toEqual([
      { id: UNKNOWN_TOPICS, text: expect.stringContaining('“moon”') },
    ]);
  });

  it('quotes an enormous or right-to-left value from the link shortened and isolated', () => {
    const long = 'x'.repeat(5000);
    applyUrlState(useTimelineStore, parseUrl(`?event=${long}&topics=moon%E2%80%AE`));
    const texts = get().notices.map((n) => n.text);
    expect(texts).toEqual([
      'Unknown topic “\u2068moon\u202e\u2069” in the link was ignored.',
      `Event not found: the link names “${'x'.repeat(79)}…”, which is not in this timeline.`,
    ]);
  });
});

describe('?since=', () => {
  it('shows the changes since the link’s day, in place of the last visit', () => {
    get().setLastVisit('2019-01-01');
    applyUrlState(useTimelineStore, parseUrl('?since=2020-07-01'));
    expect(get().since).toBe('2020-07-01');
    expect(changesDay(get())).toBe('2020-07-01');
    expect([...(selectChanges(get())?.keys() ?? [])].sort()).toEqual([
      'georgia-statement',
      'russian-bounties',
      'skripal-sanctions',
    ]);
  });

  it('says, quoting it, that a value which is not a day was left out, and goes with a good one', () => {
    applyUrlState(useTimelineStore, parseUrl('?since=2020-02-30'));
    expect(get().since).toBeNull();
    expect(get().notices).toEqual([
      {
        id: SINCE_INVALID,
        text: 'The link asks for changes since “2020-02-30”, which is not a day: write it as YYYY-MM-DD, such as 2020-07-01. It was left out.',
      },
    ]);
    applyUrlState(useTimelineStore, parseUrl('?since=2020-07-01'));
    expect(get().notices).toEqual([]);
  });

  it('is written to the address when the day is set, and left out when it is cleared', () => {
    stop = startUrlSync(useTimelineStore);
    get().setSince('2020-07-01');
    expect(window.location.search).toBe('?since=2020-07-01');
    get().toggleTopic('nato');
    expect(window.location.search).toBe('?topics=nato&since=2020-07-01');
    get().setSince(null);
    expect(window.location.search).toBe('?topics=nato');
  });

  it('is never written for the reader’s own last visit', () => {
    stop = startUrlSync(useTimelineStore);
    get().setLastVisit('2020-07-01');
    get().toggleWhatsNew();
    get().toggleTopic('sanctions');
    expect(get().whatsNew).toBe(true);
    expect(window.location.search).toBe('?topics=sanctions');
  });
});

describe('the "Event not found" notice', () => {
  it('goes once the reader picks an event, or follows a link without one', () => {
    stop = startUrlSync(useTimelineStore);
    applyUrlState(useTimelineStore, parseUrl('?event=no-such-thing'));
    expect(get().notices).toHaveLength(1);
    get().select('crimea');
    expect(get().notices).toEqual([]);
    applyUrlState(useTimelineStore, parseUrl('?event=no-such-thing'));
    applyUrlState(useTimelineStore, parseUrl(''));
    expect(get().notices).toEqual([]);
  });
});

describe('linkedEventHref', () => {
  const view = { origin: { kind: 'default' } as const, topics: [], q: '', group: 'none' as const };
  it.each([
    ['the bundled store', view, '?event=helsinki-2018'],
    [
      'a store a link names, filtered and in bands',
      { origin: { kind: 'link', url: 'data/x.json' }, topics: ['nato'], q: 'a b', group: 'topic' },
      '?data=data%2Fx.json&event=helsinki-2018&topics=nato&q=a+b&group=topic',
    ],
    [
      'a file opened here',
      { ...view, origin: { kind: 'file', name: 'mine.csv', key: 'k' } },
      '?file=mine.csv&event=helsinki-2018',
    ],
  ] as const)('opens the event in the same view of %s', (_, at, href) => {
    expect(linkedEventHref('helsinki-2018', { ...at, topics: [...at.topics] })).toBe(href);
    // What the address bar says once the link is followed reads back as the same view.
    expect(parseUrl(href)).toMatchObject({ event: 'helsinki-2018', group: at.group, q: at.q });
  });
});

describe('historyModeFor', () => {
  it.each<[string, SelectionChange, 'push' | 'replace']>([
    ['opening an event', { from: null, to: 'a', by: 'open', story: false }, 'push'],
    ['opening another event', { from: 'a', to: 'b', by: 'open', story: false }, 'push'],
    ['closing the event', { from: 'a', to: null, by: 'open', story: false }, 'push'],
    ['Next from an open event', { from: 'a', to: 'b', by: 'step', story: false }, 'replace'],
    // With nothing open, a step opens an event: a page of its own, which Back leaves.
    ['a step with nothing open', { from: null, to: 'a', by: 'step', story: false }, 'push'],
    ['a story step', { from: 'a', to: 'b', by: 'step', story: true }, 'replace'],
    ['the story starting', { from: null, to: 'a', by: 'step', story: true }, 'replace'],
    ['an event opened during a story', { from: 'a', to: 'b', by: 'open', story: true }, 'replace'],
    [
      'an event a newer version took out',
      { from: 'a', to: null, by: 'update', story: false },
      'replace',
    ],
  ])('%s: %j → %s', (_, change, mode) => {
    expect(historyModeFor(change)).toBe(mode);
  });
});

describe('startUrlSync', () => {
  it('keeps embed mode in the address and adds no history entry inside an embed', () => {
    window.history.replaceState(null, '', '/?embed=1');
    stop = startUrlSync(useTimelineStore);
    const before = window.history.length;
    get().select('crimea');
    get().toggleTopic('diplomacy');
    expect(window.location.search).toBe('?event=crimea&topics=diplomacy&embed=1');
    expect(window.history.length).toBe(before);
  });

  it('pushes a history entry per selection and replaces it for filters', () => {
    stop = startUrlSync(useTimelineStore);
    const before = window.history.length;
    get().select('crimea');
    expect(window.location.search).toBe('?event=crimea');
    get().select('g7');
    expect(window.history.length).toBe(before + 2);
    get().toggleTopic('diplomacy');
    get().setQuery('G7 summit');
    expect(window.location.search).toBe('?event=g7&topics=diplomacy&q=G7+summit');
    expect(window.history.length).toBe(before + 2);
  });

  it('replaces the entry for Previous / Next, so that Back leaves the chain of steps', async () => {
    stop = startUrlSync(useTimelineStore);
    const before = window.history.length;
    get().select('crimea');
    expect(get().step(1)).toBe(true);
    expect(get().step(1)).toBe(true);
    expect(get().step(-1)).toBe(true);
    expect(window.location.search).not.toBe('?event=crimea');
    expect(window.history.length).toBe(before + 1);
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(get().selectedId).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('applies the URL again on Back', async () => {
    stop = startUrlSync(useTimelineStore);
    get().select('crimea');
    get().select('g7');
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    expect(get().selectedId).toBe('crimea');
    expect(window.location.search).toBe('?event=crimea');
  });

  it('keeps ?data= in every URL it writes', () => {
    window.history.replaceState(null, '', '/?data=data%2Fother.json');
    get().setLoadResult(get().load as LoadResult, { kind: 'link', url: 'data/other.json' });
    stop = startUrlSync(useTimelineStore);
    get().select('crimea');
    expect(window.location.search).toBe('?data=data%2Fother.json&event=crimea');
  });

  it('names an opened file in the URL, in a history entry of its own, with a fresh state', () => {
    stop = startUrlSync(useTimelineStore);
    get().select('crimea');
    const before = window.history.length;
    get().replaceStore(get().load as LoadResult & { kind: 'ok' }, {
      kind: 'file',
      name: 'my events.csv',
      key: 'k1',
    });
    expect(window.location.search).toBe('?file=my%20events.csv');
    expect(window.history.length).toBe(before + 1);
    expect(fileKeyOfHistoryEntry(window.history.state)).toBe('k1');
    get().select('g7');
    expect(window.location.search).toBe('?file=my%20events.csv&event=g7');
    // Every entry of the file's keeps its contents, for Forward to show it again.
    expect(fileKeyOfHistoryEntry(window.history.state)).toBe('k1');
    get().toggleTopic('nato');
    expect(fileKeyOfHistoryEntry(window.history.state)).toBe('k1');
  });

  it('keeps no file in the entries of a store a link names', () => {
    stop = startUrlSync(useTimelineStore);
    get().select('crimea');
    expect(fileKeyOfHistoryEntry(window.history.state)).toBeNull();
    expect(fileKeyOfHistoryEntry({ fileKey: 3 })).toBeNull();
  });
});

describe('opening at the latest', () => {
  const withStart = () =>
    get().setLoadResult({
      kind: 'ok',
      dataset: { ...seedDataset(), start: 'latest' },
      problems: [],
      skipped: 0,
    });

  it('opens the newest event for ?at=latest, or the newest the link’s filters show', () => {
    applyUrlState(useTimelineStore, parseUrl('?at=latest'));
    expect(get().selectedId).toBe('russian-bounties');
    // Two events of October 2019 start together: the last in time order is the newest.
    applyUrlState(useTimelineStore, parseUrl('?at=latest&topics=syria'));
    expect(get()).toMatchObject({ selectedId: 'syria-withdrawal', activeTopics: ['syria'] });
    applyUrlState(useTimelineStore, parseUrl('?at=latest&q=no+such+words'));
    expect(get().selectedId).toBeNull();
  });

  it('opens the newest event where the dataset starts there, unless the link names another', () => {
    withStart();
    applyUrlState(useTimelineStore, parseUrl(''));
    expect(get().selectedId).toBe('russian-bounties');
    applyUrlState(useTimelineStore, parseUrl('?event=crimea'));
    expect(get().selectedId).toBe('crimea');
    applyUrlState(useTimelineStore, parseUrl('?story=1'));
    expect(get().selectedId).not.toBe('russian-bounties');
  });

  it('opens as usual for a place it does not know, and says so', () => {
    applyUrlState(useTimelineStore, parseUrl('?at=first'));
    expect(get().selectedId).toBeNull();
    expect(get().notices).toEqual([
      { id: UNKNOWN_OPEN_AT, text: expect.stringContaining('open at “first”') },
    ]);
    applyUrlState(useTimelineStore, parseUrl('?at=latest'));
    expect(get().notices).toEqual([]);
  });

  it('names the event it opened by its id, in place of ?at=latest, keeping ?live=0', () => {
    window.history.replaceState(null, '', '/?at=latest&live=0');
    const before = window.history.length;
    applyUrlState(useTimelineStore, parseUrl(window.location.search));
    stop = startUrlSync(useTimelineStore, window, { nameOpenEvent: true });
    expect(window.location.search).toBe('?event=russian-bounties&live=0');
    expect(window.history.length).toBe(before);
  });

  it('leaves a plain address as it is where the dataset opens at its newest event', () => {
    withStart();
    applyUrlState(useTimelineStore, parseUrl(''));
    stop = startUrlSync(useTimelineStore);
    expect(window.location.search).toBe('');
    get().select('crimea');
    expect(window.location.search).toBe('?event=crimea');
  });
});

describe('?story=', () => {
  const diplomacy = () =>
    seedDataset()
      .events.filter((e) => e.topics.includes('diplomacy'))
      .map((e) => e.id);

  it('opens the story paused at its step of the filtered events', () => {
    applyUrlState(useTimelineStore, parseUrl('?story=7&topics=diplomacy'));
    expect(get()).toMatchObject({
      activeTopics: ['diplomacy'],
      selectedId: diplomacy()[6],
      story: { step: 6, playing: false },
    });
  });

  it('opens the last step for a step past the end, and no story with nothing shown', () => {
    applyUrlState(useTimelineStore, parseUrl('?story=99&topics=diplomacy'));
    expect(get().story?.step).toBe(10);
    applyUrlState(useTimelineStore, parseUrl('?story=2&q=no+event+says+this'));
    expect(get()).toMatchObject({ story: null, selectedId: null });
  });

  it('round-trips: the address says the step, replaced as the story moves, and ?event= after', () => {
    window.history.replaceState(null, '', '/?story=3&topics=diplomacy');
    applyUrlState(useTimelineStore, parseUrl(window.location.search));
    stop = startUrlSync(useTimelineStore);
    const entries = window.history.length;
    get().storyStep(1);
    expect(window.location.search).toBe('?story=4&topics=diplomacy');
    get().storyStep(1);
    expect(window.location.search).toBe('?story=5&topics=diplomacy');
    expect(window.history.length).toBe(entries);
    expect(parseUrl(window.location.search).story).toBe(5);
    get().exitStory();
    expect(window.location.search).toBe(`?event=${diplomacy()[4]}&topics=diplomacy`);
  });
});
