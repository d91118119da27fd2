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
  /** The viewport's width and height, in CSS px. */
  viewport: { width: number; height: number };
  /**
   * The timeline's width at that viewport width, as the page's CSS lays it out (rounded, as
   * use-element-width.ts rounds it). The browser test of the built pages checks it at 1280 px.
   */
  timeline: number;
}

/** Common phones, a tablet upright, common desktops. */
export const PICTURE_SCREENS: readonly PictureScreen[] = [
  { key: 'w375', viewport: { width: 375, height: 812 }, timeline: 349 },
  { key: 'w390', viewport: { width: 390, height: 844 }, timeline: 364 },
  { key: 'w412', viewport: { width: 412, height: 915 }, timeline: 385 },
  { key: 'w768', viewport: { width: 768, height: 1024 }, timeline: 720 },
  { key: 'w1280', viewport: { width: 1280, height: 800 }, timeline: 874 },
  { key: 'w1440', viewport: { width: 1440, height: 900 }, timeline: 994 },
  { key: 'w1920', viewport: { width: 1920, height: 1080 }, timeline: 974 },
];

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
  const min = screen.viewport.width;
  const next = screens
    .map((s) => s.viewport.width)
    .filter((width) => width > min)
    .reduce((a, b) => Math.min(a, b), Infinity);
  const limit = min < PHONE_WIDTH ? Math.min(next, PHONE_WIDTH) : next;
  return { min, below: Number.isFinite(limit) ? limit : null };
}

/** The media query for a screen's picture: its widths, and the heights that give as many lanes. */
export function screenQuery(screens: readonly PictureScreen[], screen: PictureScreen): string {
  const { min, below } = widthRange(screens, screen);
  const heights = screensWithSameLanes(screen.viewport.height, screen.timeline);
  return [
    `(min-width: ${min}px)`,
    ...(below === null ? [] : [`(max-width: ${below - 0.02}px)`]),
    ...(heights.min > 0 ? [`(min-height: ${heights.min}px)`] : []),
    `(max-height: ${heights.max + 0.98}px)`,
  ].join(' and ');
}

/** The classes of a screen's picture of a track of `size`. */
export function pictureClasses(screen: PictureScreen, size: TrackSize): string {
  return `timeline-picture timeline-picture--${screen.key} ${sizeClass(size)}`;
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
 * The pictures' stylesheet: each screen's picture shown on its screens, with the height its track
 * takes there reserved (an event page's open event may take a lane more than the home page's).
 */
export function picturesCss(
  screens: readonly PictureScreen[],
  sizes: ReadonlyMap<string, readonly TrackSize[]>,
  colors: string,
): string {
  const rules = screens.map((screen) => {
    const reserve = (sizes.get(screen.key) ?? []).map(
      (size) =>
        `  .timeline__viewport:has(> .timeline__picture > .${sizeClass(size)}) > .timeline__track:not([style]) { height: ${size.trackHeight}px; background-position-y: ${size.laneLinesTop}px; }`,
    );
    return [
      `@media ${screenQuery(screens, screen)} {`,
      `  .timeline__picture > .timeline-picture--${screen.key} { display: block; }`,
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
