import { describe, expect, it } from 'vitest';
import { placeLabels, sampleLine, type Box, type LabelRequest } from './label-placement.ts';

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 200 };
const label = (x: number, y: number, width = 60): LabelRequest => ({ x, y, width, height: 15 });
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('a line’s name', () => {
  it('goes to the right of the line’s last point when nothing is there', () => {
    const [placed] = placeLabels([label(100, 100)], [], bounds);
    expect(placed).toMatchObject({ x: 108, y: 100, anchor: 'start' });
  });

  it('moves off a line that runs on to the right', () => {
    const line = sampleLine([
      [100, 100],
      [300, 100],
    ]);
    const [placed] = placeLabels([label(100, 100)], line, bounds);
    expect(placed).toBeDefined();
    const box = placed?.box ?? bounds;
    expect(
      line.some(([x, y]) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom),
    ).toBe(false);
  });

  it('does not cover a name placed before it', () => {
    const [first, second] = placeLabels([label(100, 100), label(100, 102)], [], bounds);
    expect(first && second && overlap(first.box, second.box)).toBe(false);
  });

  it('keeps off a box already taken, such as a target line’s label', () => {
    const taken: Box = { left: 100, top: 90, right: 200, bottom: 110 };
    const [placed] = placeLabels([label(100, 100)], [], bounds, [taken]);
    expect(placed && overlap(placed.box, taken)).toBe(false);
  });

  it('stays inside the bounds when a place inside is free', () => {
    const [placed] = placeLabels([label(380, 100)], [], bounds);
    expect(placed?.anchor).toBe('end');
    expect(placed?.box.right).toBeLessThanOrEqual(bounds.right);
  });
});

describe('a sampled line', () => {
  it('has points a few pixels apart from end to end', () => {
    const points = sampleLine([
      [0, 0],
      [9, 0],
      [9, 6],
    ]);
    expect(points[0]).toEqual([0, 0]);
    expect(points[points.length - 1]).toEqual([9, 6]);
    expect(points).toContainEqual([3, 0]);
    expect(points).toContainEqual([9, 3]);
  });
});
