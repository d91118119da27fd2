import { timeScale } from './time-scale.ts';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/unit/fixtures.ts';
import { layoutEvents as layoutList, type LayoutOptions, type PlacedEvent } from './layout.ts';
import { buildTimeIndex } from './time-index.ts';
import { measureLabel } from './label-fit.ts';
import {
  LABEL_TOP,
  labelTextX,
  markerGeometry,
  OUTLINE,
  THUMB_HEIGHT,
  THUMB_LEAD,
} from './marker-geometry.ts';
import type { TimelineEvent } from '../../data/schema.ts';

const layoutEvents = (
  events: TimelineEvent[],
  x: (t: number) => number,
  w: readonly [number, number],
  o: LayoutOptions,
) => layoutList(buildTimeIndex([...events].sort((a, b) => a.date.start - b.date.start)), x, w, o);

// Every character 7 px wide; "Event 12" is 56 px on one line, 35 px at its narrowest on two.
const measure = (text: string) => text.length * 7;
const metricsOf = (event: TimelineEvent) => measureLabel(event.title, measure);
const options: LayoutOptions = {
  width: 1000,
  maxLanes: 4,
  gap: 6,
  denseThreshold: 1000,
  metricsOf,
};
const view = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] as const;
const x = timeScale(view, 1000);
const xOf = (t: number) => x(t);
const titled = (start: string, title: string) => makeEvent(start, { title });
const LONG = 'Trump gave Russia classified intelligence'; // 287 px on one line, 161 on two

function placed(items: ReturnType<typeof layoutEvents>['items']): PlacedEvent[] {
  return items.filter((i): i is PlacedEvent => i.type === 'event');
}

describe('layoutEvents', () => {
  it('puts far-apart events on one lane with whole titles', () => {
    const events = [makeEvent('2016-01-10'), makeEvent('2016-06-01'), makeEvent('2016-11-01')];
    const layout = layoutEvents(events, xOf, view, options);
    expect(placed(layout.items).map((p) => p.lane)).toEqual([0, 0, 0]);
    for (const p of placed(layout.items)) {
      expect(p.label).toMatchObject({ lines: [p.event.title], whole: true });
    }
  });

  it('never lets two items of a lane overlap, labels included', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      titled(`2016-03-${String(1 + i * 2).padStart(2, '0')}`, LONG),
    );
    const layout = layoutEvents(events, xOf, view, { ...options, maxLanes: 20 });
    const byLane = new Map<number, PlacedEvent[]>();
    for (const p of placed(layout.items)) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p]);
    expect(byLane.size).toBeGreaterThan(1);
    for (const lane of byLane.values()) {
      for (let i = 1; i < lane.length; i++) {
        const prev = markerGeometry(lane[i - 1]!);
        expect(prev.left + prev.width).toBeLessThanOrEqual(markerGeometry(lane[i]!).left);
      }
    }
    // With lanes to spare, every title is whole.
    expect(placed(layout.items).every((p) => p.label?.whole)).toBe(true);
  });

  it('opens a lane before it shortens a label', () => {
    // 60 px apart: too close for a whole two-line title (161 px) in one lane.
    const layout = layoutEvents(
      [titled('2016-03-01', LONG), titled('2016-03-23', LONG)],
      xOf,
      view,
      options,
    );
    expect(placed(layout.items).map((p) => p.lane)).toEqual([0, 1]);
    expect(placed(layout.items).every((p) => p.label?.whole)).toBe(true);
  });

  it('once the lanes run out, shortens at a word, keeping three words, or draws no label', () => {
    const one = { ...options, maxLanes: 1 };
    // 100 px apart: "Trump gave / Russia…" (3 words, 2 lines) fits; the title does not.
    const [a] = placed(
      layoutEvents([titled('2016-03-01', LONG), titled('2016-04-10', LONG)], xOf, view, one).items,
    );
    expect(a!.label?.whole).toBe(false);
    expect(a!.label!.lines.join(' ')).toMatch(/^Trump gave Russia.*…$/);
    // 30 px apart: not even three words fit, so the first marker stands alone.
    const [c, d] = placed(
      layoutEvents([titled('2016-03-01', LONG), titled('2016-03-12', LONG)], xOf, view, one).items,
    );
    expect(c!.label).toBeNull();
    expect(d!.label?.whole).toBe(true);
  });

  it('keeps a label near the right edge inside the view, whole', () => {
    const [p] = placed(layoutEvents([titled('2016-12-28', LONG)], xOf, view, options).items);
    expect(p!.label?.whole).toBe(true);
    expect(p!.labelX + p!.label!.width).toBeLessThanOrEqual(1000);
  });

  it('gathers what does not fit into clusters on an overflow row', () => {
    const events = Array.from({ length: 10 }, () => makeEvent('2016-05-01'));
    const layout = layoutEvents(events, xOf, view, options);
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
    const layout = layoutEvents(events, xOf, view, options);
    expect(placed(layout.items).map((p) => p.event.id)).toEqual(['long', 'inside']);
    // Its label starts at the window's left edge (less the margin every label keeps).
    expect(placed(layout.items)[0]?.labelX).toBe(OUTLINE);
  });
});

describe('dense windows', () => {
  it('turns into counted columns past the threshold, whatever the number of events', () => {
    const events = Array.from({ length: 3000 }, (_, i) =>
      makeEvent(new Date(Date.UTC(2016, 0, 1) + i * 10_000_000).toISOString()),
    );
    const layout = layoutEvents(events, xOf, view, options);
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
    expect(layoutEvents(events, xOf, view, options).dense).toBe(false);
  });
});

describe('the pinned (open) event', () => {
  it('changes nothing where it already has a marker: opening it moves no lane or label', () => {
    const one = { ...options, maxLanes: 1 };
    const events = [titled('2016-03-01', LONG), titled('2016-03-12', LONG)];
    const before = layoutEvents(events, xOf, view, one);
    for (const pinned of events) {
      expect(layoutEvents(events, xOf, view, { ...one, pinned })).toEqual(before);
    }
    // A title that gave way stays so (the details give it whole): the case is a real one.
    expect(placed(before.items).some((p) => p.label?.whole !== true)).toBe(true);
  });

  it('keeps its label clear of either edge by its outline, which the viewport would cut', () => {
    const late = titled('2016-12-28', LONG);
    const early = titled('2016-01-01', LONG);
    for (const event of [late, early]) {
      const [open] = placed(layoutEvents([event], xOf, view, { ...options, pinned: event }).items);
      expect(open?.label?.whole).toBe(true);
      expect(open?.labelX).toBeGreaterThanOrEqual(OUTLINE);
      expect((open?.labelX ?? 0) + (open?.label?.width ?? Infinity)).toBeLessThanOrEqual(
        1000 - OUTLINE,
      );
    }
    // Every label keeps the same margin, open or not: opening one moves nothing.
    const [other] = placed(layoutEvents([late], xOf, view, options).items);
    expect(other && other.labelX + (other.label?.width ?? 0)).toBe(1000 - OUTLINE);
  });

  it('gets a marker of its own on a new row when its neighbours are clustered', () => {
    const events = Array.from({ length: 10 }, () => makeEvent('2016-05-01'));
    const pinned = events[9]!;
    const layout = layoutEvents(events, xOf, view, { ...options, pinned });
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
    const dense = layoutEvents(events, xOf, view, { ...options, pinned });
    expect(placed(dense.items).map((p) => p.event)).toEqual([pinned]);
    const outside = makeEvent('2019-01-01');
    expect(placed(layoutEvents(events, xOf, view, { ...options, pinned: outside }).items)).toEqual(
      [],
    );
  });
});

describe('thumbnails beside labels', () => {
  const pictured = (event: TimelineEvent) => event.title.startsWith('Pictured');
  const withPictures: LayoutOptions = { ...options, hasThumbnail: pictured };

  it('shows a picture where the whole title fits beside it, and widens the marker by it', () => {
    const events = [titled('2016-02-01', 'Pictured event'), titled('2016-08-01', 'Plain event')];
    const [withPicture, plain] = placed(layoutEvents(events, xOf, view, withPictures).items);
    expect(withPicture).toMatchObject({ thumbnail: true, label: { whole: true } });
    expect(plain).toMatchObject({ thumbnail: false, label: { whole: true } });
    const g = markerGeometry(withPicture!);
    expect(g.left + g.width).toBeCloseTo(
      withPicture!.labelX + THUMB_LEAD + withPicture!.label!.width,
    );
    expect(g.height).toBeGreaterThanOrEqual(LABEL_TOP + THUMB_HEIGHT);
    expect(labelTextX(withPicture!)).toBe(withPicture!.labelX + THUMB_LEAD);
  });

  it('gives the picture up before any word of the title', () => {
    // One lane, and a neighbour leaving room for the whole title but not for a picture too.
    const title = 'Pictured event';
    const whole = measureLabel(title, measure).compact;
    const msPerPx = (view[1] - view[0]) / options.width;
    const start = Date.UTC(2016, 1, 1);
    const next = new Date(start + (whole + options.gap + THUMB_LEAD / 2) * msPerPx);
    const events = [
      titled('2016-02-01', title),
      titled(next.toISOString().slice(0, 10), 'Plain event'),
    ];
    const layout = layoutEvents(events, xOf, view, { ...withPictures, maxLanes: 1 });
    const [first] = placed(layout.items);
    expect(first).toMatchObject({ thumbnail: false, label: { whole: true } });
  });

  it('lays out as before for a timeline without pictures', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      titled(
        `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
        LONG,
      ),
    );
    const before = layoutEvents(events, xOf, view, options);
    const after = layoutEvents(events, xOf, view, { ...options, hasThumbnail: () => false });
    expect(after).toEqual(before);
    expect(placed(after.items).every((p) => !p.thumbnail)).toBe(true);
  });

  it('opens a lane for a picture rather than drop it, while lanes remain', () => {
    const events = Array.from({ length: 6 }, (_, i) =>
      titled(`2016-03-${String(1 + i * 3).padStart(2, '0')}`, 'Pictured event'),
    );
    const layout = layoutEvents(events, xOf, view, { ...withPictures, maxLanes: 10 });
    expect(placed(layout.items).every((p) => p.thumbnail && p.label?.whole)).toBe(true);
    for (const lane of new Set(placed(layout.items).map((p) => p.lane))) {
      const inLane = placed(layout.items).filter((p) => p.lane === lane);
      for (let i = 1; i < inLane.length; i++) {
        const prev = markerGeometry(inLane[i - 1]!);
        expect(prev.left + prev.width).toBeLessThanOrEqual(markerGeometry(inLane[i]!).left);
      }
    }
  });
});
