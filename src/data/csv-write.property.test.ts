import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeToCsv, type EventJson } from './csv-write.ts';
import { parseCsvText } from './parse-csv.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const yearText = (year: number) => (year < 0 ? '-' : '') + pad(Math.abs(year), 4);

/** A day of the calendar from 9999 BC… to 9999, written as the store writes it. */
const day = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    // Every month has 28 days: the calendar's edges are partial-date.property.test.ts's to try.
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${yearText(year)}-${pad(month, 2)}-${pad(day, 2)}`);
/** Written dates compare as times where their years have the same sign. */
const byTime = (a: string, b: string) => {
  const [ya, yb] = [parseInt(a, 10), parseInt(b, 10)];
  return ya !== yb ? ya - yb : a.replace(/^-?\d+/, '').localeCompare(b.replace(/^-?\d+/, ''));
};

const date = fc.oneof(
  day.map((start) => ({ precision: 'day' as const, start })),
  day.map((start) => ({ precision: 'month' as const, start: start.slice(0, -3) })),
  day.map((start) => ({ precision: 'year' as const, start: start.slice(0, -6) })),
  fc.tuple(day, day).map(([a, b]) => {
    const [start, end] = byTime(a, b) <= 0 ? [a, b] : [b, a];
    return { precision: 'span' as const, start, end };
  }),
);

const store = (dates: EventJson['date'][]) => ({
  title: 'Dates',
  topics: [{ id: 'all', label: 'All', color: '#1d4ed8' }],
  events: dates.map((date, i): EventJson => ({
    id: `e${i}`,
    title: `Event ${i}`,
    date,
    topics: ['all'],
  })),
});

describe('dates through a spreadsheet', () => {
  it('read back from the CSV the store writes as they were written, BC ones too', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 5 }), (dates) => {
        const result = parseCsvText(storeToCsv(store(dates)), 'dates.csv');
        if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
        expect(result.problems).toEqual([]);
        const read = new Map(result.dataset.events.map((e) => [e.id, e.writtenDate]));
        dates.forEach((written, i) => {
          expect(read.get(`e${i}`)).toEqual(written);
        });
      }),
    );
  });

  it('take the precision from how a date is written where the sheet gives none', () => {
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 5 }), (dates) => {
        // Written by hand: no precision column, and a year of BC as it is, with its minus.
        const rows = dates.map(
          ({ start, ...rest }, i) =>
            `e${i},Event ${i},${start},${'end' in rest ? rest.end : ''},all`,
        );
        const csv = ['id,title,start,end,topics', ...rows].join('\n');
        const result = parseCsvText(csv, 'dates.csv');
        if (result.kind !== 'ok') throw new Error(JSON.stringify(result.reason));
        expect(result.problems).toEqual([]);
        const read = new Map(result.dataset.events.map((e) => [e.id, e.writtenDate]));
        dates.forEach((written, i) => {
          expect(read.get(`e${i}`)).toEqual(written);
        });
      }),
    );
  });
});
