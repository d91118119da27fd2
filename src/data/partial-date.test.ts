import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/locale.ts';
import {
  endOf,
  formatIsoDate,
  formatPartialDate,
  parsePartialDate,
  type PartialDateProblem,
  seasonOf,
  startOf,
  utcTime,
  yearLabel,
  yearSpanLabel,
  type PartialDate,
} from './partial-date.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2016', { unit: 'year', year: 2016 }],
    ['2016-03', { unit: 'month', year: 2016, month: 3 }],
    ['2016-03-29', { unit: 'day', year: 2016, month: 3, day: 29 }],
    ['2016-02-29', { unit: 'day', year: 2016, month: 2, day: 29 }],
    // Leap years of the proleptic Gregorian calendar, down to year 0000 (1 BC).
    ['2000-02-29', { unit: 'day', year: 2000, month: 2, day: 29 }],
    ['0000-02-29', { unit: 'day', year: 0, month: 2, day: 29 }],
    ['0004-02-29', { unit: 'day', year: 4, month: 2, day: 29 }],
    ['0000', { unit: 'year', year: 0 }],
    // Before 1 BC, with a minus: -0001 is 2 BC, -0508 is 509 BC.
    ['-0001', { unit: 'year', year: -1 }],
    ['-0508', { unit: 'year', year: -508 }],
    ['-0043-03', { unit: 'month', year: -43, month: 3 }],
    ['-0043-03-15', { unit: 'day', year: -43, month: 3, day: 15 }],
    ['-0004-02-29', { unit: 'day', year: -4, month: 2, day: 29 }],
    ['-9999-01-01', { unit: 'day', year: -9999, month: 1, day: 1 }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ kind: 'ok', date: expected });
  });

  it.each<[string, Partial<PartialDateProblem>]>([
    ['', { code: 'date-not-iso' }],
    ['16', { code: 'date-not-iso' }],
    ['2016-3', { code: 'date-not-iso' }],
    ['2016/03', { code: 'date-not-iso' }],
    ['2016-13', { code: 'date-no-such-month', month: '13' }],
    ['2016-00', { code: 'date-no-such-month', month: '00' }],
    ['2017-02-29', { code: 'date-not-a-day' }],
    ['2016-04-31', { code: 'date-not-a-day' }],
    ['1900-02-29', { code: 'date-not-a-day' }],
    ['0100-02-29', { code: 'date-not-a-day' }],
    ['0001-02-29', { code: 'date-not-a-day' }],
    ['10000', { code: 'date-not-iso' }],
    ['2016-03-29T10:00', { code: 'date-not-iso' }],
    ['-10000', { code: 'date-not-iso' }],
    ['-508', { code: 'date-not-iso' }],
    ['--0508', { code: 'date-not-iso' }],
    ['+0508', { code: 'date-not-iso' }],
    ['0508-', { code: 'date-not-iso' }],
    ['-0000', { code: 'date-year-minus-zero' }],
    ['-0001-02-29', { code: 'date-not-a-day' }],
    ['-0100-02-29', { code: 'date-not-a-day' }],
    ['-0043-13', { code: 'date-no-such-month', month: '13' }],
  ])('rejects %j', (text, reason) => {
    expect(parsePartialDate(text)).toEqual({ kind: 'failed', reason: { text, ...reason } });
  });
});

describe('the interval a partial date stands for', () => {
  it.each([
    ['2016', '2016-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
    ['2016-12', '2016-12-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
    ['2016-02', '2016-02-01T00:00:00.000Z', '2016-03-01T00:00:00.000Z'],
    ['2018-07-16', '2018-07-16T00:00:00.000Z', '2018-07-17T00:00:00.000Z'],
    ['2016-12-31', '2016-12-31T00:00:00.000Z', '2017-01-01T00:00:00.000Z'],
    // Years below 100, which Date.UTC would move to 1900–1999.
    ['0000', '0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
    ['0001-03', '0001-03-01T00:00:00.000Z', '0001-04-01T00:00:00.000Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z', '0100-01-01T00:00:00.000Z'],
    ['0100', '0100-01-01T00:00:00.000Z', '0101-01-01T00:00:00.000Z'],
    ['0000-02-29', '0000-02-29T00:00:00.000Z', '0000-03-01T00:00:00.000Z'],
    ['9999-12-31', '9999-12-31T00:00:00.000Z', '+010000-01-01T00:00:00.000Z'],
    ['9999', '9999-01-01T00:00:00.000Z', '+010000-01-01T00:00:00.000Z'],
    ['-0001', '-000001-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z'],
    ['-0043-03-15', '-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z'],
    ['-0043-12', '-000043-12-01T00:00:00.000Z', '-000042-01-01T00:00:00.000Z'],
    ['-0004-02-29', '-000004-02-29T00:00:00.000Z', '-000004-03-01T00:00:00.000Z'],
    ['-9999', '-009999-01-01T00:00:00.000Z', '-009998-01-01T00:00:00.000Z'],
  ])('%s runs from %s to %s (exclusive)', (text, start, end) => {
    const read = parsePartialDate(text);
    if (read.kind === 'failed') throw new Error(read.reason.code);
    const { date } = read;
    expect(new Date(startOf(date)).toISOString()).toBe(start);
    expect(new Date(endOf(date)).toISOString()).toBe(end);
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2016', '2016'],
    ['2017-05', 'May 2017'],
    ['2018-07-16', 'July 16, 2018'],
    ['1066-10-14', 'October 14, 1066'],
    ['0045-01-05', 'January 5, 45 AD'],
    ['0999-12', 'December 999 AD'],
    ['0001', '1 AD'],
    ['0000', '1 BC'],
    ['0000-02-29', 'February 29, 1 BC'],
    ['-0001', '2 BC'],
    ['-0508', '509 BC'],
    ['-0026-01', 'January 27 BC'],
    ['-0043-03-15', 'March 15, 44 BC'],
    ['-9999-12-31', 'December 31, 10000 BC'],
  ])('%s reads as %s', (text, label) => {
    const read = parsePartialDate(text);
    if (read.kind === 'failed') throw new Error(read.reason.code);
    const { date } = read;
    expect(formatPartialDate(date)).toBe(label);
  });
});

describe('formatIsoDate', () => {
  it.each<[PartialDate, string]>([
    [{ unit: 'year', year: 2016 }, '2016'],
    [{ unit: 'month', year: 45, month: 1 }, '0045-01'],
    [{ unit: 'day', year: 0, month: 2, day: 29 }, '0000-02-29'],
    [{ unit: 'year', year: -508 }, '-0508'],
    [{ unit: 'day', year: -43, month: 3, day: 15 }, '-0043-03-15'],
    [{ unit: 'month', year: -9999, month: 12 }, '-9999-12'],
  ])('%j is written %s', (date, text) => {
    expect(formatIsoDate(date)).toBe(text);
    expect(parsePartialDate(text)).toEqual({ kind: 'ok', date });
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

describe('utcTime', () => {
  it('counts every year as written, not years 0–99 as 1900–1999 as Date.UTC does', () => {
    for (const year of [-9999, -508, -43, -1, 0, 1, 45, 99, 100, 999, 1000, 1970, 2024, 9999]) {
      expect(new Date(utcTime(year, 0, 1)).getUTCFullYear()).toBe(year);
    }
    expect(utcTime(2016, 2, 29)).toBe(Date.UTC(2016, 2, 29));
  });

  it('rolls a day past the month over, as Date.UTC does', () => {
    expect(new Date(utcTime(0, 1, 30)).toISOString()).toBe('0000-03-01T00:00:00.000Z');
  });
});

describe('yearLabel and yearSpanLabel', () => {
  it.each([
    [2016, '2016'],
    [1000, '1000'],
    [999, '999 AD'],
    [1, '1 AD'],
    [0, '1 BC'],
    [-1, '2 BC'],
    [-43, '44 BC'],
    [-508, '509 BC'],
    [-9999, '10000 BC'],
  ])('year %i is %s', (year, label) => {
    expect(yearLabel(year)).toBe(label);
  });

  it.each([
    [2016, 2018, '2016–2018'],
    [40, 60, '40–60 AD'],
    [998, 1001, '998–1001 AD'],
    [-4, -1, '5–2 BC'],
    [-4, 10, '5 BC–10 AD'],
    [-508, -26, '509–27 BC'],
    [0, 1, '1 BC–1 AD'],
    [-43, 2016, '44 BC–2016 AD'],
  ])('%i to %i is %s', (from, to, label) => {
    expect(yearSpanLabel(from, to)).toBe(label);
  });
});

describe('dates the app writes, in Spanish', () => {
  afterEach(() => setLocale('en'));

  it.each<[PartialDate, string]>([
    [{ unit: 'year', year: 2016 }, '2016'],
    [{ unit: 'month', year: 2016, month: 3 }, 'marzo de 2016'],
    [{ unit: 'day', year: 2016, month: 3, day: 29 }, '29 de marzo de 2016'],
    [{ unit: 'year', year: 45 }, '45 d. C.'],
    [{ unit: 'year', year: 0 }, '1 a. C.'],
    [{ unit: 'year', year: -508 }, '509 a. C.'],
    [{ unit: 'month', year: -26, month: 1 }, 'enero de 27 a. C.'],
    [{ unit: 'day', year: -43, month: 3, day: 15 }, '15 de marzo de 44 a. C.'],
  ])('%j → %s', (date, expected) => {
    setLocale('es');
    expect(formatPartialDate(date)).toBe(expected);
  });

  it('keeps English labels apart from Spanish ones', () => {
    const date: PartialDate = { unit: 'month', year: 2016, month: 3 };
    setLocale('es');
    expect(formatPartialDate(date)).toBe('marzo de 2016');
    setLocale('en');
    expect(formatPartialDate(date)).toBe('March 2016');
  });

  it('writes spans of years with one era', () => {
    setLocale('es');
    expect(yearSpanLabel(40, 60)).toBe('40–60 d. C.');
    expect(yearSpanLabel(-4, 10)).toBe('5 a. C.–10 d. C.');
    expect(yearSpanLabel(-508, -26)).toBe('509–27 a. C.');
    expect(yearSpanLabel(-43, 2016)).toBe('44 a. C.–2016 d. C.');
  });
});
