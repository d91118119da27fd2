import { describe, expect, it } from 'vitest';
import { centerWindow, clampWindow, panWindow, zoomWindow } from './view-math.ts';

const range = [0, 1000] as const;
const MIN = 10;

describe('clampWindow', () => {
  it.each([
    [
      [100, 200],
      [100, 200],
    ],
    [
      [-50, 50],
      [0, 100],
    ],
    [
      [950, 1050],
      [900, 1000],
    ],
    [
      [-100, 2000],
      [0, 1000],
    ],
    [
      [500, 502],
      [496, 506],
    ],
  ] as const)('%j → %j', (view, expected) => {
    expect(clampWindow(view, range, MIN)).toEqual(expected);
  });
});

describe('zoomWindow', () => {
  it('keeps the instant under the pointer where it is', () => {
    const [a, b] = zoomWindow([0, 1000], 2, 250, range, MIN);
    expect([a, b]).toEqual([125, 625]);
    expect((250 - a) / (b - a)).toBeCloseTo(0.25);
  });

  it('stops at the narrowest window and at the full range', () => {
    const [a, b] = zoomWindow([400, 420], 100, 410, range, MIN);
    expect(b - a).toBe(MIN);
    expect(zoomWindow([100, 600], 0.01, 300, range, MIN)).toEqual([0, 1000]);
  });
});

describe('panWindow and centerWindow', () => {
  it('move the window and keep its span, inside the range', () => {
    expect(panWindow([100, 200], 50, range, MIN)).toEqual([150, 250]);
    expect(panWindow([100, 200], -500, range, MIN)).toEqual([0, 100]);
    expect(centerWindow([100, 200], 800, range, MIN)).toEqual([750, 850]);
    expect(centerWindow([100, 200], 990, range, MIN)).toEqual([900, 1000]);
  });
});
