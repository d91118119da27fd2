// @ts-check
/**
 * The benchmark's vis-timeline peer: the same event store drawn by vis-timeline in its standard
 * setup (a DataSet, a DataView for the topic filter, `new vis.Timeline(container, items,
 * options)`), so that both apps do the same job: load `?data=`, draw every event, filter by
 * topic. `?cluster=1` turns on vis-timeline's own clustering (its `cluster` option, defaults),
 * its answer to dense data, as the app answers it with cluster badges.
 * `vis` is the global of the standalone UMD build, loaded before this module.
 */
import { escapeHtml, loadStore, reportLoadError, resolveInterval } from '../peers/event-store.js';
import { markAfterNextPaint } from '../peers/first-paint.js';

/**
 * @typedef {import('../peers/event-store.js').StoreEvent} StoreEvent
 * @typedef {import('../peers/event-store.js').StoreTopic} StoreTopic
 * @typedef {import('vis-timeline').Timeline} Timeline
 * @typedef {{ id: string, content: string, topics: string[], start: number, end?: number }} Item
 * @typedef {{
 *   Timeline: new (
 *     container: HTMLElement,
 *     items: import('vis-data').DataView<Item, 'id'>,
 *     options: import('vis-timeline').TimelineOptions,
 *   ) => Timeline,
 *   DataSet: typeof import('vis-data').DataSet,
 *   DataView: typeof import('vis-data').DataView,
 * }} VisGlobal
 */

const vis = /** @type {{ vis: VisGlobal }} */ (/** @type {unknown} */ (window)).vis;
const clustered = new URLSearchParams(location.search).get('cluster') === '1';

/**
 * One vis item per event: a known day is a box at its start (vis's default for an item without
 * an end); every other precision is a range over its interval, as the app draws a band or a bar.
 * @param {StoreEvent[]} events
 */
function toItems(events) {
  /** @type {Item[]} */
  const items = [];
  let skipped = 0;
  for (const event of events) {
    const interval = resolveInterval(event.date);
    if (!interval) {
      skipped += 1;
      continue;
    }
    /** @type {Item} */
    const item = {
      id: event.id,
      content: escapeHtml(event.title),
      topics: event.topics,
      start: interval.start,
    };
    if (event.date.precision !== 'day') item.end = interval.end;
    items.push(item);
  }
  return { items, skipped };
}

/**
 * Topic toggles shaped like the app's (aria-pressed, text beginning with the label) so the
 * benchmark finds them in both pages the same way.
 * @param {StoreTopic[]} topics
 * @param {StoreEvent[]} events
 * @param {(topic: string) => boolean} onToggle returns whether the topic is now pressed
 */
function renderTopicToggles(topics, events, onToggle) {
  /** @type {Map<string, number>} */
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
    group?.append(button);
  }
}

/**
 * Leaves the app's first-paint mark once items (or clusters, which are items too) are on
 * screen. The constructor's own first redraw emits 'changed' before a listener can exist; the
 * ones after it (the initial fit) carry items.
 * @param {Timeline} timeline
 * @param {HTMLElement} container
 */
function markFirstPaint(timeline, container) {
  const onChanged = () => {
    if (!container.querySelector('.vis-item')) return;
    timeline.off('changed', onChanged);
    markAfterNextPaint();
  };
  timeline.on('changed', onChanged);
}

async function main() {
  if (clustered) document.title = document.title.replace('vis-timeline', 'vis-timeline (cluster)');
  const status = document.getElementById('status');
  const store = await loadStore();
  const events = store.events ?? [];
  const { items, skipped } = toItems(events);
  if (skipped && status) status.textContent = `${skipped} events with unreadable dates left out.`;

  /** @type {Set<string>} */
  const active = new Set();
  const dataset = new vis.DataSet(items);
  const view = new vis.DataView(dataset, {
    filter: (item) => active.size === 0 || item.topics.some((t) => active.has(t)),
  });
  renderTopicToggles(store.topics ?? [], events, (topic) => {
    const pressed = !active.delete(topic);
    if (pressed) active.add(topic);
    view.refresh();
    return pressed;
  });

  const container = document.getElementById('timeline');
  if (!container) throw new Error('The page has no #timeline');
  // Defaults otherwise (stack: true, zoomable, moveable); a fixed height like the app's viewport.
  const timeline = new vis.Timeline(container, view, {
    width: '100%',
    height: '600px',
    // Clustering with vis-timeline's defaults (as `cluster: true`; its types want an object).
    ...(clustered ? { cluster: {} } : {}),
  });
  markFirstPaint(timeline, container);
  /** The benchmark's handle on the page (bench/lib/page-hooks.ts describes it). */
  Object.assign(window, {
    __vis: {
      fit: () => timeline.fit({ animation: false }),
      /** @param {number} start @param {number} end */
      setWindow: (start, end) => timeline.setWindow(start, end, { animation: false }),
    },
  });
}

main().catch(reportLoadError);
