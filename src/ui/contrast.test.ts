import { describe, expect, it } from 'vitest';
import { hexToLinear, linearToOklch } from './color-space.ts';
import { contrastRatio, DARK_PAPER, INK, PAPER, topicColorFor, topicInks } from './contrast.ts';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %f', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

const paper = { light: PAPER, dark: DARK_PAPER } as const;
const oklch = (hex: string) => linearToOklch(hexToLinear(hex));

describe('topicColorFor', () => {
  it.each([
    // color, theme, what should happen to it
    ['#ffff00', 'light', 'darker'],
    ['#ffff00', 'dark', 'kept'],
    ['#000000', 'light', 'kept'],
    ['#000000', 'dark', 'lighter'],
    ['#777777', 'light', 'darker'],
    ['#777777', 'dark', 'lighter'],
    ['#ffffff', 'light', 'darker'],
    ['#ffffff', 'dark', 'kept'],
    ['#fde047', 'light', 'darker'],
    ['#1d4ed8', 'light', 'kept'],
    ['#1d4ed8', 'dark', 'lighter'],
    ['#ff00ff', 'light', 'darker'],
    ['#00ffff', 'light', 'darker'],
    ['#B21040', 'dark', 'lighter'],
    ['#0d1117', 'dark', 'lighter'],
  ] as const)('%s on %s paper: %s', (color, theme, change) => {
    const result = topicColorFor(color, theme);
    const ratio = contrastRatio(result, paper[theme]);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    if (change === 'kept') {
      expect(result).toBe(color);
      return;
    }
    // No further than it must go: just past 4.5:1.
    expect(ratio).toBeLessThan(4.65);
    const [before, after] = [oklch(color), oklch(result)];
    if (change === 'lighter') expect(after.l).toBeGreaterThan(before.l);
    else expect(after.l).toBeLessThan(before.l);
    // Same hue, where there is a hue to keep (grays have none worth the name).
    if (before.c > 0.05) expect(Math.abs(after.h - before.h)).toBeLessThan(2);
    else expect(after.c).toBeLessThan(0.05);
  });

  it('is pure: the same color and theme give the same answer', () => {
    expect(topicColorFor('#ffff00', 'light')).toBe(topicColorFor('#ffff00', 'light'));
  });
});

describe('topicInks', () => {
  it.each([
    ['a dark topic color on light paper', '#1d4ed8', 'light', '#1d4ed8', '#1d4ed8', PAPER],
    ['a pale topic color on light paper', '#fde047', 'light', '#897600', '#fde047', INK],
    ['a dark topic color on dark paper', '#1d4ed8', 'dark', '#3a72fe', '#3a72fe', DARK_PAPER],
    ['a pale topic color on dark paper', '#fde047', 'dark', '#fde047', '#fde047', DARK_PAPER],
  ] as const)('%s', (_, color, theme, text, fill, onFill) => {
    expect(topicInks(color, theme)).toEqual({ text, fill, onFill });
  });

  it('defaults to the light theme, for callers that do not name one', () => {
    expect(topicInks('#3b9ae1')).toEqual(topicInks('#3b9ae1', 'light'));
    expect(contrastRatio(topicInks('#3b9ae1').text, PAPER)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['#1d4ed8', '#fde047', '#3b9ae1', '#b21040', '#777777', '#000000', '#ffffff'])(
    'text on a chip filled with %s reads at 4.5:1 on dark paper',
    (color) => {
      const { fill, onFill } = topicInks(color, 'dark');
      expect(contrastRatio(fill, onFill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(['#1d4ed8', '#b21040', '#fde047'])(
    'text on a chip filled with %s reads at 4.5:1 on light paper',
    (color) => {
      const { fill, onFill } = topicInks(color, 'light');
      expect(contrastRatio(fill, onFill)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
