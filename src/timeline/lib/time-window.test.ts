import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import {
  fitWindow,
  glideWindow,
  MIN_WINDOW,
  paddedExtent,
  reveals,
  shownWindow,
} from './time-window.ts';

const DAY = 86_400_000;
const range = [Date.UTC(2010, 0, 1), Date.UTC(2022, 0, 1)] as const;

describe('fitWindow', () => {
  it('fits the shown events with a margin', () => {
    const shown = [makeEvent('2016-01-01'), makeEvent('2018-01-01')];
    const [start, end] = fitWindow(shown, undefined, range);
    expect(start).toBeLessThan(Date.UTC(2016, 0, 1));
    expect(start).toBeGreaterThan(Date.UTC(2015, 9, 1));
    expect(end).toBeGreaterThan(Date.UTC(2018, 0, 2));
    expect(end).toBeLessThan(Date.UTC(2018, 3, 1));
  });

  it('widens to keep the open event in view', () => {
    const shown = [makeEvent('2016-01-01'), makeEvent('2016-06-01')];
    const open = makeEvent('2019-03-01');
    const [, end] = fitWindow(shown, open, range);
    expect(end).toBeGreaterThan(open.date.end);
  });

  it('is never narrower than the narrowest zoom, nor outside the range', () => {
    const [start, end] = fitWindow([makeEvent('2016-01-01')], undefined, range);
    expect(end - start).toBeGreaterThanOrEqual(MIN_WINDOW);
    const edge = fitWindow([makeEvent('2010-01-01'), makeEvent('2021-12-30')], undefined, range);
    expect(edge).toEqual(range);
  });
});

describe('shownWindow', () => {
  const all = [
    makeEvent('2012-06-01'),
    makeEvent('2016-01-01'),
    makeEvent('2017-05-01'),
    makeEvent('2019-08-01'),
  ];

  it('fits the shown events when the filters hide some', () => {
    const shown = all.slice(1, 3);
    expect(shownWindow(all, shown)).toEqual(fitWindow(shown, undefined, paddedExtent(all)));
    const [start, end] = shownWindow(all, shown);
    expect(start).toBeGreaterThan(Date.UTC(2015, 0, 1));
    expect(end).toBeLessThan(Date.UTC(2018, 0, 1));
  });

  it('keeps every shown event, the open one among them, in view', () => {
    const shown = all.slice(1);
    const [start, end] = shownWindow(all, shown);
    for (const event of shown) expect(reveals([start, end], event)).toBe(true);
  });

  it('shows the whole range when every event is shown, or none', () => {
    expect(shownWindow(all, all)).toEqual(paddedExtent(all));
    expect(shownWindow(all, [])).toEqual(paddedExtent(all));
  });
});

describe('glideWindow', () => {
  const from = [0, 1000 * DAY] as const;
  const to = [400 * DAY, 410 * DAY] as const;
  it('starts at one window and ends at the other', () => {
    expect(glideWindow(from, to, 0)).toEqual(from);
    const [a, b] = glideWindow(from, to, 1);
    expect(a).toBeCloseTo(to[0], -3);
    expect(b).toBeCloseTo(to[1], -3);
  });

  it('changes the span by a steady factor, halfway at the geometric mean', () => {
    const [a, b] = glideWindow(from, to, 0.5);
    expect(b - a).toBeCloseTo(Math.sqrt(1000 * 10) * DAY, -3);
  });

  it('keeps paddedExtent for the full set', () => {
    const events = [makeEvent('2016-01-01'), makeEvent('2018-01-01')];
    expect(fitWindow(events, undefined, [0, Date.UTC(2100, 0, 1)])).toEqual(paddedExtent(events));
  });
});
