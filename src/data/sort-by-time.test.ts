import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByTime, sortByTime } from './sort-by-time.ts';
import type { TimelineEvent } from './schema.ts';

const DAY = 86_400_000;

const eventAt = (id: string, start: number, end: number) =>
  ({ id, date: { start, end } }) as TimelineEvent;

/** Events on few days (many ties), or anywhere in a long range (the comparison sort). */
const events = (span: number) =>
  fc
    .array(fc.tuple(fc.integer({ min: -span, max: span }), fc.integer({ min: 1, max: 3 })), {
      maxLength: 300,
    })
    .map((times) =>
      times.map(([start, length], i) =>
        eventAt(`e-${(i * 7919) % 1000}-${i}`, start, start + length * DAY),
      ),
    );

describe('sortByTime', () => {
  it.each([
    ['a few crowded days', 5 * DAY],
    ['times that are not midnights', 3 * DAY + 12345],
    ['a range too long to count by day', 1e15],
  ])('orders %s as the comparison does', (_, span) => {
    fc.assert(
      fc.property(events(span), (list) => {
        const expected = [...list].sort(compareByTime).map((e) => e.id);
        expect(sortByTime([...list]).map((e) => e.id)).toEqual(expected);
      }),
    );
  });
});
