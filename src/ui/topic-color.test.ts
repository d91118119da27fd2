import { describe, expect, it } from 'vitest';
import { contrastRatio, PAPER } from './contrast.ts';
import { DARK_PAPER, topicColorFor } from './topic-color.ts';

describe('topicColorFor', () => {
  it.each([
    ['a dark color on light paper', '#1d4ed8', 'light'],
    ['a pale color on dark paper', '#fde047', 'dark'],
    ['upper case hex, returned as written but lower case', '#0F766E', 'light'],
  ] as const)('keeps %s that already reads', (_, color, theme) => {
    expect(topicColorFor(color, theme)).toBe(color.toLowerCase());
  });

  it.each([
    ['a pale color on light paper', '#fde047', 'light'],
    ['a mid color on light paper', '#3b9ae1', 'light'],
    ['a dark blue on dark paper', '#1d4ed8', 'dark'],
    ['a dark red on dark paper', '#b42318', 'dark'],
    ['black on dark paper', '#000000', 'dark'],
    ['the dark paper itself', DARK_PAPER, 'dark'],
  ] as const)('moves %s just far enough to 4.5:1', (_, color, theme) => {
    const paper = theme === 'dark' ? DARK_PAPER : PAPER;
    const adjusted = topicColorFor(color, theme);
    expect(adjusted).toMatch(/^#[0-9a-f]{6}$/);
    expect(adjusted).not.toBe(color);
    expect(contrastRatio(adjusted, paper)).toBeGreaterThanOrEqual(4.5);
    // Not pushed to white or black: the topic keeps its hue as far as it can.
    expect(contrastRatio(adjusted, paper)).toBeLessThan(4.7);
  });

  it('lightens on dark paper and darkens on light paper', () => {
    const brightness = (hex: string) => contrastRatio(hex, '#000000');
    expect(brightness(topicColorFor('#1d4ed8', 'dark'))).toBeGreaterThan(brightness('#1d4ed8'));
    expect(brightness(topicColorFor('#fde047', 'light'))).toBeLessThan(brightness('#fde047'));
  });
});
