import { describe, expect, it } from 'vitest';
import {
  colorVariables,
  cssColor,
  picturesCss,
  PICTURE_SCREENS,
  screenQuery,
  widthRange,
  type PictureScreen,
} from './picture-screens.ts';

const screen = (key: string, width: number, height: number, timeline: number): PictureScreen => ({
  key,
  viewport: { width, height },
  timeline,
});
const screens = [
  screen('a', 375, 812, 349),
  screen('b', 412, 915, 385),
  screen('c', 1280, 800, 874),
  screen('d', 1440, 900, 994),
];

describe('widthRange', () => {
  it.each([
    ['a', { min: 375, below: 412 }],
    // The phone layout ends at 600 px: the lanes' share of the screen changes there.
    ['b', { min: 412, below: 600 }],
    ['c', { min: 1280, below: 1440 }],
    ['d', { min: 1440, below: null }],
  ])('shows screen %s from its own width up to the next', (key, range) => {
    const of = screens.find((s) => s.key === key);
    if (!of) throw new Error(key);
    expect(widthRange(screens, of)).toEqual(range);
  });
});

describe('screenQuery', () => {
  it('holds its own screen, and the heights that give as many lanes', () => {
    const desktop = screens[2];
    if (!desktop) throw new Error('no desktop');
    const query = screenQuery(screens, desktop);
    expect(query).toMatch(/^\(min-width: 1280px\) and \(max-width: 1439\.98px\)/);
    const min = Number(/min-height: (\d+)px/.exec(query)?.[1]);
    const max = Number(/max-height: ([\d.]+)px/.exec(query)?.[1]);
    expect(min).toBeLessThanOrEqual(800);
    expect(max).toBeGreaterThanOrEqual(800);
    expect(max - min).toBeLessThan(80);
  });

  it('covers every common screen of the build', () => {
    for (const s of PICTURE_SCREENS) expect(screenQuery(PICTURE_SCREENS, s)).toContain('min-width');
    expect(new Set(PICTURE_SCREENS.map((s) => s.key)).size).toBe(PICTURE_SCREENS.length);
  });
});

describe('colours', () => {
  it('writes hex colours, and the ink in place of anything else', () => {
    expect(cssColor('#0a7f3c')).toBe('#0a7f3c');
    expect(cssColor('red; } body { display: none')).toBe('var(--ink)');
    expect(cssColor('#0a7</style>')).toBe('var(--ink)');
  });

  it('names each colour once, with its value per theme', () => {
    const colors = colorVariables();
    expect(colors.name('#0a7f3c')).toBe('var(--picture-color-0)');
    expect(colors.name('#ffff00')).toBe('var(--picture-color-1)');
    expect(colors.name('#0a7f3c')).toBe('var(--picture-color-0)');
    const css = colors.css();
    expect(css).toContain(":root[data-theme='dark'] {");
    // Yellow is unreadable on white: the light theme darkens it, as the canvas does.
    expect(/^:root \{[^}]*--picture-color-1: (#[0-9a-f]+)/m.exec(css)?.[1]).not.toBe('#ffff00');
  });
});

describe('picturesCss', () => {
  it("shows a screen's picture and reserves its track's height there", () => {
    const css = picturesCss(screens, new Map([['c', [{ trackHeight: 580, laneLinesTop: 0 }]]]), '');
    expect(css).toContain('.timeline__picture > .timeline-picture--c { display: block; }');
    expect(css).toMatch(
      /timeline-picture--h580-l0\) > \.timeline__track:not\(\[style\]\) \{ height: 580px;/,
    );
  });
});
