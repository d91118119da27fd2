import { describe, expect, it } from 'vitest';
import { snappedFrame } from './overview-frame.ts';

describe('snappedFrame', () => {
  it.each([
    // start, end, overview width → x, width
    [10.4, 50.4, 400, 10, 40],
    [10.6, 50.2, 400, 11, 39],
    [-30, 120.7, 400, 0, 121],
    [380.2, 460, 400, 380, 20],
    [100.2, 100.4, 400, 100, 3],
  ])('frames %d–%d in %d px at x %d, %d wide', (start, end, width, x, frameWidth) => {
    expect(snappedFrame(start, end, width)).toEqual({ x, width: frameWidth });
  });
});
