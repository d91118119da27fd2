import { describe, expect, it } from 'vitest';
import { endOf, formatPartialDate, parsePartialDate, seasonOf, startOf } from './partial-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2016', { unit: 'year', year: 2016 }],
    ['2016-03', { unit: 'month', year: 2016, month: 3 }],
    ['2016-03-29', { unit: 'day', year: 2016, month: 3, day: 29 }],
    ['2016-02-29', { unit: 'day', year: 2016, month: 2, day: 29 }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    ['', 'is not a date'],
    ['16', 'is not a date'],
    ['2016-3', 'is not a date'],
    ['2016/03', 'is not a date'],
    ['2016-13', 'has no month 13'],
    ['2016-00', 'has no month 00'],
    ['2017-02-29', 'is not a day of the calendar'],
    ['2016-04-31', 'is not a day of the calendar'],
    ['2016-03-29T10:00', 'is not a date'],
  ])('rejects %j', (text, message) => {
    const result = parsePartialDate(text);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(message);
  });
});

describe('the interval a partial date stands for', () => {
  it.each([
    ['2016', '2016-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
    ['2016-12', '2016-12-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
    ['2016-02', '2016-02-01T00:00:00.000Z', '2016-03-01T00:00:00.000Z'],
    ['2018-07-16', '2018-07-16T00:00:00.000Z', '2018-07-17T00:00:00.000Z'],
    ['2016-12-31', '2016-12-31T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
  ])('%s runs from %s to %s (exclusive)', (text, start, end) => {
    const date = parsePartialDate(text);
    if ('error' in date) throw new Error(date.error);
    expect(new Date(startOf(date)).toISOString()).toBe(start);
    expect(new Date(endOf(date)).toISOString()).toBe(end);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2016', '2016'],
    ['2017-05', 'May 2017'],
    ['2018-07-16', 'July 16, 2018'],
  ])('%s reads as %s', (text, label) => {
    const date = parsePartialDate(text);
    if ('error' in date) throw new Error(date.error);
    expect(formatPartialDate(date)).toBe(label);
  });
});

describe('seasonOf', () => {
  it.each([
    [1, 'Winter'],
    [3, 'Spring'],
    [5, 'Spring'],
    [6, 'Summer'],
    [9, 'Fall'],
    [12, 'Winter'],
  ])('month %i is %s', (month, season) => {
    expect(seasonOf(month)).toBe(season);
  });
});
