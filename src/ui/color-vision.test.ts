import { describe, expect, it } from 'vitest';
import { hexToLinear, linearToHex } from './color-space.ts';
import { closestPair, deltaE2000, perceivedDifference, simulate, VISIONS } from './color-vision.ts';

describe('deltaE2000', () => {
  // Rows from the test data published with the formula (Sharma, Wu & Dalal 2005).
  it.each([
    [{ l: 50, a: 2.6772, b: -79.7751 }, { l: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ l: 50, a: 0, b: 0 }, { l: 50, a: -1, b: 2 }, 2.3669],
    [{ l: 50, a: 2.5, b: 0 }, { l: 73, a: 25, b: -18 }, 27.1492],
    [{ l: 60.2574, a: -34.0099, b: 36.2677 }, { l: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
  ])('%o and %o differ by %f', (x, y, expected) => {
    expect(deltaE2000(x, y)).toBeCloseTo(expected, 4);
    expect(deltaE2000(y, x)).toBeCloseTo(expected, 4);
  });

  it('is zero for a color and itself', () => {
    expect(deltaE2000({ l: 40, a: 20, b: -30 }, { l: 40, a: 20, b: -30 })).toBe(0);
  });
});

describe('simulate', () => {
  it.each(
    VISIONS.flatMap((vision) => ['#ffffff', '#000000', '#777777'].map((g) => [vision, g] as const)),
  )('%s leaves the neutral %s as it is', (vision, gray) => {
    expect(linearToHex(simulate(hexToLinear(gray), vision))).toBe(gray);
  });

  // Pairs that normal vision tells apart easily and each deficiency is known to confuse.
  it.each([
    ['protanopia', 'a blue and a purple', '#1f77b4', '#9467bd'],
    ['deuteranopia', 'a red and a green', '#d62728', '#2ca02c'],
    ['tritanopia', 'a teal and a green', '#0f766e', '#047857'],
  ] as const)('%s confuses %s', (vision, _, a, b) => {
    const normal = perceivedDifference(a, b, 'normal');
    const seen = perceivedDifference(a, b, vision);
    expect(normal).toBeGreaterThan(9);
    expect(seen).toBeLessThan(normal / 4);
  });

  it('tritanopia keeps red and green apart, as tritanopes do', () => {
    expect(perceivedDifference('#d62728', '#2ca02c', 'tritanopia')).toBeGreaterThan(30);
  });
});

describe('closestPair', () => {
  it('finds the two colors that look most alike to the given vision', () => {
    const palette = ['#d62728', '#1f77b4', '#2ca02c'];
    expect(closestPair(palette, 'normal')).toMatchObject({ a: '#d62728', b: '#1f77b4' });
    expect(closestPair(palette, 'deuteranopia')).toMatchObject({ a: '#d62728', b: '#2ca02c' });
    expect(closestPair(palette, 'tritanopia')).toMatchObject({ a: '#1f77b4', b: '#2ca02c' });
  });

  it('has nothing to say about a single color', () => {
    expect(closestPair(['#d62728'], 'normal')).toBeUndefined();
  });
});
