import { describe, expect, it } from 'vitest';
import { resolveDate, type EventDateInput } from '../../src/data/event-date.ts';
import { MARKERS_PAINTED as APP_MARK } from '../../src/timeline/lib/constants.ts';
import { makeDataset } from '../../scripts/lib/generated-store.ts';
import bundled from '../../public/data/trump-russia.json' with { type: 'json' };
import { escapeHtml, partialParts, resolveInterval } from './event-store.js';
import { MARKERS_PAINTED } from './first-paint.js';

/** The app's interval for a date, or null where the app rejects it. */
function appInterval(date: EventDateInput) {
  const resolved = resolveDate(date);
  return resolved.kind === 'ok' ? { start: resolved.date.start, end: resolved.date.end } : null;
}

describe('the peer pages’ reading of dates', () => {
  const stored: EventDateInput[] = [
    ...bundled.events.map((e) => e.date as EventDateInput),
    ...makeDataset(3000, 11).events.map((e) => e.date),
  ];

  it('resolves every date of the bundled and generated stores as the app does', () => {
    for (const date of stored) expect(resolveInterval(date)).toEqual(appInterval(date));
  });

  it.each<EventDateInput>([
    { precision: 'day', start: '2016-02-29' },
    { precision: 'month', start: '2016-12' },
    { precision: 'year', start: '1999' },
    { precision: 'season', start: '2018-12', end: '2019-02' },
    { precision: 'span', start: '2016-03-05', end: '2019' },
  ])('reads %j as the app does', (date) => {
    expect(resolveInterval(date)).toEqual(appInterval(date));
  });

  it.each<EventDateInput>([
    { precision: 'span', start: '2019', end: '2016' },
    { precision: 'day', start: 'March 2016' },
  ])('cannot draw %j, which the app rejects too', (date) => {
    expect(resolveInterval(date)).toBeNull();
    expect(appInterval(date)).toBeNull();
  });

  it.each([
    ['2016', { year: 2016 }],
    ['2016-03', { year: 2016, month: 3 }],
    ['2016-03-29', { year: 2016, month: 3, day: 29 }],
    ['16-03', null],
  ])('splits %s into %j for TimelineJS', (text, parts) => {
    expect(partialParts(text)).toEqual(parts);
  });

  it('keeps text from the data out of markup', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co',
    );
  });

  it('leave the same first-paint mark as the app', () => {
    expect(MARKERS_PAINTED).toBe(APP_MARK);
  });
});
