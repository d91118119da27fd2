import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOf,
  formatIsoDate,
  formatPartialDate,
  parsePartialDate,
  startOf,
  type PartialDate,
} from './partial-date.ts';

/** The leap years of the proleptic Gregorian calendar, which has a year 0 (1 BC, a leap year). */
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) =>
  month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 0);

/** Any date of the calendar, BC ones as often as AD ones. */
const anyPartialDate: fc.Arbitrary<PartialDate> = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    unit: fc.constantFrom('year', 'month', 'day'),
  })
  .chain(({ year, month, unit }): fc.Arbitrary<PartialDate> => {
    if (unit === 'year') return fc.constant({ unit, year });
    if (unit === 'month') return fc.constant({ unit, year, month });
    return fc
      .integer({ min: 1, max: daysIn(year, month) })
      .map((day) => ({ unit: 'day', year, month, day }));
  });

/** The date written by hand, as an author would: a minus, then four digits, before 1 BC. */
function written(date: PartialDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const year = (date.year < 0 ? '-' : '') + pad(Math.abs(date.year), 4);
  if (date.unit === 'year') return year;
  if (date.unit === 'month') return `${year}-${pad(date.month, 2)}`;
  return `${year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const DAY = 86_400_000;

describe('partial dates from 9999 BC… to 9999', () => {
  it('read back what formatIsoDate writes, and write what an author writes', () => {
    fc.assert(
      fc.property(anyPartialDate, (date) => {
        expect(formatIsoDate(date)).toBe(written(date));
        expect(parsePartialDate(formatIsoDate(date))).toEqual({ kind: 'ok', date });
      }),
    );
  });

  it('begin before they end, on the calendar day they name', () => {
    fc.assert(
      fc.property(anyPartialDate, (date) => {
        const start = startOf(date);
        const end = endOf(date);
        expect(start).toBeLessThan(end);
        const first = new Date(start);
        expect(first.getUTCFullYear()).toBe(date.year);
        expect(first.getUTCMonth() + 1).toBe(date.unit === 'year' ? 1 : date.month);
        expect(first.getUTCDate()).toBe(date.unit === 'day' ? date.day : 1);
        const days = (end - start) / DAY;
        if (date.unit === 'day') expect(days).toBe(1);
        if (date.unit === 'month') expect(days).toBe(daysIn(date.year, date.month));
        if (date.unit === 'year') expect(days).toBe(isLeap(date.year) ? 366 : 365);
      }),
    );
  });

  it('keep the calendar’s order', () => {
    const key = (d: PartialDate) =>
      d.year * 10_000 + (d.unit === 'year' ? 1 : d.month) * 100 + (d.unit === 'day' ? d.day : 1);
    fc.assert(
      fc.property(anyPartialDate, anyPartialDate, (a, b) => {
        expect(Math.sign(startOf(a) - startOf(b))).toBe(Math.sign(key(a) - key(b)));
      }),
    );
  });

  it('read with the era the year is in, counting no year 0', () => {
    fc.assert(
      fc.property(anyPartialDate, (date) => {
        // The label's year: the whole label for a year, its end for a month or a day.
        const year = /(?:^|, | )(\d+(?: BC| AD)?)$/.exec(formatPartialDate(date))?.[1];
        if (date.year <= 0) expect(year).toBe(`${1 - date.year} BC`);
        else if (date.year < 1000) expect(year).toBe(`${date.year} AD`);
        else expect(year).toBe(String(date.year));
      }),
    );
  });
});
