// @ts-check
/**
 * The benchmark's TimelineJS3 peer: the same event store in Knight Lab's storytelling timeline,
 * set up as its documentation shows (`new TL.Timeline(container, data, options)` with its JSON
 * format), one slide per event. It has no topic filter, so the benchmark does not time one.
 * `TL` is the global of dist/js/timeline.js, loaded before this module.
 */
import {
  escapeHtml,
  isRange,
  loadStore,
  partialParts,
  reportLoadError,
} from '../peers/event-store.js';
import { markAfterNextPaint } from '../peers/first-paint.js';

/**
 * @typedef {import('../peers/event-store.js').StoreEvent} StoreEvent
 * @typedef {import('../peers/event-store.js').DateParts} DateParts
 * @typedef {{
 *   unique_id: string,
 *   start_date: DateParts,
 *   end_date?: DateParts,
 *   display_date?: string,
 *   text: { headline: string, text: string },
 *   group?: string,
 * }} Slide
 * @typedef {{
 *   on: (type: string, listener: () => void) => void,
 *   off: (type: string, listener: () => void) => void,
 *   goTo: (n: number) => void,
 *   _timenav: { setZoomFactor: (factor: number) => void },
 * }} Timeline
 * @typedef {{ Timeline: new (el: HTMLElement, data: { events: Slide[] }, options: object) =>
 *   Timeline }} TLGlobal
 */

const TL = /** @type {{ TL: TLGlobal }} */ (/** @type {unknown} */ (window)).TL;

/** Where this page serves TimelineJS's dist/js; it looks up locales and fonts from there. */
const SCRIPT_PATH = new URL('../tl-lib/js/', location.href).href;

/**
 * One TimelineJS slide per event: its start (and, for a season or a span, its end) as the
 * year, month and day that the partial date gives, the title as headline, the summary as text
 * and the first topic as group (TimelineJS draws a row per group, as the app colours by topic).
 * Both texts go into TimelineJS's innerHTML, so they are escaped.
 * @param {StoreEvent[]} events
 * @param {Map<string, string>} topicLabels
 */
function toSlides(events, topicLabels) {
  /** @type {Slide[]} */
  const slides = [];
  let skipped = 0;
  for (const event of events) {
    const start = partialParts(event.date.start);
    const end = isRange(event.date) ? partialParts(event.date.end) : undefined;
    if (!start || end === null) {
      skipped += 1;
      continue;
    }
    const topic = event.topics[0];
    /** @type {Slide} */
    const slide = {
      unique_id: event.id,
      start_date: start,
      text: { headline: escapeHtml(event.title), text: escapeHtml(event.summary ?? '') },
    };
    if (end) slide.end_date = end;
    if (event.date.label) slide.display_date = escapeHtml(event.date.label);
    if (topic) slide.group = escapeHtml(topicLabels.get(topic) ?? topic);
    slides.push(slide);
  }
  return { slides, skipped };
}

/**
 * Leaves the app's first-paint mark once TimelineJS has drawn its markers: 'loaded' comes when
 * its time navigator and story slider are built, markers included.
 * @param {Timeline} timeline
 * @param {HTMLElement} container
 */
function markFirstPaint(timeline, container) {
  const onLoaded = () => {
    if (!container.querySelector('.tl-timemarker')) return;
    timeline.off('loaded', onLoaded);
    markAfterNextPaint();
  };
  timeline.on('loaded', onLoaded);
}

async function main() {
  const status = document.getElementById('status');
  const store = await loadStore();
  const topicLabels = new Map((store.topics ?? []).map((t) => [t.id, t.label]));
  const { slides, skipped } = toSlides(store.events ?? [], topicLabels);
  if (skipped && status) status.textContent = `${skipped} events with unreadable dates left out.`;

  const container = document.getElementById('timeline');
  if (!container) throw new Error('The page has no #timeline');
  const timeline = new TL.Timeline(
    container,
    { events: slides },
    {
      // Its default web font comes from Google Fonts; the page uses the system font instead.
      font: null,
      // Locales and themes are looked up beside its script: here, not on Knight Lab's CDN.
      script_path: SCRIPT_PATH,
      language: 'en',
      hash_bookmark: false,
      ga_measurement_id: null,
    },
  );
  markFirstPaint(timeline, container);

  /**
   * TimelineJS keeps its current slide in the middle of the navigator, and its scale factor is
   * the number of screen widths the whole range spans. So the benchmark's zoom states open the
   * middle slide and set the factor: 1 for "Fit all", 1.6^5 for the app's "1/10 zoom". Its public
   * zoom only steps through its own sequence, hence the private `_timenav` for any factor.
   * @param {number} factor
   */
  const zoomTo = (factor) => {
    timeline.goTo(Math.floor(slides.length / 2));
    timeline._timenav.setZoomFactor(factor);
  };
  /** The benchmark's handle on the page (bench/lib/page-hooks.ts describes it). */
  Object.assign(window, { __timelinejs: { fit: () => zoomTo(1), zoomTo } });
}

main().catch(reportLoadError);
