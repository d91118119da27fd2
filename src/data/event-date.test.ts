import { describe, expect, it } from 'vitest';
import type { ProblemReason } from './problem.ts';
import { memoResolveDate, resolveDate, type EventDateInput } from './event-date.ts';

// The date part of the ISO string; years past 9999 are written with a sign and six digits.
const iso = (ms: number) => new Date(ms).toISOString().replace(/T.*/, '');

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
    [
      { precision: 'day', start: '0099-12-31' },
      'exact',
      '0099-12-31',
      '0100-01-01',
      'December 31, 99 AD',
    ],
    [{ precision: 'month', start: '0001-03' }, 'fuzzy', '0001-03-01', '0001-04-01', 'March 1 AD'],
    [{ precision: 'year', start: '0000' }, 'fuzzy', '0000-01-01', '0001-01-01', '1 BC'],
    [{ precision: 'year', start: '0100' }, 'fuzzy', '0100-01-01', '0101-01-01', '100 AD'],
    [
      { precision: 'day', start: '0000-02-29' },
      'exact',
      '0000-02-29',
      '0000-03-01',
      'February 29, 1 BC',
    ],
    [
      { precision: 'day', start: '2000-02-29' },
      'exact',
      '2000-02-29',
      '2000-03-01',
      'February 29, 2000',
    ],
    [
      { precision: 'day', start: '9999-12-31' },
      'exact',
      '9999-12-31',
      '+010000-01-01',
      'December 31, 9999',
    ],
    [
      { precision: 'season', start: '0099-12', end: '0100-02' },
      'fuzzy',
      '0099-12-01',
      '0100-03-01',
      'Winter 99–100 AD',
    ],
    [
      { precision: 'season', start: '1999-12', end: '2000-02' },
      'fuzzy',
      '1999-12-01',
      '2000-03-01',
      'Winter 1999–2000',
    ],
    [
      { precision: 'span', start: '0040', end: '0060-06' },
      'span',
      '0040-01-01',
      '0060-07-01',
      '40 AD – June 60 AD',
    ],
    // Before 1 BC: ISO 8601 writes 44 BC as -0043, and toISOString as -000043.
    [
      { precision: 'day', start: '-0043-03-15' },
      'exact',
      '-000043-03-15',
      '-000043-03-16',
      'March 15, 44 BC',
    ],
    [{ precision: 'year', start: '-0508' }, 'fuzzy', '-000508-01-01', '-000507-01-01', '509 BC'],
    [
      { precision: 'season', start: '-0043-12', end: '-0042-02' },
      'fuzzy',
      '-000043-12-01',
      '-000042-03-01',
      'Winter 44–43 BC',
    ],
    [
      { precision: 'season', start: '0000-12', end: '0001-02' },
      'fuzzy',
      '0000-12-01',
      '0001-03-01',
      'Winter 1 BC–1 AD',
    ],
    [
      { precision: 'span', start: '-0508', end: '-0026' },
      'span',
      '-000508-01-01',
      '-000025-01-01',
      '509 BC – 27 BC',
    ],
    [
      { precision: 'span', start: '-0026-01-16', end: '0014-08-19' },
      'span',
      '-000026-01-16',
      '0014-08-20',
      'January 16, 27 BC – August 19, 14 AD',
    ],
  ])('%j is %s from %s to %s, labelled %s', (input, kind, start, end, label) => {
    const resolved = resolveDate(input);
    if (resolved.kind === 'failed') throw new Error(JSON.stringify(resolved.reason));
    const { date } = resolved;
    expect(date.kind).toBe(kind);
    expect(iso(date.start)).toBe(start);
    expect(iso(date.end)).toBe(end);
    expect(date.label).toBe(label);
  });

  it.each<[EventDateInput, string, ProblemReason]>([
    [
      { precision: 'day', start: '2017-05' },
      'date.start',
      { code: 'precision-needs-start', precision: 'day', unit: 'day', start: '2017-05' },
    ],
    [
      { precision: 'month', start: '2017' },
      'date.start',
      { code: 'precision-needs-start', precision: 'month', unit: 'month', start: '2017' },
    ],
    [
      { precision: 'month', start: '2017-05', end: '2017-06' },
      'date.end',
      { code: 'precision-takes-no-end', precision: 'month' },
    ],
    [
      { precision: 'year', start: '2017-01-01' },
      'date.start',
      { code: 'precision-needs-start', precision: 'year', unit: 'year', start: '2017-01-01' },
    ],
    [{ precision: 'season', start: '2016-03' }, 'date.end', { code: 'season-needs-months' }],
    [
      { precision: 'season', start: '2016-03', end: '2016' },
      'date.start',
      { code: 'season-needs-months' },
    ],
    [
      { precision: 'season', start: '2016-03', end: '2016-08' },
      'date.end',
      { code: 'season-two-months' },
    ],
    [{ precision: 'span', start: '2016' }, 'date.end', { code: 'span-needs-end' }],
    [
      { precision: 'span', start: '2017', end: '2016-12' },
      'date.end',
      { code: 'span-ends-before', start: '2017', end: '2016-12' },
    ],
    [
      { precision: 'day', start: '2017-02-30' },
      'date.start',
      { code: 'date-not-a-day', text: '2017-02-30' },
    ],
    [
      { precision: 'day', start: '1900-02-29' },
      'date.start',
      { code: 'date-not-a-day', text: '1900-02-29' },
    ],
    [
      { precision: 'year', start: '-0043-03' },
      'date.start',
      { code: 'precision-needs-start', precision: 'year', unit: 'year', start: '-0043-03' },
    ],
    [
      { precision: 'span', start: '-0026', end: '-0043' },
      'date.end',
      { code: 'span-ends-before', start: '-0026', end: '-0043' },
    ],
    [
      { precision: 'year', start: '-0000' },
      'date.start',
      { code: 'date-year-minus-zero', text: '-0000' },
    ],
    [
      { precision: 'span', start: '2016', end: '2016-13' },
      'date.end',
      { code: 'date-no-such-month', text: '2016-13', month: '13' },
    ],
  ])('rejects %j at %s', (input, field, reason) => {
    expect(resolveDate(input)).toEqual({ kind: 'failed', reason: [{ field, reason }] });
  });
});

describe('memoResolveDate', () => {
  const inputs: EventDateInput[] = [
    { precision: 'day', start: '2018-07-16' },
    { precision: 'day', start: '2018-07-16', end: '2018-07-20' },
    { precision: 'month', start: '2018-07' },
    { precision: 'year', start: '2018' },
    { precision: 'span', start: '2018', end: '2019' },
    { precision: 'span', start: '2018', end: '2019', label: 'Two years' },
    { precision: 'season', start: '2016-03', end: '2016-05' },
    { precision: 'day', start: '2017-02-30' },
    { precision: 'day', start: '2018' },
    { precision: 'year', start: '2018-07-16' },
  ];

  it('gives what resolveDate gives, however often a date is asked for and in any order', () => {
    const resolve = memoResolveDate();
    for (const input of [...inputs, ...inputs.slice().reverse(), ...inputs]) {
      expect(resolve({ ...input })).toStrictEqual(resolveDate(input));
    }
  });

  it("shares one frozen date between events on the same day, and keeps authors' labels", () => {
    const resolve = memoResolveDate();
    const first = resolve({ precision: 'day', start: '2018-07-16' });
    expect(resolve({ precision: 'day', start: '2018-07-16' })).toBe(first);
    expect(first.kind === 'ok' && Object.isFrozen(first.date)).toBe(true);
    const labelled = resolve({ precision: 'day', start: '2018-07-16', label: 'Helsinki' });
    expect(labelled).toMatchObject({ kind: 'ok', date: { label: 'Helsinki' } });
  });
});
