import type { TimelineEvent } from '../data/schema.ts';
import { measureLabel, type LabelMetrics } from './lib/label-fit.ts';

const SIZE = 12.5;
const FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
export const LABEL_FONT = `${SIZE}px ${FAMILY}`;
/** Without a canvas (jsdom), an average glyph width stands in for measuring. */
const AVERAGE_GLYPH = SIZE * 0.55;

/** A text's width in px, in the labels' font. */
export type Measure = (text: string) => number;

function canvasMeasure(font: string): Measure {
  const context =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return (text) => text.length * AVERAGE_GLYPH;
  context.font = font;
  const words = new Map<string, number>();
  return (text) => {
    let width = words.get(text);
    if (width === undefined) {
      width = roundedUp(context.measureText(text).width);
      if (words.size > 50_000) words.clear();
      words.set(text, width);
    }
    return width;
  };
}

/** Rounded up: the sum of words must never come out narrower than the drawn line. */
const roundedUp = (width: number) => Math.ceil(width * 10) / 10;

/**
 * The measured words of each event's title, once per event: events are stable objects, so a
 * WeakMap keeps the cache as long as the dataset lives and no longer. The open event is measured
 * and drawn in the same weight as the others (it is marked by its box): opening it must not
 * widen its label and push its neighbours about. `given` measures in the labels' font in place of
 * a canvas (a page built ahead of time measures its words before it is drawn).
 */
export function createLabelMetrics(given?: Measure): (event: TimelineEvent) => LabelMetrics {
  // Where none is given, a canvas, made on first use: a module loaded on the server makes none.
  let measure: Measure | undefined = given && ((text) => roundedUp(given(text)));
  const cache = new WeakMap<TimelineEvent, LabelMetrics>();
  return (event) => {
    let metrics = cache.get(event);
    if (!metrics) {
      measure ??= canvasMeasure(LABEL_FONT);
      metrics = measureLabel(event.title, measure);
      cache.set(event, metrics);
    }
    return metrics;
  };
}
