import type { TimelineEvent } from '../data/schema.ts';
import { measureLabel, type LabelMetrics } from './lib/label-fit.ts';

const SIZE = 12.5;
const FAMILY = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
export const LABEL_FONT = `${SIZE}px ${FAMILY}`;
/** Without a canvas (jsdom), an average glyph width stands in for measuring. */
const AVERAGE_GLYPH = SIZE * 0.55;

type Measure = (text: string) => number;

function canvasMeasure(font: string): Measure {
  const context =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return (text) => text.length * AVERAGE_GLYPH;
  context.font = font;
  const words = new Map<string, number>();
  return (text) => {
    let width = words.get(text);
    if (width === undefined) {
      // Rounded up: the sum of words must never come out narrower than the drawn line.
      width = Math.ceil(context.measureText(text).width * 10) / 10;
      if (words.size > 50_000) words.clear();
      words.set(text, width);
    }
    return width;
  };
}

/**
 * The measured words of each event's title, once per event: events are stable objects, so a
 * WeakMap keeps the cache as long as the dataset lives and no longer. The open event is measured
 * and drawn in the same weight as the others (it is marked by its box): opening it must not
 * widen its label and push its neighbours about.
 */
export function createLabelMetrics(): (event: TimelineEvent) => LabelMetrics {
  let measure: Measure | undefined;
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
