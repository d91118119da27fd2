import { describe, expect, it } from 'vitest';
import type { ProblemReason } from './problem.ts';
import {
  readChangeDate,
  type ChangeDateProblem,
  readDatasetUpdated,
  readEventChanges,
} from './change-dates.ts';
import { parseDataset } from './schema.ts';

describe('readChangeDate', () => {
  it.each([
    ['2020-07-30', { unit: 'day', year: 2020, month: 7, day: 30 }],
    ['2020-07', { unit: 'month', year: 2020, month: 7 }],
    ['2020', { unit: 'year', year: 2020 }],
    ['2024-02-29', { unit: 'day', year: 2024, month: 2, day: 29 }],
  ])('reads %s', (text, date) => {
    expect(readChangeDate(text)).toEqual({ kind: 'ok', text, date });
  });

  it.each<[unknown, ChangeDateProblem]>([
    ['7/30/2020', { code: 'not-a-change-date', text: '7/30/2020' }],
    ['2020-7-30', { code: 'not-a-change-date', text: '2020-7-30' }],
    ['2020-07-30T10:00', { code: 'not-a-change-date', text: '2020-07-30T10:00' }],
    ['-0043-03-15', { code: 'not-a-change-date', text: '-0043-03-15' }],
    ['', { code: 'not-a-change-date', text: '' }],
    ['2021-02-29', { code: 'change-date-not-a-day', text: '2021-02-29' }],
    ['2020-13', { code: 'change-date-not-a-day', text: '2020-13' }],
    [20200730, { code: 'change-date-not-text', received: '20200730' }],
    [null, { code: 'change-date-not-text', received: 'null' }],
    [['2020'], { code: 'change-date-not-text', received: '["2020"]' }],
  ])('says what is wrong with %j', (value, reason) => {
    expect(readChangeDate(value)).toEqual({ kind: 'failed', reason });
  });
});

describe('readEventChanges', () => {
  it('keeps what reads, as written', () => {
    expect(
      readEventChanges({ added: '2019-11-17', updated: '2020-07', changeNote: 'With the memoir' }),
    ).toEqual({
      changes: { added: '2019-11-17', updated: '2020-07', changeNote: 'With the memoir' },
      problems: [],
    });
    expect(readEventChanges({})).toEqual({ changes: {}, problems: [] });
  });

  it.each<[string, Record<string, unknown>, Record<string, string>, string, ProblemReason]>([
    [
      'a date of another form',
      { added: '17/11/2019', updated: '2020-07-30' },
      { updated: '2020-07-30' },
      'added',
      { code: 'left-out', because: { code: 'not-a-change-date', text: '17/11/2019' } },
    ],
    [
      'a day that does not exist',
      { updated: '2019-02-30' },
      {},
      'updated',
      { code: 'left-out', because: { code: 'change-date-not-a-day', text: '2019-02-30' } },
    ],
    [
      'a note that is not text',
      { added: '2020', changeNote: ['a'] },
      { added: '2020' },
      'changeNote',
      { code: 'left-out', because: { code: 'not-text' } },
    ],
    [
      'an update before the event was added',
      { added: '2020-07-30', updated: '2020-07-29' },
      { added: '2020-07-30' },
      'updated',
      { code: 'updated-before-added', updated: '2020-07-29', added: '2020-07-30' },
    ],
    [
      'an update in a month that ends before the day it was added',
      { added: '2020-08-01', updated: '2020-07' },
      { added: '2020-08-01' },
      'updated',
      { code: 'updated-before-added', updated: '2020-07', added: '2020-08-01' },
    ],
  ])('leaves out %s and names the field', (_, fields, kept, field, reason) => {
    expect(readEventChanges(fields)).toEqual({ changes: kept, problems: [{ field, reason }] });
  });

  it('keeps an update in the month the event was added, which may be later that month', () => {
    expect(readEventChanges({ added: '2020-07-30', updated: '2020-07' }).problems).toEqual([]);
  });
});

describe('readDatasetUpdated', () => {
  it('reads the dataset’s own date of change, or says why it is left out', () => {
    expect(readDatasetUpdated(undefined)).toEqual({ updated: undefined, problem: null });
    expect(readDatasetUpdated('2020-07')).toEqual({ updated: '2020-07', problem: null });
    expect(readDatasetUpdated('July 2020')).toEqual({
      updated: undefined,
      problem: { code: 'left-out', because: { code: 'not-a-change-date', text: 'July 2020' } },
    });
  });
});

describe('parseDataset with dates of change', () => {
  const topics = [{ id: 'nato', label: 'NATO', color: '#1d4ed8' }];
  const date = { precision: 'day', start: '2018-07-16' };
  const store = (events: unknown[], extra: Record<string, unknown> = {}) => ({
    version: 1,
    title: 'T',
    topics,
    events,
    ...extra,
  });

  it('keeps an event’s dates of change and the dataset’s, as written', () => {
    const result = parseDataset(
      store(
        [
          {
            id: 'a',
            title: 'A',
            date,
            topics: ['nato'],
            added: '2020-07',
            updated: '2020-07-30',
            changeNote: 'Updated with the Axios interview',
          },
        ],
        { updated: '2020-07-30' },
      ),
    );
    if (result.kind !== 'ok') throw new Error('the store did not load');
    expect(result.problems).toEqual([]);
    expect(result.dataset.updated).toBe('2020-07-30');
    expect(result.dataset.events[0]).toMatchObject({
      added: '2020-07',
      updated: '2020-07-30',
      changeNote: 'Updated with the Axios interview',
    });
  });

  it('lists a bad date of change by event and field, and still shows the event', () => {
    const result = parseDataset(
      store(
        [
          { id: 'a', title: 'A', date, topics: ['nato'], added: 'last week' },
          { id: 'b', title: 'B', date, topics: ['nato'], updated: '2020-02-30', added: '2020' },
        ],
        { updated: 2020 },
      ),
    );
    if (result.kind !== 'ok') throw new Error('the store did not load');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.skipped).toBe(0);
    expect(result.dataset.events[0]).not.toHaveProperty('added');
    expect(result.dataset.events[1]).toMatchObject({ added: '2020' });
    expect(result.dataset.events[1]).not.toHaveProperty('updated');
    expect(result.dataset).not.toHaveProperty('updated');
    expect(result.problems.map(({ record, field }) => [record, field])).toEqual([
      [{ kind: 'event', number: 1, id: 'a' }, 'added'],
      [{ kind: 'event', number: 2, id: 'b' }, 'updated'],
      [{ kind: 'dataset' }, 'updated'],
    ]);
  });
});
