import { describe, expect, it } from 'vitest';
import {
  changeDatesOf,
  changesSince,
  countChanges,
  hasChangeDates,
  NOTHING_SEEN,
  seenAfterUpdate,
  type ChangeFallbacks,
} from './changes.ts';
import type { TimelineEvent } from '../data/schema.ts';

const published: ChangeFallbacks = {
  source: { publisher: 'P', title: 'T', published: '2019-11-17' },
};
const unsourced: ChangeFallbacks = { source: undefined };

describe('changeDatesOf', () => {
  it.each([
    [
      'both its own',
      { added: '2020-07', updated: '2020-08-02' },
      published,
      '2020-07',
      '2020-08-02',
    ],
    ['added only: updated when added', { added: '2020-07' }, published, '2020-07', '2020-07'],
    ['none: the source’s first publication', {}, published, '2019-11-17', '2019-11-17'],
    [
      'updated only: added at first publication',
      { updated: '2020-01' },
      published,
      '2019-11-17',
      '2020-01',
    ],
    ['none, and no source date: unknown', {}, unsourced, null, null],
    ['updated only, no source date', { updated: '2020-01' }, unsourced, null, '2020-01'],
  ])('%s', (_, event, dataset, added, updated) => {
    expect(changeDatesOf(event, dataset)).toEqual({ added, updated });
  });
});

const event = (id: string, changes: Pick<TimelineEvent, 'added' | 'updated'> = {}) => ({
  id,
  ...changes,
});

describe('changesSince', () => {
  const events = [
    event('original'),
    event('revised', { updated: '2020-07-30' }),
    event('added-in-july', { added: '2020-07' }),
    event('added-and-revised', { added: '2020-07-29', updated: '2020-08-03' }),
    event('added-on-the-day', { added: '2020-07-01' }),
    event('added-the-day-before', { added: '2020-06-30' }),
    event('added-in-2020', { added: '2020' }),
  ];
  const kinds = (day: string, dataset = published) =>
    Object.fromEntries(changesSince(events, dataset, day));

  it('counts what was added or changed on or after the day, a month or year if it reaches it', () => {
    expect(kinds('2020-07-01')).toEqual({
      revised: 'updated',
      'added-in-july': 'new',
      'added-and-revised': 'new',
      'added-on-the-day': 'new',
      'added-in-2020': 'new',
    });
  });

  it('calls an event added earlier and changed since updated', () => {
    expect(kinds('2020-08-01')).toEqual({
      'added-and-revised': 'updated',
      'added-in-2020': 'new',
    });
  });

  it('leaves out changes before the day, and has none after the last', () => {
    expect(kinds('2021-01-01')).toEqual({});
  });

  it('counts an event without dates as added at the source’s first publication', () => {
    expect(kinds('2019-11-17')).toMatchObject({ original: 'new' });
    expect(kinds('2019-11-18')).not.toHaveProperty('original');
    expect(kinds('2019-11-17', unsourced)).not.toHaveProperty('original');
  });

  it('has no changes for a day it cannot read', () => {
    expect(kinds('someday')).toEqual({});
  });

  it('counts what the page saw arrive or change on its day, whatever the event’s dates say', () => {
    const seen = new Map([
      ['original', { kind: 'new' as const, day: '2026-12-06' }],
      ['added-in-july', { kind: 'updated' as const, day: '2026-12-06' }],
    ]);
    expect(Object.fromEntries(changesSince(events, published, '2026-12-01', seen))).toEqual({
      original: 'new',
      'added-in-july': 'updated',
    });
    expect(Object.fromEntries(changesSince(events, published, '2026-12-07', seen))).toEqual({});
  });
});

describe('seenAfterUpdate', () => {
  const diff = (added: string[], changed: string[] = [], removed: string[] = []) => ({
    added,
    changed,
    removed,
  });

  it('marks what an update brought new and what it changed updated, on the day given', () => {
    expect(
      Object.fromEntries(seenAfterUpdate(NOTHING_SEEN, diff(['a'], ['b']), '2026-12-06')),
    ).toEqual({
      a: { kind: 'new', day: '2026-12-06' },
      b: { kind: 'updated', day: '2026-12-06' },
    });
  });

  it('keeps an event seen arriving new when it changes, and forgets one taken out', () => {
    const first = seenAfterUpdate(NOTHING_SEEN, diff(['a', 'b']), '2026-12-06');
    const second = seenAfterUpdate(first, diff([], ['a'], ['b']), '2026-12-07');
    expect(Object.fromEntries(second)).toEqual({ a: { kind: 'new', day: '2026-12-06' } });
  });

  it('is the same map for an update that changed no event', () => {
    expect(seenAfterUpdate(NOTHING_SEEN, diff([]), '2026-12-06')).toBe(NOTHING_SEEN);
  });
});

describe('countChanges', () => {
  it('counts the new and the updated apart', () => {
    const changes = new Map([
      ['a', 'new' as const],
      ['b', 'updated' as const],
      ['c', 'new' as const],
    ]);
    expect(countChanges(changes)).toEqual({ added: 2, updated: 1 });
    expect(countChanges(new Map())).toEqual({ added: 0, updated: 0 });
  });
});

describe('hasChangeDates', () => {
  it('is true when an event or the dataset dates a change, not for the source’s dates alone', () => {
    expect(hasChangeDates({ events: [event('a')] })).toBe(false);
    expect(hasChangeDates({ events: [event('a'), event('b', { updated: '2020' })] })).toBe(true);
    expect(hasChangeDates({ events: [event('a', { added: '2020' })] })).toBe(true);
    expect(hasChangeDates({ events: [], updated: '2020-07' })).toBe(true);
  });
});
