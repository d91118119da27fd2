/**
 * The pictures of the timeline for the pages built ahead of time: for each page, the timeline's
 * first frame drawn as SVG for each screen of PICTURE_SCREENS at its common height, with the
 * stylesheet that shows the one for the reader's screen (none on other screens). Texts are measured in a browser, as the canvas measures them.
 */
import type { Loaded } from '../../src/data/parse-result.ts';
import { useTimelineStore } from '../../src/state/store.ts';
import { pagePicture } from '../../src/timeline/index.ts';
import type { SvgMeasure } from '../../src/timeline/svg-surface.ts';
import type { CanvasPalette } from '../../src/ui/theme.ts';
import {
  colorVariables,
  commonBandIndex,
  pictureClasses,
  picturesCss,
  PICTURE_SCREENS,
  runAround,
  screenBands,
  type ScreenBand,
  type TrackSize,
} from './picture-screens.ts';
import type { BrowserMeasure } from './browser-measure.ts';

export interface TimelinePictures {
  /** Each page's pictures (by its event's id, or null for the home page), as markup. */
  markup: Map<string | null, string>;
  css: string;
}

/** Rounds of measuring: a width measured can cut a label elsewhere, with words unmeasured yet. */
const MAX_ROUNDS = 4;

export async function drawTimelinePictures(
  loaded: Extract<Loaded, { kind: 'ok' }>,
  eventIds: readonly (string | null)[],
  openPage: (loaded: Loaded, eventId: string | null) => void,
  browser: BrowserMeasure,
): Promise<TimelinePictures> {
  const widths = new Map<string, number>();
  const baselines = new Map<string, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = new Map<string, { font: string; text: string }>();
    const missingBaselines = new Map<string, { font: string; baseline: CanvasTextBaseline }>();
    const measure: SvgMeasure = (text, font, css) => {
      const key = `${css}\n${text}`;
      const width = widths.get(key);
      if (width !== undefined) return width;
      missing.set(key, { font: css, text });
      return text.length * font.size * 0.55;
    };
    const baselineShift = (css: string, baseline: CanvasTextBaseline) => {
      const key = `${css}\n${baseline}`;
      const shift = baselines.get(key);
      if (shift === undefined) missingBaselines.set(key, { font: css, baseline });
      return shift;
    };
    const drawn = drawAll(loaded, eventIds, openPage, { measure, baselineShift });
    if (!missing.size && !missingBaselines.size) return drawn;
    const measured = await browser.widths([...missing.values()]);
    [...missing.keys()].forEach((key, i) => widths.set(key, measured[i] ?? 0));
    const shifts = await browser.baselines([...missingBaselines.values()]);
    [...missingBaselines.keys()].forEach((key, i) => baselines.set(key, shifts[i] ?? 0));
  }
  throw new Error(`the timeline's pictures still had texts to measure after ${MAX_ROUNDS} rounds`);
}

function drawAll(
  loaded: Extract<Loaded, { kind: 'ok' }>,
  eventIds: readonly (string | null)[],
  openPage: (loaded: Loaded, eventId: string | null) => void,
  text: Parameters<typeof pagePicture>[3],
): TimelinePictures {
  const colors = colorVariables();
  // The page's colours, which its theme sets: the picture follows a change of theme as the page does.
  const palette: CanvasPalette = {
    ink: 'var(--ink)',
    muted: 'var(--muted)',
    paper: 'var(--paper)',
    line: 'var(--line)',
    forced: false,
    topic: colors.name,
  };
  const screens = PICTURE_SCREENS.map((screen) => {
    const bands = screenBands(screen);
    return { bands, common: commonBandIndex(bands, screen) };
  });
  const sizes = new Map<string, TrackSize[]>();
  const markup = new Map<string | null, string>();
  for (const eventId of eventIds) {
    openPage(loaded, eventId);
    const state = useTimelineStore.getState();
    const draw = (band: ScreenBand) =>
      pagePicture(
        state,
        { width: band.screen.timeline, height: band.min },
        palette,
        text,
        () => CLASSES,
      );
    // One picture per screen, for its common height; the bands next to it whose picture is the
    // same (more lanes than the page's events need) show it too, and the others none.
    const pictures = screens.map(({ bands, common }) => {
      const commonBand = bands[common];
      if (!commonBand) throw new Error('a screen with no band');
      const picture = draw(commonBand);
      const shownOn = runAround(bands, common, (band) => draw(band).markup === picture.markup);
      const size = { trackHeight: picture.trackHeight, laneLinesTop: picture.laneLinesTop };
      for (const band of shownOn) {
        const known = sizes.get(band.key) ?? [];
        const same = (s: TrackSize) =>
          s.trackHeight === size.trackHeight && s.laneLinesTop === size.laneLinesTop;
        if (!known.some(same)) sizes.set(band.key, [...known, size]);
      }
      return picture.markup.replace(CLASSES, pictureClasses(shownOn, size));
    });
    markup.set(eventId, pictures.join('\n'));
  }
  return {
    markup,
    css: picturesCss(
      screens.flatMap((s) => s.bands),
      sizes,
      colors.css(),
    ),
  };
}

/** Stands in for a picture's classes until its bands are known. */
const CLASSES = 'timeline-picture-classes';
