import { describe, expect, it } from 'vitest';
import { changeBadgeBox, MIN_TARGET, targetBox } from './marker-geometry.ts';

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

describe('a changed marker’s badge stays inside its marker’s box', () => {
  const dot = { bandLeft: 94, bandWidth: 12, top: 40 };
  it.each([
    // A dot with a long label: after the dot, in the band's row.
    ['a dot and a label', { ...dot, left: 94, width: 160 }, 30, { left: 110, top: 41.5 }],
    // A band running past the label's end: over the band's end, at the box's right edge.
    [
      'a band wider than its label',
      { bandLeft: 20, bandWidth: 300, left: 20, width: 300, top: 6 },
      30,
      { left: 290, top: 7.5 },
    ],
    // A label kept on screen at the right edge starts before its dot: the badge goes before it.
    [
      'a dot at the right edge',
      { bandLeft: 354, bandWidth: 12, left: 200, width: 166, top: 6 },
      30,
      { left: 320, top: 7.5 },
    ],
    // The badge just fits after the dot: it ends on the box's edge.
    ['a label just long enough', { ...dot, left: 94, width: 46 }, 30, { left: 110, top: 41.5 }],
    // A dot without a label: no room, so the badge gives way to a mark of its own.
    ['a dot alone', { ...dot, left: 94, width: 12 }, 30, null],
  ])('%s', (_, geometry, badgeWidth, expected) => {
    const box = changeBadgeBox(geometry, badgeWidth);
    expect(box).toEqual(expected);
    if (box) {
      expect(box.left).toBeGreaterThanOrEqual(geometry.left);
      expect(box.left + badgeWidth).toBeLessThanOrEqual(geometry.left + geometry.width);
    }
  });
});
