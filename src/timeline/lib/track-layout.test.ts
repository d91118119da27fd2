import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import type { TimelineEvent } from '../../data/schema.ts';
import type { Band } from './bands.ts';
import { measureLabel } from './label-fit.ts';
import { layoutEvents, type PlacedEvent } from './layout.ts';
import { LANE_HEIGHT, laneTop } from './marker-geometry.ts';
import { buildTimeIndex } from './time-index.ts';
import { timeScale } from './time-scale.ts';
import { BAND_HEADING, layoutTrack, type TrackOptions } from './track-layout.ts';

const metricsOf = (event: TimelineEvent) => measureLabel(event.title, (t) => t.length * 7);
const options: TrackOptions = {
  width: 1000,
  maxLanes: 8,
  gap: 6,
  denseThreshold: 1000,
  metricsOf,
  minLanes: 3,
  top: 0,
};
const view = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] as const;
const x = timeScale(view, 1000);

let bandCount = 0;
const band = (key: string, label: string | null, events: TimelineEvent[]): Band => ({
  key,
  label,
  color: undefined,
  order: bandCount++,
  events,
});
const indexed = (b: Band) => ({ band: b, index: buildTimeIndex(b.events) });
const placed = (items: ReturnType<typeof layoutTrack>['items']) =>
  items.filter((i): i is PlacedEvent => i.type === 'event');

// Three events a day apart: each needs a lane of its own for its label.
const close = (month: string) =>
  [1, 2, 3].map((d) => makeEvent(`2016-${month}-0${d}`, { title: 'A title of some length' }));

describe('layoutTrack', () => {
  it('lays out an ungrouped timeline exactly as its packed lanes, shifted below the eras', () => {
    const events = close('03');
    const plain = layoutEvents(buildTimeIndex(events), x, view, options);
    const track = layoutTrack([indexed(band('all', null, events))], x, view, {
      ...options,
      top: 40,
    });
    expect(track.bands).toEqual([]);
    expect(placed(track.items).map((p) => [p.event.id, p.lane, p.top])).toEqual(
      placed(plain.items).map((p) => [p.event.id, p.lane, p.top + 40]),
    );
    expect(track.height).toBe(40 + 3 * LANE_HEIGHT + 8);
  });

  it('stacks bands, each with its own lanes under its label', () => {
    const first = close('03');
    const second = [makeEvent('2016-06-01')];
    const track = layoutTrack(
      [indexed(band('a', 'Senate', first)), indexed(band('b', 'House', second))],
      x,
      view,
      options,
    );
    const firstHeight = BAND_HEADING + 3 * LANE_HEIGHT + 4;
    expect(track.bands).toEqual([
      { key: 'a', label: 'Senate', color: undefined, order: 1, top: 0, height: firstHeight },
      {
        key: 'b',
        label: 'House',
        color: undefined,
        order: 2,
        top: firstHeight,
        height: BAND_HEADING + LANE_HEIGHT + 4,
      },
    ]);
    const tops = placed(track.items).map((p) => [p.event.id, p.top]);
    const lane0 = laneTop(0);
    expect(tops).toEqual([
      [first[0]?.id, BAND_HEADING + laneTop(0) - lane0],
      [first[1]?.id, BAND_HEADING + laneTop(1) - lane0],
      [first[2]?.id, BAND_HEADING + laneTop(2) - lane0],
      [second[0]?.id, firstHeight + BAND_HEADING],
    ]);
    expect(track.height).toBe(firstHeight + BAND_HEADING + LANE_HEIGHT + 4 + 8);
    expect(track.lanes).toBe(4);
    expect(track.inView).toBe(4);
  });

  it('shares the lanes among bands, gathering what a band cannot hold into its own badge', () => {
    const crowded = [1, 2, 3, 4, 5].map((d) =>
      makeEvent(`2016-03-0${d}`, { title: 'A title of some length' }),
    );
    const track = layoutTrack(
      [indexed(band('a', 'A', crowded)), indexed(band('b', 'B', [makeEvent('2016-09-01')]))],
      x,
      view,
      { ...options, maxLanes: 6 },
    );
    // Six lanes for two bands: three each, and the rest of the first band in a badge below.
    const inFirst = track.items.filter((item) => item.top < (track.bands[1]?.top ?? 0));
    expect(placed(inFirst)).toHaveLength(3);
    expect(
      inFirst.filter((item) => item.type === 'cluster').map((c) => c.type === 'cluster' && c.count),
    ).toEqual([2]);
  });

  it('gives the open event a marker in its own band only', () => {
    const crowded = [1, 2, 3, 4, 5].map((d) =>
      makeEvent(`2016-03-0${d}`, { title: 'A title of some length' }),
    );
    const pinned = crowded[4];
    const other = [makeEvent('2016-09-01')];
    const track = layoutTrack(
      [indexed(band('a', 'A', crowded)), indexed(band('b', 'B', other))],
      x,
      view,
      { ...options, maxLanes: 6, pinned },
    );
    const pinnedItems = placed(track.items).filter((p) => p.event === pinned);
    expect(pinnedItems).toHaveLength(1);
    expect(pinnedItems[0]?.top).toBeLessThan(track.bands[1]?.top ?? 0);
  });
});
