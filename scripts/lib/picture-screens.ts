/**
 * The screens a page built ahead of time draws its picture of the timeline for, and the CSS that
 * shows each picture on its screens, reserves its track's height there, and colours it in either
 * theme. Pure: strings from the pictures' sizes and colours.
 */
import { screensWithSameLanes, type TrackSize } from '../../src/timeline/index.ts';
import { topicColorFor } from '../../src/ui/contrast.ts';
import type { Theme } from '../../src/ui/theme.ts';

export type { TrackSize };

export interface PictureScreen {
  /** Part of a class name. */
  key: string;
  /**
   * The viewport widths its picture is shown at, in CSS px: one width (where the timeline grows
   * with the window, a px more is a wider timeline), or every width from `min` up (`max` null),
   * where the page's layout has stopped growing.
   */
  widths: { min: number; max: number | null };
  /**
   * The timeline's width at those viewport widths, as the page's CSS lays it out (rounded, as
   * use-element-width.ts rounds it). The browser tests of the built pages check it.
   */
  timeline: number;
  /** The window height most readers of that screen have: the band holding it is drawn. */
  commonHeight: number;
  /**
   * The heights its picture may stretch over: the bands next to the common one whose picture, on
   * a given page, is the same (more lanes than the events need) show it too.
   */
  heights: { min: number; max: number };
}

// The heights a picture may stretch over, when its page's events need no lane more.
const DESKTOP_HEIGHTS = { min: 600, max: 1440 };

/**
 * The screens that get a picture, one each per page: the most common desktops, each at the window
 * height most of them have (the screen less the browser's and the system's bars). Any other
 * window gets no picture, and the page as the script draws it. Phones get none: on a phone the
 * app's first frame did not always lay out the lanes its picture showed (in about half the runs of
 * the browser tests, a few events went into clusters), and a picture that changes as the script
 * takes over is worse than none.
 */
export const PICTURE_SCREENS: readonly PictureScreen[] = [
  // A 1280×800 laptop with the browser in full screen; the browser tests' and the benchmark's
  // viewport.
  desktop('w1280', { min: 1280, max: 1280 }, 874, 800),
  // A 1440×900 MacBook, its menu bar and the browser's bars taken.
  desktop('w1440', { min: 1440, max: 1440 }, 994, 790),
  // From 1520 px the layout no longer grows (layout.css: 1440 px at most, the details column at
  // most 380 px): 1536, 1600, 1680, 1920 and wider, at a 1920×1080 screen's usual window.
  desktop('wide', { min: 1520, max: null }, 974, 950),
];

function desktop(
  key: string,
  widths: PictureScreen['widths'],
  timeline: number,
  commonHeight: number,
): PictureScreen {
  return { key, widths, timeline, commonHeight, heights: DESKTOP_HEIGHTS };
}

/** A stretch of a screen's heights that give its timeline as many lanes. */
export interface ScreenBand {
  /** Part of a class name. */
  key: string;
  screen: PictureScreen;
  /** Its viewport heights, in whole px. */
  min: number;
  max: number;
}

/** A screen's heights, cut where a lane more opens. */
export function screenBands(screen: PictureScreen): ScreenBand[] {
  const bands: ScreenBand[] = [];
  for (let height = screen.heights.min; height <= screen.heights.max;) {
    const same = screensWithSameLanes(height, screen.timeline);
    const max = Math.min(same.max, screen.heights.max);
    bands.push({ key: `${screen.key}-${bands.length}`, screen, min: height, max });
    height = max + 1;
  }
  return bands;
}

/** Where in `bands` the band holding the screen's common height is. */
export function commonBandIndex(bands: readonly ScreenBand[], screen: PictureScreen): number {
  const index = bands.findIndex(
    (band) => band.min <= screen.commonHeight && screen.commonHeight <= band.max,
  );
  if (index < 0) throw new Error(`${screen.key}: its common height lies outside its heights`);
  return index;
}

/**
 * The items next to `items[start]`, and it, for which `same` holds, in order: the bands a
 * picture stretches over (`same(items[start])` is taken as true).
 */
export function runAround<T>(items: readonly T[], start: number, same: (item: T) => boolean): T[] {
  const joins = (index: number) => {
    const item = items[index];
    return item !== undefined && same(item);
  };
  let from = start;
  while (from > 0 && joins(from - 1)) from--;
  let to = start;
  while (to < items.length - 1 && joins(to + 1)) to++;
  return items.slice(from, to + 1);
}

/** The media query for a band's picture: its screen's widths, and its heights. */
export function screenQuery(band: ScreenBand): string {
  const { min, max } = band.screen.widths;
  const widths =
    max === null
      ? [`(min-width: ${min}px)`]
      : min === max
        ? [`(width: ${min}px)`]
        : [`(min-width: ${min}px)`, `(max-width: ${max}px)`];
  return [...widths, `(min-height: ${band.min}px)`, `(max-height: ${band.max + 0.98}px)`].join(
    ' and ',
  );
}

/** The classes of a picture shown for `bands`, of a track of `size`. */
export function pictureClasses(bands: readonly ScreenBand[], size: TrackSize): string {
  return [
    'timeline-picture',
    ...bands.map((band) => `timeline-picture--${band.key}`),
    sizeClass(size),
  ].join(' ');
}

const sizeClass = ({ trackHeight, laneLinesTop }: TrackSize) =>
  `timeline-picture--h${trackHeight}-l${laneLinesTop}`;

/**
 * Data colours as custom properties: the picture is drawn once, and the page's theme picks their
 * values, as the canvas picks a palette. `name` gives each colour its property. Keyed on
 * data-theme as styles.css keys the page's own colours: until main.tsx sets it, the page and its
 * picture follow the system's scheme.
 */
export function colorVariables() {
  const names = new Map<string, string>();
  return {
    name(color: string): string {
      let name = names.get(color);
      if (name === undefined) names.set(color, (name = `--picture-color-${names.size}`));
      return `var(${name})`;
    },
    css(): string {
      const values = (theme: Theme) =>
        [...names]
          .map(([color, name]) => `${name}: ${cssColor(topicColorFor(color, theme))};`)
          .join(' ');
      const forced = [...names].map(([, name]) => `${name}: CanvasText;`).join(' ');
      return [
        `:root { ${values('light')} }`,
        `:root[data-theme='dark'] { ${values('dark')} }`,
        `@media (prefers-color-scheme: dark) { :root:not([data-theme]) { ${values('dark')} } }`,
        `@media (forced-colors: active) { :root { ${forced} } }`,
      ].join('\n');
    },
  };
}

/** A colour as written into CSS: a hex colour (what the schema allows), else the ink's. */
export const cssColor = (color: string) =>
  /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(color) ? color : 'var(--ink)';

/**
 * The pictures' stylesheet: each band's picture shown on its screens, with the height its track
 * takes there reserved (an event page's open event may take a lane more than the home page's).
 * `sizes` are the tracks' sizes by band key; a band no page has a picture for gets no rule.
 */
export function picturesCss(
  bands: readonly ScreenBand[],
  sizes: ReadonlyMap<string, readonly TrackSize[]>,
  colors: string,
): string {
  const rules = bands.flatMap((band) => {
    const drawn = sizes.get(band.key) ?? [];
    if (!drawn.length) return [];
    const picture = `timeline-picture--${band.key}`;
    // Keyed on the band's picture as well as the size: a page with no picture for this band
    // keeps the track's usual height here, whatever size its other pictures have.
    const reserve = drawn.map(
      (size) =>
        `  .timeline__viewport:has(> .timeline__picture > .${picture}.${sizeClass(size)}) > .timeline__track:not([style]) { height: ${size.trackHeight}px; background-position-y: ${size.laneLinesTop}px; }`,
    );
    return [
      [
        `@media ${screenQuery(band)} {`,
        `  .timeline__picture > .${picture} { display: block; }`,
        // Without JavaScript the timeline shows only where it has a picture (app/prerendered.css).
        `  @media (scripting: none) { .timeline:has(.${picture}) { display: block; } }`,
        ...reserve,
        '}',
      ].join('\n'),
    ];
  });
  return [
    '/* Written by scripts/prerender.ts: the pictures of the timeline in the pages it builds. */',
    colors,
    ...rules,
    '',
  ].join('\n');
}
