/**
 * The pictures of the timeline for the pages built ahead of time: for each page, the timeline's
 * first frame drawn as SVG at every screen of PICTURE_SCREENS, with the stylesheet that shows the
 * one for the reader's screen. Texts are measured in a browser, as the canvas measures them.
 */
import type { Loaded } from '../../src/data/parse-result.ts';
import { useTimelineStore } from '../../src/state/store.ts';
import { pagePicture } from '../../src/timeline/index.ts';
import type { SvgMeasure } from '../../src/timeline/svg-surface.ts';
import type { CanvasPalette } from '../../src/ui/theme.ts';
import {
  colorVariables,
  pictureClasses,
  picturesCss,
  PICTURE_SCREENS,
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
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const missing = new Map<string, { font: string; text: string }>();
    const measure: SvgMeasure = (text, font, css) => {
      const key = `${css}\n${text}`;
      const width = widths.get(key);
      if (width !== undefined) return width;
      missing.set(key, { font: css, text });
      return text.length * font.size * 0.55;
    };
    const drawn = drawAll(loaded, eventIds, openPage, measure);
    if (!missing.size) return drawn;
    const texts = [...missing.values()];
    const measured = await browser.widths(texts);
    [...missing.keys()].forEach((key, i) => widths.set(key, measured[i] ?? 0));
  }
  throw new Error(`the timeline's pictures still had texts to measure after ${MAX_ROUNDS} rounds`);
}

function drawAll(
  loaded: Extract<Loaded, { kind: 'ok' }>,
  eventIds: readonly (string | null)[],
  openPage: (loaded: Loaded, eventId: string | null) => void,
  measure: SvgMeasure,
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
  const sizes = new Map<string, TrackSize[]>();
  const markup = new Map<string | null, string>();
  for (const eventId of eventIds) {
    openPage(loaded, eventId);
    const state = useTimelineStore.getState();
    const pictures = PICTURE_SCREENS.map((screen) => {
      const picture = pagePicture(
        state,
        { width: screen.timeline, height: screen.viewport.height },
        palette,
        measure,
        (size) => pictureClasses(screen, size),
      );
      const known = sizes.get(screen.key) ?? [];
      const same = (s: TrackSize) =>
        s.trackHeight === picture.trackHeight && s.laneLinesTop === picture.laneLinesTop;
      if (!known.some(same)) {
        const { trackHeight, laneLinesTop } = picture;
        sizes.set(screen.key, [...known, { trackHeight, laneLinesTop }]);
      }
      return picture.markup;
    });
    markup.set(eventId, pictures.join('\n'));
  }
  return { markup, css: picturesCss(PICTURE_SCREENS, sizes, colors.css()) };
}
