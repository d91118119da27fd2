import { describe, expect, it } from 'vitest';
import { visibleCentre } from './measure.ts';

const WINDOW = { width: 1280, height: 800 };

describe('the point a gesture is made at', () => {
  it.each([
    [
      'a box inside the window: its centre',
      { x: 33, y: 300, width: 874, height: 400 },
      { x: 470, y: 500 },
    ],
    [
      'a box taller than the window: the middle of its part on screen',
      { x: 33, y: 0, width: 874, height: 1648 },
      { x: 470, y: 400 },
    ],
    [
      'a box running off the top: the middle of what is left',
      { x: 0, y: -200, width: 100, height: 600 },
      { x: 50, y: 200 },
    ],
    [
      'a box wider than the window',
      { x: -100, y: 100, width: 2000, height: 100 },
      { x: 640, y: 150 },
    ],
  ])('%s', (_, box, point) => {
    expect(visibleCentre(box, WINDOW)).toEqual(point);
  });

  it('is none for a box outside the window', () => {
    expect(visibleCentre({ x: 0, y: 900, width: 100, height: 100 }, WINDOW)).toBeNull();
    expect(visibleCentre({ x: 0, y: 800, width: 100, height: 100 }, WINDOW)).toBeNull();
  });
});
