import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { layoutEvents as layoutList, type LayoutOptions, type PlacedEvent } from './layout.ts';
import { buildTimeIndex } from './time-index.ts';
import type { TimelineEvent } from '../../data/schema.ts';

const layoutEvents = (
  events: TimelineEvent[],
  x: (t: number) => number,
  w: readonly [number, number],
  o: LayoutOptions,
) => layoutList(buildTimeIndex([...events].sort((a, b) => a.date.start - b.date.start)), x, w, o);

const options: LayoutOptions = {
  width: 1000,
  minWidth: 28,
  labelWidth: 200,
  maxLanes: 4,
  gap: 6,
  denseThreshold: 1000,
};
const window = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] as const;
const x = scaleUtc().domain(window).range([0, 1000]);
const xOf = (t: number) => x(t);

function placed(items: ReturnType<typeof layoutEvents>['items']): PlacedEvent[] {
  return items.filter((i): i is PlacedEvent => i.type === 'event');
}

describe('layoutEvents', () => {
  it('puts far-apart events on one lane with full labels', () => {
    const events = [makeEvent('2016-01-10'), makeEvent('2016-06-01'), makeEvent('2016-11-01')];
    const layout = layoutEvents(events, xOf, window, options);
    expect(placed(layout.items).map((p) => p.lane)).toEqual([0, 0, 0]);
    expect(placed(layout.items)[0]?.labelRoom).toBe(200);
  });

  it('never lets two items of a lane overlap', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      makeEvent(`2016-03-${String(1 + i * 2).padStart(2, '0')}`),
    );
    const layout = layoutEvents(events, xOf, window, { ...options, maxLanes: 20 });
    const byLane = new Map<number, PlacedEvent[]>();
    for (const p of placed(layout.items)) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
    for (const lane of byLane.values()) {
      for (let i = 1; i < lane.length; i++) {
        const prev = lane[i - 1]!;
        const footprint = Math.max(
          prev.x1,
          prev.labelX + Math.max(options.minWidth, prev.labelRoom),
        );
        expect(footprint).toBeLessThanOrEqual(lane[i]!.labelX);
      }
    }
  });

  it('shortens a label rather than open a lane, and opens one when even that fails', () => {
    // 60 px apart: not enough for a 200 px label, enough for the 28 px minimum.
    const [a, b] = placed(
      layoutEvents([makeEvent('2016-03-01'), makeEvent('2016-03-23')], xOf, window, options).items,
    );
    expect([a?.lane, b?.lane]).toEqual([0, 0]);
    expect(a!.labelRoom).toBeLessThan(200);
    expect(a!.labelX + a!.labelRoom + options.gap).toBeLessThanOrEqual(b!.labelX);
    // 3 days apart: closer than the minimum footprint.
    const [c, d] = placed(
      layoutEvents([makeEvent('2016-03-01'), makeEvent('2016-03-04')], xOf, window, options).items,
    );
    expect([c?.lane, d?.lane]).toEqual([0, 1]);
  });

  it('gathers what does not fit into clusters on an overflow row', () => {
    const events = Array.from({ length: 10 }, () => makeEvent('2016-05-01'));
    const layout = layoutEvents(events, xOf, window, options);
    expect(placed(layout.items)).toHaveLength(4);
    const clusters = layout.items.filter((i) => i.type === 'cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ lane: 4 });
    expect(clusters[0]).toMatchObject({ count: 6 });
    expect(layout.lanes).toBe(5);
    expect(layout.inView).toBe(10);
  });

  it('leaves out what is outside the window but keeps spans that cross it', () => {
    const events = [
      makeEvent('2014-01-01', { id: 'long', end: '2018-01-01' }),
      makeEvent('2015-06-01', { id: 'before' }),
      makeEvent('2016-06-01', { id: 'inside' }),
      makeEvent('2017-06-01', { id: 'after' }),
    ];
    const layout = layoutEvents(events, xOf, window, options);
    expect(placed(layout.items).map((p) => p.event.id)).toEqual(['long', 'inside']);
    expect(placed(layout.items)[0]?.labelX).toBe(0);
  });
});

describe('dense windows', () => {
  it('turns into counted columns past the threshold, whatever the number of events', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      makeEvent(new Date(Date.UTC(2016, 0, 1) + i * 10_000_000).toISOString()),
    );
    const layout = layoutEvents(events, xOf, window, options);
    expect(layout.dense).toBe(true);
    expect(placed(layout.items)).toHaveLength(0);
    const total = layout.items.reduce(
      (sum, item) => sum + (item.type === 'cluster' ? item.count : 0),
      0,
    );
    expect(total).toBe(3000);
    expect(layout.inView).toBe(3000);
    expect(layout.items.length).toBeLessThanOrEqual(Math.floor(options.width / 76));
  });

  it('keeps lanes at the threshold', () => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      makeEvent(new Date(Date.UTC(2016, 0, 1) + i * 30_000_000).toISOString()),
    );
    expect(layoutEvents(events, xOf, window, options).dense).toBe(false);
  });
});

describe('the pinned (open) event', () => {
  it('gets a marker of its own on a new row when its neighbours are clustered', () => {
    const events = Array.from({ length: 10 }, () => makeEvent('2016-05-01'));
    const pinned = events[9]!;
    const layout = layoutEvents(events, xOf, window, { ...options, pinned });
    const mine = placed(layout.items).filter((p) => p.event === pinned);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.lane).toBe(5);
    expect(layout.lanes).toBe(6);
  });

  it('gets a marker in a dense window too, and none when out of view', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      makeEvent(new Date(Date.UTC(2016, 0, 1) + i * 10_000_000).toISOString()),
    );
    const pinned = events[1234]!;
    const dense = layoutEvents(events, xOf, window, { ...options, pinned });
    expect(placed(dense.items).map((p) => p.event)).toEqual([pinned]);
    const outside = makeEvent('2019-01-01');
    expect(
      placed(layoutEvents(events, xOf, window, { ...options, pinned: outside }).items),
    ).toEqual([]);
  });
});
