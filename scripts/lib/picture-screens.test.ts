import { describe, expect, it } from 'vitest';
import {
  colorVariables,
  cssColor,
  picturesCss,
  PICTURE_SCREENS,
  screenBands,
  screenQuery,
  widthRange,
  type PictureScreen,
} from './picture-screens.ts';

const screen = (key: string, width: number, timeline: number): PictureScreen => ({
  key,
  width,
  timeline,
  heights: { min: 600, max: 1000 },
});
const screens = [
  screen('a', 375, 349),
  screen('b', 412, 385),
  screen('c', 1280, 874),
  screen('d', 1440, 994),
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

describe('screenBands', () => {
  it("cuts a screen's heights where a lane more opens, covering them all once", () => {
    const desktop = screens[2];
    if (!desktop) throw new Error('no desktop');
    const bands = screenBands(desktop);
    expect(bands.length).toBeGreaterThan(3);
    expect(bands[0]?.min).toBe(600);
    expect(bands.at(-1)?.max).toBe(1000);
    bands.slice(1).forEach((band, i) => expect(band.min).toBe((bands[i]?.max ?? NaN) + 1));
    expect(new Set(bands.map((band) => band.key)).size).toBe(bands.length);
  });
});

describe('screenQuery', () => {
  it("holds its screen's widths, up to the next screen's, and its band's heights", () => {
    const desktop = screens[2];
    if (!desktop) throw new Error('no desktop');
    const band = screenBands(desktop).find((b) => b.min <= 800 && b.max >= 800);
    if (!band) throw new Error('no band holds 800 px');
    expect(screenQuery(screens, band)).toBe(
      `(min-width: 1280px) and (max-width: 1439.98px) and (min-height: ${band.min}px) and (max-height: ${band.max + 0.98}px)`,
    );
  });

  it('covers every common screen of the build', () => {
    expect(new Set(PICTURE_SCREENS.map((s) => s.key)).size).toBe(PICTURE_SCREENS.length);
    for (const s of PICTURE_SCREENS) expect(screenBands(s).length).toBeGreaterThan(0);
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
    const desktop = screens[2];
    if (!desktop) throw new Error('no desktop');
    const bands = screenBands(desktop);
    const css = picturesCss(
      screens,
      bands,
      new Map([['c-0', [{ trackHeight: 580, laneLinesTop: 0 }]]]),
      '',
    );
    expect(css).toContain('.timeline__picture > .timeline-picture--c-0 { display: block; }');
    expect(css.match(/@media \(min-width/g)).toHaveLength(bands.length);
    expect(css).toContain(
      '@media (scripting: none) { .timeline:has(.timeline-picture--c-0) { display: block; } }',
    );
    expect(css).toMatch(
      /timeline-picture--h580-l0\) > \.timeline__track:not\(\[style\]\) \{ height: 580px;/,
    );
  });
});
