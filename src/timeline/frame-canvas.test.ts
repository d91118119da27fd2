import { describe, expect, it } from 'vitest';
import { LANE_HEIGHT } from './lib/marker-geometry.ts';
import { clampRows, roomyHeight, rowsOnScreen } from './frame-canvas.ts';

const STEP = 4 * LANE_HEIGHT;

describe('roomyHeight', () => {
  it.each([
    ['a first frame takes whole steps', 2 * STEP + 1, 0, 3 * STEP],
    ['a track that shrinks a little keeps the canvas', 3 * STEP, 4 * STEP, 4 * STEP],
    ['a track that grows a little within it keeps it', 3.5 * STEP, 4 * STEP, 4 * STEP],
    ['a track taller than the canvas grows it', 4 * STEP + 1, 4 * STEP, 5 * STEP],
    ['a track less than half the canvas shrinks it', STEP, 3 * STEP, STEP],
  ])('%s', (_, height, current, expected) => {
    expect(roomyHeight(height, current)).toBe(expected);
  });
});

describe('the rows on screen', () => {
  it('reach past the screen on both sides of a track that starts on it', () => {
    const rows = rowsOnScreen(100);
    expect(rows.top).toBeLessThan(0);
    expect(rows.bottom).toBeGreaterThan(innerHeight - 100);
  });

  it.each([
    ['all of the canvas is on screen: nothing left out', { top: -120, bottom: 900 }, 600, null],
    ['the top is on screen', { top: -120, bottom: 900 }, 2000, { top: 0, bottom: 900 }],
    ['the middle is on screen', { top: 500, bottom: 1500 }, 2000, { top: 500, bottom: 1500 }],
    [
      'the canvas is above the screen',
      { top: 3000, bottom: 4000 },
      2000,
      { top: 2000, bottom: 2000 },
    ],
  ])('%s', (_, rows, height, expected) => {
    expect(clampRows(rows, height)).toEqual(expected);
  });
});
