import { describe, expect, it } from 'vitest';
import { resolveDate, type EventDateInput } from './event-date.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('resolveDate', () => {
  it.each<[EventDateInput, string, string, string, string]>([
    [
      { precision: 'day', start: '2018-07-16' },
      'exact',
      '2018-07-16',
      '2018-07-17',
      'July 16, 2018',
    ],
    [{ precision: 'month', start: '2017-05' }, 'fuzzy', '2017-05-01', '2017-06-01', 'May 2017'],
    [{ precision: 'year', start: '2016' }, 'fuzzy', '2016-01-01', '2017-01-01', '2016'],
    [
      { precision: 'season', start: '2016-03', end: '2016-05' },
      'fuzzy',
      '2016-03-01',
      '2016-06-01',
      'Spring 2016',
    ],
    [
      { precision: 'season', start: '2018-12', end: '2019-02' },
      'fuzzy',
      '2018-12-01',
      '2019-03-01',
      'Winter 2018–19',
    ],
    [
      { precision: 'span', start: '2016-06', end: '2016-11' },
      'span',
      '2016-06-01',
      '2016-12-01',
      'June 2016 – November 2016',
    ],
    [
      { precision: 'span', start: '2015', end: '2017-02', label: '2015 – February 2017' },
      'span',
      '2015-01-01',
      '2017-03-01',
      '2015 – February 2017',
    ],
  ])('%j is %s from %s to %s, labelled %s', (input, kind, start, end, label) => {
    const date = resolveDate(input);
    if ('errors' in date) throw new Error(JSON.stringify(date.errors));
    expect(date.kind).toBe(kind);
    expect(iso(date.start)).toBe(start);
    expect(iso(date.end)).toBe(end);
    expect(date.label).toBe(label);
  });

  it.each<[EventDateInput, string, RegExp]>([
    [{ precision: 'day', start: '2017-05' }, 'date.start', /needs a start of the form YYYY-MM-DD/],
    [{ precision: 'month', start: '2017' }, 'date.start', /YYYY-MM/],
    [{ precision: 'month', start: '2017-05', end: '2017-06' }, 'date.end', /takes no end/],
    [{ precision: 'year', start: '2017-01-01' }, 'date.start', /YYYY,/],
    [{ precision: 'season', start: '2016-03' }, 'date.end', /needs a start and an end/],
    [{ precision: 'season', start: '2016-03', end: '2016-08' }, 'date.end', /two months/],
    [{ precision: 'span', start: '2016' }, 'date.end', /needs an end/],
    [{ precision: 'span', start: '2017', end: '2016-12' }, 'date.end', /before/],
    [{ precision: 'day', start: '2017-02-30' }, 'date.start', /not a day of the calendar/],
  ])('rejects %j at %s', (input, field, message) => {
    const date = resolveDate(input);
    expect(date).toHaveProperty('errors');
    const [error] = (date as { errors: { field: string; message: string }[] }).errors;
    expect(error?.field).toBe(field);
    expect(error?.message).toMatch(message);
  });
});
