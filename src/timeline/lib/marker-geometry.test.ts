import { describe, expect, it } from 'vitest';
import { MIN_TARGET, targetBox } from './marker-geometry.ts';

describe('a marker button is a target a finger can take', () => {
  it('grows a lone dot to the minimum each way, around its middle', () => {
    const box = targetBox({ left: 100, width: 12, top: 58, height: 18 }, 375);
    expect(box.width).toBe(MIN_TARGET);
    expect(box.height).toBe(MIN_TARGET);
    expect(box.left + box.width / 2).toBe(106);
    expect(box.top + box.height / 2).toBe(67);
  });

  it('keeps a labelled marker the size of its drawing', () => {
    expect(targetBox({ left: 20.4, width: 150.2, top: 6, height: 48 }, 375)).toEqual({
      left: 20,
      top: 6,
      width: 151,
      height: 48,
    });
  });

  it('stays inside the viewport at either edge', () => {
    const atLeft = targetBox({ left: -30, width: 34, top: 6, height: 18 }, 375);
    expect(atLeft.left).toBe(0);
    expect(atLeft.width).toBe(MIN_TARGET);
    const atRight = targetBox({ left: 370, width: 12, top: 6, height: 18 }, 375);
    expect(atRight.left + atRight.width).toBe(375);
    expect(atRight.width).toBe(MIN_TARGET);
  });
});
