import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { createLabelMetrics } from './label-metrics.ts';
import { layOutLanes, screensWithSameLanes } from './frame-layout.ts';
import { sharedTimeIndex } from './lib/time-index.ts';
import { timeScale } from './lib/time-scale.ts';

// Many events at once, and long titles: the lanes fill up to the screen's share.
const events = Array.from({ length: 120 }, (_, i) =>
  makeEvent(new Date(Date.UTC(2016, 0, 1 + i * 9)).toISOString().slice(0, 10), {
    title: `A long enough title for event number ${i} to need its own lane`,
  }),
);
const index = sharedTimeIndex(events);
const view = [Date.parse('2015-12-01'), Date.parse('2019-03-01')] as const;
const labelMetrics = createLabelMetrics((text) => text.length * 7);

const heightOn = (screenHeight: number, width: number) =>
  layOutLanes(
    {
      index,
      bands: [{ band: { key: 'all', label: null, color: undefined, order: 0, events }, index }],
      width,
      pinned: undefined,
      thumbnailAddress: () => null,
    },
    timeScale(view, width),
    view,
    0,
    { labelMetrics, screenHeight },
  ).height;

describe('screensWithSameLanes', () => {
  it.each([
    [800, 874],
    [1080, 974],
    [812, 349],
    [915, 385],
  ])(
    'gives the lanes of a %i px screen at %i px to every height in its range, and only those',
    (screen, width) => {
      const { min, max } = screensWithSameLanes(screen, width);
      expect(min).toBeLessThanOrEqual(screen);
      expect(max).toBeGreaterThanOrEqual(screen);
      const height = heightOn(screen, width);
      expect(heightOn(min, width)).toBe(height);
      expect(heightOn(max, width)).toBe(height);
      expect(heightOn(max + 1, width)).toBeGreaterThan(height);
      if (min > 0) expect(heightOn(min - 1, width)).toBeLessThan(height);
    },
  );
});
