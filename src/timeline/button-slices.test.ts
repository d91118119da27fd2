import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../tests/unit/fixtures.ts';
import { manualFrames } from '../../tests/unit/manual-frames.ts';
import { createButtonSlices } from './button-slices.ts';
import type { PlacedEvent } from './lib/layout.ts';
import { itemKey } from './lib/roving.ts';
import type { TrackLayout } from './lib/track-layout.ts';

/** Events a day apart from New Year 2020, each placed in the first lane. */
function placed(count: number, from = 0): PlacedEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + from + i)).toISOString().slice(0, 10);
    const event = makeEvent(day);
    return {
      type: 'event',
      event,
      lane: 0,
      top: 0,
      x0: i,
      x1: i,
      labelX: i,
      labelRoom: 0,
      label: null,
      thumbnail: false,
    };
  });
}

const layoutOf = (items: PlacedEvent[]): TrackLayout => ({
  items,
  lanes: 1,
  inView: items.length,
  dense: false,
  bands: [],
  height: 30,
});

afterEach(() => vi.unstubAllGlobals());

describe('the marker buttons in slices', () => {
  it('render a set that brings at most a slice of new buttons at once', () => {
    const frame = manualFrames();
    const sets: TrackLayout[] = [];
    const slices = createButtonSlices((layout) => sets.push(layout), 3);
    const first = layoutOf(placed(3));
    slices.show(first, null);
    expect(sets).toEqual([first]);
    // Two of the same and two new: still a slice.
    const next = layoutOf([...first.items.slice(1), ...placed(2, 10)] as PlacedEvent[]);
    slices.show(next, null);
    expect(sets.at(-1)).toBe(next);
    expect(frame.pending()).toBe(0);
  });

  it('render many new buttons a slice per frame, those already rendered in the first, in reading order', () => {
    const frame = manualFrames();
    const sets: TrackLayout[] = [];
    const slices = createButtonSlices((layout) => sets.push(layout), 3);
    const kept = placed(2, 100);
    slices.show(layoutOf(kept), null);
    // Eight new ones, listed out of time order: they come in time order, three a frame.
    const fresh = placed(8);
    const whole = layoutOf([...fresh].reverse().concat(kept));
    slices.show(whole, null);
    const keys = (layout: TrackLayout | undefined) => new Set(layout?.items.map(itemKey));
    const ids = (events: PlacedEvent[]) => events.map((item) => item.event.id);
    expect(keys(sets.at(-1))).toEqual(new Set([...ids(fresh.slice(0, 3)), ...ids(kept)]));
    frame();
    expect(keys(sets.at(-1))).toEqual(new Set([...ids(fresh.slice(0, 6)), ...ids(kept)]));
    frame();
    // The last slice hands over the set itself, in its own order.
    expect(sets.at(-1)).toBe(whole);
    expect(frame.pending()).toBe(0);
  });

  it("put the open event's button in the first slice", () => {
    manualFrames();
    const sets: TrackLayout[] = [];
    const slices = createButtonSlices((layout) => sets.push(layout), 2);
    const items = placed(6);
    const open = items[5]?.event.id ?? '';
    slices.show(layoutOf(items), open);
    expect(sets.at(-1)?.items.map(itemKey)).toEqual([items[0]?.event.id, open]);
  });

  it('leave the slices of a set behind for a newer one, counting only what was rendered as there', () => {
    const frame = manualFrames();
    const sets: TrackLayout[] = [];
    const slices = createButtonSlices((layout) => sets.push(layout), 3);
    const many = placed(9);
    slices.show(layoutOf(many), null);
    expect(sets.at(-1)?.items).toHaveLength(3);
    // Before the next frame, a set of the second to the sixth: three are new, a slice, at once.
    const later = layoutOf(many.slice(1, 6));
    slices.show(later, null);
    expect(sets.at(-1)).toBe(later);
    frame();
    expect(sets.at(-1)).toBe(later);
    expect(frame.pending()).toBe(0);
  });

  it('stop the slices still to come', () => {
    const frame = manualFrames();
    const sets: TrackLayout[] = [];
    const slices = createButtonSlices((layout) => sets.push(layout), 3);
    slices.show(layoutOf(placed(9)), null);
    slices.stop();
    frame();
    expect(sets).toHaveLength(1);
  });
});
