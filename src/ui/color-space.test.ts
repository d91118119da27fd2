import { describe, expect, it } from 'vitest';
import {
  hexToLinear,
  inGamut,
  linearToHex,
  linearToLab,
  linearToOklch,
  oklchToLinear,
} from './color-space.ts';

describe('hexToLinear and linearToHex', () => {
  it.each(['#000000', '#ffffff', '#777777', '#1d4ed8', '#b06000', '#0d1117'])(
    '%s survives the round trip',
    (hex) => {
      expect(linearToHex(hexToLinear(hex))).toBe(hex);
    },
  );

  it('decodes the sRGB curve: mid gray is about a fifth of white’s light', () => {
    expect(hexToLinear('#808080')[0]).toBeCloseTo(0.2159, 4);
  });

  it('clips channels outside the gamut instead of wrapping them', () => {
    expect(linearToHex([-0.2, 0.5, 1.4])).toBe('#00bcff');
  });
});

describe('linearToLab', () => {
  it.each([
    ['#ffffff', 100, 0, 0],
    ['#000000', 0, 0, 0],
    ['#ff0000', 53.24, 80.09, 67.2],
    ['#0000ff', 32.3, 79.19, -107.86],
  ])('%s is L*a*b* %f %f %f', (hex, l, a, b) => {
    const lab = linearToLab(hexToLinear(hex));
    expect(lab.l).toBeCloseTo(l, 1);
    expect(lab.a).toBeCloseTo(a, 1);
    expect(lab.b).toBeCloseTo(b, 1);
  });
});

describe('OKLCH', () => {
  it.each([
    ['#ff0000', 0.628, 0.2577, 29.23],
    ['#0000ff', 0.452, 0.3132, 264.05],
  ])('%s is OKLCH %f %f %f', (hex, l, c, h) => {
    const lch = linearToOklch(hexToLinear(hex));
    expect(lch.l).toBeCloseTo(l, 3);
    expect(lch.c).toBeCloseTo(c, 3);
    expect(lch.h).toBeCloseTo(h, 1);
  });

  it.each(['#ff0000', '#1d4ed8', '#505008', '#ffffff'])('%s survives the round trip', (hex) => {
    expect(linearToHex(oklchToLinear(linearToOklch(hexToLinear(hex))))).toBe(hex);
  });

  it.each([
    ['a gray', { l: 0.5, c: 0, h: 0 }, true],
    ['a muted red', { l: 0.5, c: 0.1, h: 29 }, true],
    ['a red more vivid than any screen shows', { l: 0.5, c: 0.4, h: 29 }, false],
    ['a light blue of full chroma', { l: 0.9, c: 0.3, h: 264 }, false],
  ])('inGamut: %s → %s', (_, lch, expected) => {
    expect(inGamut(oklchToLinear(lch))).toBe(expected);
  });
});
