import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { STORY_SPAN, storyWindow } from './story-window.ts';

const DAY = 86_400_000;
const middle = ([a, b]: readonly [number, number]) => (a + b) / 2;

describe('storyWindow', () => {
  it('centres a one-day event in half a year', () => {
    const event = makeEvent('2017-05-10');
    const view = storyWindow(event);
    expect(view[1] - view[0]).toBe(STORY_SPAN);
    expect(middle(view)).toBe(event.date.start + DAY / 2);
  });

  it('keeps a short period in the same half-year window', () => {
    const view = storyWindow(makeEvent('2017-05-01', { end: '2017-06-01' }));
    expect(view[1] - view[0]).toBe(STORY_SPAN);
  });

  it('shows a long period whole, with its edges in sight', () => {
    const event = makeEvent('2016-01-01', { end: '2018-01-01' });
    const [start, end] = storyWindow(event);
    expect(start).toBeLessThan(event.date.start);
    expect(end).toBeGreaterThan(event.date.end);
    expect(end - start).toBeCloseTo((event.date.end - event.date.start) * 1.4);
  });
});
