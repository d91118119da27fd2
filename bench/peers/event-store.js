// @ts-check
/**
 * What the peer pages (vis/, timelinejs/) share: loading the store named by `?data=` and reading
 * its dates. These run in the browser straight from the benchmark's static server, so they
 * cannot import the app's TypeScript; event-store.test.ts checks that the dates here resolve
 * exactly as src/data/event-date.ts resolves them.
 */

/**
 * @typedef {{ precision: string, start: string, end?: string | undefined, label?: string | undefined }}
 *   StoreDate
 * @typedef {{ id: string, title: string, summary?: string, topics: string[], date: StoreDate }}
 *   StoreEvent
 * @typedef {{ id: string, label: string, color: string }} StoreTopic
 * @typedef {{ title?: string, topics?: StoreTopic[], events?: StoreEvent[] }} Store
 * @typedef {{ year: number, month?: number, day?: number }} DateParts
 */

const DEFAULT_DATA_URL = '../data/trump-russia.json';
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The parts of a partial ISO date ("2016", "2016-03", "2016-03-29"), months and days from 1.
 * @param {string | undefined} text
 * @returns {DateParts | null}
 */
export function partialParts(text) {
  const match = PARTIAL_ISO.exec(text ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (match[3] === undefined) return { year, month };
  return { year, month, day: Number(match[3]) };
}

/**
 * @param {string | undefined} text a partial ISO date
 * @returns {{ start: number, end: number } | null} [first instant, first instant after), UTC ms
 */
export function partialInterval(text) {
  const parts = partialParts(text);
  if (!parts) return null;
  const { year, month, day } = parts;
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === undefined)
    return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}

/** Precisions whose date runs from `start` to `end`; the others are one period. */
const RANGES = new Set(['season', 'span']);

/**
 * The interval the app draws for an event's date: a point or fuzzy date covers its own period,
 * a season and a span run from the start's first instant to the end's last. This reads dates, it
 * does not validate them as the app does: the stores benchmarked are valid ones.
 * @param {StoreDate} date
 * @returns {{ start: number, end: number } | null}
 */
export function resolveInterval(date) {
  const start = partialInterval(date.start);
  if (!start) return null;
  if (RANGES.has(date.precision)) {
    const end = partialInterval(date.end);
    return end && end.end > start.start ? { start: start.start, end: end.end } : null;
  }
  return start;
}

/** @param {StoreDate} date */
export const isRange = (date) => RANGES.has(date.precision);

/** @type {Record<string, string>} */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Both peers put text into innerHTML: titles and summaries from the data must stay text.
 * @param {string} text
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Same rule as the app: only same-origin stores. */
function dataUrl() {
  const data = new URLSearchParams(location.search).get('data');
  const url = new URL(data ?? DEFAULT_DATA_URL, location.href);
  if (url.origin !== location.origin) throw new Error(`"${data}" is not on this site`);
  return url.href;
}

/** @returns {Promise<Store>} the store named by `?data=` (the bundled one without it) */
export async function loadStore() {
  const response = await fetch(dataUrl());
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  return /** @type {Store} */ (await response.json());
}

/**
 * Shows why a page could not draw, and leaves it where the benchmark looks, so that it fails at
 * once rather than waiting out its timeout.
 * @param {unknown} error
 */
export function reportLoadError(error) {
  const message = error instanceof Error ? error.message : String(error);
  /** @type {{ __peerError?: string }} */ (/** @type {unknown} */ (window)).__peerError = message;
  const status = document.getElementById('status');
  if (status) status.textContent = `Could not load the data: ${message}`;
}
