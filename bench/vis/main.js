/**
 * The benchmark's peer: the same event store drawn by vis-timeline in its standard setup
 * (a DataSet, a DataView for the topic filter, `new vis.Timeline(container, items, options)`),
 * so that both apps do the same job: load `?data=`, draw every event, filter by topic.
 * `vis` is the global from the standalone UMD build loaded before this module.
 */

/* global vis */

const DEFAULT_DATA_URL = '../data/trump-russia.json';
const MARKERS_PAINTED = 'markers-painted';

// ---- Dates: the same intervals as src/data/partial-date.ts and src/data/event-date.ts ----------

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * @param {string} text "2016", "2016-03" or "2016-03-29"
 * @returns {{ start: number, end: number } | null} [first instant, first instant after) in UTC ms
 */
function partialInterval(text) {
  const match = PARTIAL_ISO.exec(text ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(match[2]) - 1;
  if (match[3] === undefined)
    return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const day = Number(match[3]);
  return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
}

/**
 * The interval the app draws for an event's date: a point or fuzzy date covers its own period,
 * a season and a span run from the start's first instant to the end's last.
 * @param {{ precision: string, start: string, end?: string }} date
 * @returns {{ start: number, end: number } | null}
 */
function resolveInterval(date) {
  const start = partialInterval(date.start);
  if (!start) return null;
  if (date.precision === 'season' || date.precision === 'span') {
    const end = partialInterval(date.end);
    return end && end.end > start.start ? { start: start.start, end: end.end } : null;
  }
  return start;
}

// ---- Items ---------------------------------------------------------------------------------------

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** vis-timeline puts `content` into innerHTML: titles from the data must stay text. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * One vis item per event: a known day is a box at its start (vis's default for an item without
 * an end); every other precision is a range over its interval, as the app draws a band or a bar.
 * @param {Array<{ id: string, title: string, topics: string[], date: object }>} events
 */
function toItems(events) {
  const items = [];
  let skipped = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    const interval = resolveInterval(event.date);
    if (!interval) {
      skipped += 1;
      continue;
    }
    const item = { id: event.id, content: escapeHtml(event.title), topics: event.topics };
    item.start = interval.start;
    if (event.date.precision !== 'day') item.end = interval.end;
    items.push(item);
    min = Math.min(min, interval.start);
    max = Math.max(max, interval.end);
  }
  return { items, skipped, extent: [min, max] };
}

// ---- Page ----------------------------------------------------------------------------------------

/** Same rule as the app: only same-origin stores. */
function dataUrl() {
  const data = new URLSearchParams(location.search).get('data');
  const url = new URL(data ?? DEFAULT_DATA_URL, location.href);
  if (url.origin !== location.origin) throw new Error(`"${data}" is not on this site`);
  return url.href;
}

/**
 * Topic toggles shaped like the app's (aria-pressed, text beginning with the label) so the
 * benchmark finds them in both pages the same way.
 */
function renderTopicToggles(topics, events, onToggle) {
  const counts = new Map();
  for (const event of events)
    for (const topic of event.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const group = document.querySelector('.filters__topics');
  for (const topic of topics) {
    const count = counts.get(topic.id) ?? 0;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = topic.label;
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute(
      'aria-label',
      `${topic.label}, ${count} ${count === 1 ? 'event' : 'events'}`,
    );
    button.addEventListener('click', () => {
      const pressed = onToggle(topic.id);
      button.setAttribute('aria-pressed', String(pressed));
    });
    group.append(button);
  }
}

/**
 * Leaves the same User Timing mark as the app once items are on screen: the frame's rAF runs
 * before its paint, and a task queued there runs after it. The constructor's own first redraw
 * emits 'changed' before a listener can exist; the ones after it (the initial fit) carry items.
 */
function markFirstPaint(timeline, container) {
  const hasItems = () => container.querySelector('.vis-item') !== null;
  const mark = () =>
    requestAnimationFrame(() => setTimeout(() => performance.mark(MARKERS_PAINTED), 0));
  const onChanged = () => {
    if (!hasItems()) return;
    timeline.off('changed', onChanged);
    mark();
  };
  timeline.on('changed', onChanged);
}

async function main() {
  const status = document.getElementById('status');
  const response = await fetch(dataUrl());
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${response.url}`);
  const store = await response.json();
  const { items, skipped, extent } = toItems(store.events ?? []);
  if (skipped) status.textContent = `${skipped} events with unreadable dates left out.`;

  const active = new Set();
  const dataset = new vis.DataSet(items);
  const view = new vis.DataView(dataset, {
    filter: (item) => active.size === 0 || item.topics.some((t) => active.has(t)),
  });
  renderTopicToggles(store.topics ?? [], store.events ?? [], (topic) => {
    const pressed = !active.delete(topic);
    if (pressed) active.add(topic);
    view.refresh();
    return pressed;
  });

  const container = document.getElementById('timeline');
  // Defaults otherwise (stack: true, zoomable, moveable); a fixed height like the app's viewport.
  const timeline = new vis.Timeline(container, view, { width: '100%', height: '600px' });
  markFirstPaint(timeline, container);
  window.__vis = {
    timeline,
    /** [earliest start, latest end] of all events, UTC ms: the benchmark zooms relative to it. */
    extent,
    setWindow: (start, end) => timeline.setWindow(start, end, { animation: false }),
  };
}

main().catch((error) => {
  window.__visError = String(error?.message ?? error);
  document.getElementById('status').textContent = `Could not load the data: ${window.__visError}`;
});
