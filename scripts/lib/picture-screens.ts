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
  /** The viewport's width, in CSS px. */
  width: number;
  /**
   * The timeline's width at that viewport width, as the page's CSS lays it out (rounded, as
   * use-element-width.ts rounds it). The browser test of the built pages checks it at 1280 px.
   */
  timeline: number;
  /** The viewport heights drawn for (the lanes open up to a share of it): common ones. */
  heights: { min: number; max: number };
}

// A browser's own bars take part of the screen: these are the heights pages get. Each stretch
// that opens a lane more is a picture more in every page (a few kB gzipped).
const PHONE_HEIGHTS = { min: 640, max: 880 };
const TABLET_HEIGHTS = { min: 900, max: 1100 };
const DESKTOP_HEIGHTS = { min: 650, max: 1000 };

/** Common phones, a tablet upright, common desktops. */
export const PICTURE_SCREENS: readonly PictureScreen[] = [
  { key: 'w375', width: 375, timeline: 349, heights: PHONE_HEIGHTS },
  { key: 'w390', width: 390, timeline: 364, heights: PHONE_HEIGHTS },
  { key: 'w412', width: 412, timeline: 385, heights: PHONE_HEIGHTS },
  { key: 'w768', width: 768, timeline: 720, heights: TABLET_HEIGHTS },
  { key: 'w1280', width: 1280, timeline: 874, heights: DESKTOP_HEIGHTS },
  { key: 'w1440', width: 1440, timeline: 994, heights: DESKTOP_HEIGHTS },
  { key: 'w1920', width: 1920, timeline: 974, heights: DESKTOP_HEIGHTS },
];

/** A stretch of a screen's heights that give its timeline as many lanes: one picture. */
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

/** frame-layout.ts's phone width: the lanes' share of the screen changes there. */
const PHONE_WIDTH = 600;

/**
 * The viewport widths a screen's picture is shown at: from its own width up to the next screen's
 * (or the phone layout's end): exact at its own width, near enough up to the next. Narrower than
 * the narrowest screen, none is shown.
 */
export function widthRange(
  screens: readonly PictureScreen[],
  screen: PictureScreen,
): { min: number; below: number | null } {
  const min = screen.width;
  const next = screens
    .map((s) => s.width)
    .filter((width) => width > min)
    .reduce((a, b) => Math.min(a, b), Infinity);
  const limit = min < PHONE_WIDTH ? Math.min(next, PHONE_WIDTH) : next;
  return { min, below: Number.isFinite(limit) ? limit : null };
}

/** The media query for a band's picture: its screen's widths, and its heights. */
export function screenQuery(screens: readonly PictureScreen[], band: ScreenBand): string {
  const { min, below } = widthRange(screens, band.screen);
  return [
    `(min-width: ${min}px)`,
    ...(below === null ? [] : [`(max-width: ${below - 0.02}px)`]),
    `(min-height: ${band.min}px)`,
    `(max-height: ${band.max + 0.98}px)`,
  ].join(' and ');
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
 * picture are light.
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
 * `sizes` are the tracks' sizes by band key.
 */
export function picturesCss(
  screens: readonly PictureScreen[],
  bands: readonly ScreenBand[],
  sizes: ReadonlyMap<string, readonly TrackSize[]>,
  colors: string,
): string {
  const rules = bands.map((band) => {
    const reserve = (sizes.get(band.key) ?? []).map(
      (size) =>
        `  .timeline__viewport:has(> .timeline__picture > .${sizeClass(size)}) > .timeline__track:not([style]) { height: ${size.trackHeight}px; background-position-y: ${size.laneLinesTop}px; }`,
    );
    return [
      `@media ${screenQuery(screens, band)} {`,
      `  .timeline__picture > .timeline-picture--${band.key} { display: block; }`,
      // Without JavaScript the timeline shows only where it has a picture (app/prerendered.css).
      `  @media (scripting: none) { .timeline:has(.timeline-picture--${band.key}) { display: block; } }`,
      ...reserve,
      '}',
    ].join('\n');
  });
  return [
    '/* Written by scripts/prerender.ts: the pictures of the timeline in the pages it builds. */',
    colors,
    ...rules,
    '',
  ].join('\n');
}
