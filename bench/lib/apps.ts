/**
 * The apps the benchmark compares, and everything in which they differ: their page, the element
 * that takes zoom and pan, their zoom gesture, their own "show everything" and the sizes and
 * steps that apply to them. The measurements themselves (measure.ts) are the same for all.
 */
import type { Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZOOM_STEP } from '../../src/timeline/lib/constants.ts';
import { nextPaint } from './measure.ts';
import type { BenchWindow } from './page-hooks.ts';

/**
 * An event store: the bundled dataset ('seed'), a generated one of that many events,
 * 'thumbnails', THUMBNAILED_EVENTS generated events each with a picture of its own, 'groups',
 * GROUPED_EVENTS generated events in groups of the store's own, drawn one band per group, or
 * 'links', LINKED_EVENTS generated events with links around one, opened so that they are drawn.
 */
export type Size = number | (typeof NAMED_SIZES)[number];
export const NAMED_SIZES = ['seed', 'thumbnails', 'links', 'groups'] as const;
export const THUMBNAILED_EVENTS = 1000;
/** The plain store of this many events, each put in one of its groups. */
export const GROUPED_EVENTS = 10_000;
/** The plain store of this many events, with links to and from the one in its middle. */
export const LINKED_EVENTS = 1000;

/**
 * Query parameters a size adds to the page's: the grouped store is drawn in its groups, and the
 * store with links opens the event they are around, since only an open event's links are drawn.
 */
export function sizeParams(size: Size, store: StoreFacts): Readonly<Record<string, string>> {
  if (size === 'groups') return { group: 'groups' };
  if (size !== 'links') return {};
  if (store.linkHub === undefined) throw new Error('The store with links has no event with links');
  return { event: store.linkHub };
}

export const APP_IDS = ['newsline', 'vis-timeline', 'vis-timeline-cluster', 'timelinejs'] as const;
export type AppId = (typeof APP_IDS)[number];

/** The app's zoom-key presses from "Fit all" to the "1/10 zoom" state: 1.6^5 ≈ 10.5×. */
const ZOOM_PRESSES = 5;
export const TENTH_ZOOM = ZOOM_STEP ** ZOOM_PRESSES;

/** TimelineJS animates every move of its time navigator over this long (its `duration`). */
const TIMELINEJS_ANIMATION_MS = 1000;

export type ZoomGesture =
  /** Wheel notches, with a key held if the app needs one; `scale` multiplies each notch. */
  | { kind: 'wheel'; key: 'Control' | null; scale: number }
  /** Buttons (accessible names), pressed `presses` times for about the wheel's 4× zoom. */
  | { kind: 'buttons'; zoomIn: string; zoomOut: string; presses: number };

export interface Point {
  x: number;
  y: number;
}

/** What an app needs to know about the store it shows. */
export interface StoreFacts {
  /** The app's padded extent of the events (src/timeline/lib/time-window.ts), UTC ms. */
  extent: readonly [number, number];
  /** The event with the most links, if any has one: the one the store with links opens. */
  linkHub?: string;
}

export interface AppSpec {
  label: string;
  /** Page path under the server root. */
  path: string;
  /** Query parameters besides `data`. */
  params: Readonly<Record<string, string>>;
  /** Selector of the element that takes zoom and pan. */
  viewport: string;
  zoom: ZoomGesture;
  /** Where a drag must start to pan; the viewport's centre when absent. */
  dragStart?: (page: Page) => Promise<Point>;
  /** The sizes it is measured at; every size when absent. */
  sizes?: readonly Size[];
  /** The most events it is measured at, if it has a limit. */
  maxEvents?: number;
  /** Why it is not measured at the other sizes. */
  sizesNote?: string;
  /** Whether it draws a marker's picture on the timeline: only then is it measured with them. */
  drawsThumbnails?: boolean;
  /** Whether its page draws a band per group of the store's own: only then is it measured so. */
  drawsGroups?: boolean;
  /** Whether it draws an open event's links on the timeline: only then is it measured with them. */
  drawsLinks?: boolean;
  /** Steps that do not apply to it, each with the reason. */
  notApplicable: Readonly<Partial<Record<'filter', string>>>;
  /** The app's own "show everything". */
  fitAll(page: Page, store: StoreFacts): Promise<void>;
  /** The window the app reaches with five zoom-key presses from "Fit all". */
  zoomToTenth(page: Page, store: StoreFacts): Promise<void>;
}

export const NO_THUMBNAILS_NOTE =
  'The peers draw no pictures on their markers (TimelineJS3 shows media on its slides, ' +
  'vis-timeline only through templates of its own), so the store with a picture on every event ' +
  'measures Newsline alone.';

export const NO_GROUPS_NOTE =
  "The peers' pages draw no swimlanes (vis-timeline has groups of its own, but its page here " +
  'lays every item out in one band, and TimelineJS3 groups rows by first topic only), so the ' +
  'store in groups measures Newsline alone.';

export const NO_LINKS_NOTE =
  'The peers draw no links between events (vis-timeline and TimelineJS3 have none), so the ' +
  'store with links measures Newsline alone.';

/** Why an app is not measured at a size. */
export function notMeasuredNote(spec: AppSpec, size: Size): string {
  if (size === 'thumbnails') return NO_THUMBNAILS_NOTE;
  if (size === 'groups') return NO_GROUPS_NOTE;
  if (size === 'links') return NO_LINKS_NOTE;
  return spec.sizesNote ?? 'not measured';
}

export function measuredAt(spec: AppSpec, size: Size): boolean {
  // The peers' pages draw no pictures on their markers, no bands per group and no links: only
  // Newsline is measured at those stores.
  if (size === 'thumbnails') return spec.drawsThumbnails === true;
  if (size === 'groups') return spec.drawsGroups === true;
  if (size === 'links') return spec.drawsLinks === true;
  if (spec.maxEvents !== undefined && size !== 'seed' && size > spec.maxEvents) return false;
  return !spec.sizes || spec.sizes.includes(size);
}

const newsline: AppSpec = {
  label: 'Newsline',
  path: '',
  params: {},
  drawsThumbnails: true,
  drawsGroups: true,
  drawsLinks: true,
  viewport: '.timeline__viewport',
  // A plain wheel scrolls the article past the timeline; Ctrl + wheel zooms (as in maps).
  // d3-zoom takes a Ctrl + wheel as a pinch, ten times stronger than a plain notch: a tenth of
  // the delta keeps each notch at the 1.15× zoom that plain notches made before Ctrl was needed,
  // so results stay comparable with earlier runs.
  zoom: { kind: 'wheel', key: 'Control', scale: 0.1 },
  notApplicable: {},
  async fitAll(page) {
    await page.getByRole('button', { name: 'Fit all', exact: true }).click();
    await nextPaint(page);
  },
  // The app's own zoom keys from "Fit all", around the centre, as a reader would press them.
  async zoomToTenth(page, store) {
    await newsline.fitAll(page, store);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < ZOOM_PRESSES; i += 1) {
      await page.keyboard.press('+');
      await nextPaint(page);
    }
  },
};

/**
 * vis-timeline has no zoom keys, and its own fit leaves room for box labels (a wider range than
 * the app's "Fit all"). So its API gets exactly the window the app reaches: the app's padded
 * extent narrowed by 1.6^5 around its centre.
 */
async function visZoomToTenth(page: Page, store: StoreFacts): Promise<void> {
  const [min, max] = store.extent;
  const centre = (min + max) / 2;
  const half = (max - min) / TENTH_ZOOM / 2;
  await page.evaluate(
    ([start, end]) => {
      const vis = (window as Window & BenchWindow).__vis;
      if (!vis) throw new Error('The vis-timeline page is not ready');
      vis.setWindow(start, end);
    },
    [centre - half, centre + half] as const,
  );
  await nextPaint(page);
}

async function visFitAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    const vis = (window as Window & BenchWindow).__vis;
    if (!vis) throw new Error('The vis-timeline page is not ready');
    vis.fit();
  });
  await nextPaint(page);
}

const visTimeline: AppSpec = {
  label: 'vis-timeline',
  path: 'vis/',
  params: {},
  viewport: '.vis-timeline',
  zoom: { kind: 'wheel', key: null, scale: 1 },
  maxEvents: 100_000,
  sizesNote:
    'vis-timeline takes minutes or does not finish at 100,000 events, so it is not measured at ' +
    'the million-event store: n/a there.',
  notApplicable: {},
  fitAll: visFitAll,
  zoomToTenth: visZoomToTenth,
};

const visTimelineCluster: AppSpec = {
  ...visTimeline,
  label: 'vis-timeline (cluster)',
  params: { cluster: '1' },
};

/** A point of TimelineJS's empty track, where a drag pans: its markers do not start one. */
async function timelinejsDragStart(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    const nav = document.querySelector('.tl-timenav')?.getBoundingClientRect();
    if (!nav) return null;
    const x = nav.left + nav.width / 2;
    // The strip along its time axis takes no pointer events: it is track all along.
    for (let y = nav.bottom - 8; y > nav.top; y -= 4) {
      if (document.elementFromPoint(x, y)?.classList.contains('tl-timenav-slider-background'))
        return { x, y };
    }
    return null;
  });
  if (!point) throw new Error('TimelineJS shows no empty track to drag');
  return point;
}

async function timelinejsCall(page: Page, call: 'fit' | 'tenth', factor: number): Promise<void> {
  await page.evaluate(
    ({ call, factor }) => {
      const tl = (window as Window & BenchWindow).__timelinejs;
      if (!tl) throw new Error('The TimelineJS page is not ready');
      if (call === 'fit') tl.fit();
      else tl.zoomTo(factor);
    },
    { call, factor },
  );
  // Let its navigator finish the move it animates, so that the zoom+pan starts from rest.
  await sleep(TIMELINEJS_ANIMATION_MS + 200);
  await nextPaint(page);
}

const timelinejs: AppSpec = {
  label: 'TimelineJS3',
  path: 'timelinejs/',
  params: {},
  viewport: '.tl-timenav',
  // The wheel only scrolls its navigator sideways; it zooms with its two buttons, through a
  // Fibonacci sequence of scales (about 1.6× a step): three presses make about the wheel's 4×.
  zoom: {
    kind: 'buttons',
    zoomIn: 'button[aria-label="Zoom in"]',
    zoomOut: 'button[aria-label="Zoom out"]',
    presses: 3,
  },
  dragStart: timelinejsDragStart,
  sizes: ['seed', 1000],
  sizesNote:
    'It builds a story slide (its full text) for every event, so it is measured at the bundled ' +
    'dataset and 1,000 events only: n/a at larger sizes.',
  notApplicable: { filter: 'TimelineJS3 has no filters' },
  fitAll: (page) => timelinejsCall(page, 'fit', 1),
  zoomToTenth: (page) => timelinejsCall(page, 'tenth', TENTH_ZOOM),
};

export const APPS: Readonly<Record<AppId, AppSpec>> = {
  newsline,
  'vis-timeline': visTimeline,
  'vis-timeline-cluster': visTimelineCluster,
  timelinejs,
};
