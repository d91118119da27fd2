import { describe, expect, it } from 'vitest';
import {
  colorVariables,
  commonBandIndex,
  cssColor,
  picturesCss,
  PICTURE_SCREENS,
  runAround,
  screenBands,
  screenQuery,
  type PictureScreen,
} from './picture-screens.ts';

const desktop: PictureScreen = {
  key: 'c',
  widths: { min: 1280, max: 1280 },
  timeline: 874,
  commonHeight: 800,
  heights: { min: 600, max: 1000 },
};
const wide: PictureScreen = { ...desktop, key: 'w', widths: { min: 1520, max: null } };
const bandAt = (screen: PictureScreen, height: number) => {
  const band = screenBands(screen).find((b) => b.min <= height && height <= b.max);
  if (!band) throw new Error(`no band holds ${height} px`);
  return band;
};

describe('screenBands', () => {
  it("cuts a screen's heights where a lane more opens, covering them all once", () => {
    const bands = screenBands(desktop);
    expect(bands.length).toBeGreaterThan(3);
    expect(bands[0]?.min).toBe(600);
    expect(bands.at(-1)?.max).toBe(1000);
    bands.slice(1).forEach((band, i) => expect(band.min).toBe((bands[i]?.max ?? NaN) + 1));
    expect(new Set(bands.map((band) => band.key)).size).toBe(bands.length);
  });
});

describe('commonBandIndex', () => {
  it('finds the band holding the common height', () => {
    const bands = screenBands(desktop);
    const band = bands[commonBandIndex(bands, desktop)];
    expect(band && band.min <= 800 && 800 <= band.max).toBe(true);
  });

  it('refuses a common height outside the heights', () => {
    const odd = { ...desktop, commonHeight: 1200 };
    expect(() => commonBandIndex(screenBands(odd), odd)).toThrow(/common height/);
  });
});

describe('runAround', () => {
  const same = (item: string) => item === 'x';
  it.each([
    [['a', 'x', 'X', 'x', 'b'], 2, ['x', 'X', 'x']],
    [['X', 'x', 'a'], 0, ['X', 'x']],
    [['a', 'X'], 1, ['X']],
    // A run does not skip what differs: a band beyond another's picture is not shown this one.
    [['x', 'a', 'X', 'x'], 2, ['X', 'x']],
  ])('%j around %i is %j', (items, start, run) => {
    expect(runAround(items, start, same)).toEqual(run);
  });
});

describe('screenQuery', () => {
  it("holds its screen's one width and its band's heights", () => {
    const band = bandAt(desktop, 800);
    expect(screenQuery(band)).toBe(
      `(width: 1280px) and (min-height: ${band.min}px) and (max-height: ${band.max + 0.98}px)`,
    );
  });

  it('holds every width from where the layout stops growing', () => {
    expect(screenQuery(bandAt(wide, 950))).toMatch(/^\(min-width: 1520px\) and \(min-height/);
  });
});

describe('PICTURE_SCREENS', () => {
  it('are few, each with its common height among its heights', () => {
    expect(PICTURE_SCREENS.length).toBeLessThanOrEqual(6);
    expect(new Set(PICTURE_SCREENS.map((s) => s.key)).size).toBe(PICTURE_SCREENS.length);
    for (const s of PICTURE_SCREENS) {
      expect(() => commonBandIndex(screenBands(s), s)).not.toThrow();
    }
  });

  it('never share a viewport width', () => {
    const ranges = PICTURE_SCREENS.map((s) => s.widths).sort((a, b) => a.min - b.min);
    ranges.slice(1).forEach((range, i) => {
      const before = ranges[i];
      expect(before?.max).not.toBeNull();
      expect(range.min).toBeGreaterThan(before?.max ?? Infinity);
    });
  });

  it("keep the browser tests' screen, 1280×800, and leave phones out", () => {
    const holds = (key: string, width: number, height: number) => {
      const screen = PICTURE_SCREENS.find((s) => s.key === key);
      if (!screen) throw new Error(key);
      const bands = screenBands(screen);
      const band = bands[commonBandIndex(bands, screen)];
      return (
        screen.widths.min === width &&
        band !== undefined &&
        band.min <= height &&
        height <= band.max
      );
    };
    expect(holds('w1280', 1280, 800)).toBe(true);
    expect(PICTURE_SCREENS.every((s) => s.widths.min >= 600)).toBe(true);
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
    // On a dark system, before the page has set its theme, the picture is dark with the page.
    const dark = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1];
    expect(dark).toContain('--picture-color-1');
    expect(css).toContain(
      `@media (prefers-color-scheme: dark) { :root:not([data-theme]) {${dark ?? ''}} }`,
    );
    // Yellow is unreadable on white: the light theme darkens it, as the canvas does.
    expect(/^:root \{[^}]*--picture-color-1: (#[0-9a-f]+)/m.exec(css)?.[1]).not.toBe('#ffff00');
  });
});

describe('picturesCss', () => {
  const bands = screenBands(desktop);
  const first = bands[0];
  if (!first) throw new Error('no band');
  const css = picturesCss(
    bands,
    new Map([[first.key, [{ trackHeight: 580, laneLinesTop: 0 }]]]),
    '',
  );

  it("shows a band's picture and reserves its track's height there", () => {
    expect(css).toContain(
      `.timeline__picture > .timeline-picture--${first.key} { display: block; }`,
    );
    expect(css).toContain(
      `@media (scripting: none) { .timeline:has(.timeline-picture--${first.key}) { display: block; } }`,
    );
    expect(css).toContain(
      `.timeline-picture--${first.key}.timeline-picture--h580-l0) > .timeline__track:not([style]) { height: 580px;`,
    );
  });

  it('writes nothing for a band no page has a picture for', () => {
    expect(css.match(/@media \(width/g)).toHaveLength(1);
  });
});
