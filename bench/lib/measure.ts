/**
 * What the benchmark does in a page, for every app alike. Everything that differs between the
 * apps lives in apps.ts; the measurements themselves are shared so that all get the same
 * treatment.
 */
import type { CDPSession, Page } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { MARKERS_PAINTED } from '../../src/timeline/lib/constants.ts';
import type { AppSpec, Point } from './apps.ts';
import type { BenchWindow, FrameRecorder } from './page-hooks.ts';

const TOPIC = 'Elections';
/** The topic toggles of the app and of the vis page; the one to press is found by its text. */
const TOPIC_BUTTONS = 'section[aria-label="Filters"] button[aria-pressed]';

/** A 60 Hz mouse: wheel notches and drag moves come this far apart. */
export const INPUT_INTERVAL_MS = 16;
/** Wheel notches in (and then out) in one zoom+pan sequence. */
export const WHEEL_NOTCHES = 10;
/** The drag: this far left and back, in this many moves each way. */
const DRAG_PX = 400;
const DRAG_MOVES = 30;
/**
 * A zoom+pan starts from rest: the step before it (Fit all, zoom keys) may still be animating,
 * as Newsline glides to a new window over 450 ms.
 */
const SETTLE_MS = 600;

/** Resolves after the next frame has been painted (double rAF). */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/**
 * Navigates and waits for the pages' first-paint mark. A page built ahead of time whose timeline
 * picture (its markers, drawn into the HTML) was painted whole before that had its markers on
 * screen then: that paint is its first render (SERVED_PICTURE_WATCH).
 * @returns the first render's time, ms since navigation start
 */
export async function measureFirstRender(
  page: Page,
  url: string,
  timeoutMs: number,
): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  // Poll on a timer, not rAF: the check must not add work to the frames being measured, and
  // Playwright enforces the timeout outside the page even when the page's main thread is stuck.
  const handle = await page.waitForFunction(
    (mark) =>
      performance.getEntriesByName(mark, 'mark')[0]?.startTime ??
      // Fail fast instead of waiting out the timeout when a page says it cannot load the data.
      (window as Window & BenchWindow).__peerError ??
      document.querySelector('.app--error [role="alert"]')?.textContent ??
      null,
    MARKERS_PAINTED,
    { timeout: timeoutMs, polling: 100 },
  );
  const value = await handle.jsonValue();
  if (typeof value !== 'number') throw new Error(`The page did not render: ${value}`);
  const picture = await page.evaluate(() => (window as Window & BenchWindow).__picturePainted);
  return picture === undefined ? value : Math.min(picture, value);
}

/** Live JS heap after a full collection, in MB (10^6 bytes). */
export async function measureHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * Toggles the topic on and off `cycles` times; each click is timed in the page from just before
 * `click()` to the paint that follows (double rAF), so the runner's round trips are not counted.
 * @returns one duration per click, or null when the page has no such topic
 */
export async function measureFilterToggles(page: Page, cycles = 5): Promise<number[] | null> {
  return page.evaluate(
    async ({ selector, topic, clicks }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(selector)].find((b) =>
        b.textContent?.trim().startsWith(topic),
      );
      if (!button) return null;
      const times: number[] = [];
      for (let i = 0; i < clicks; i += 1) {
        const t0 = performance.now();
        button.click();
        await new Promise<void>((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => r())),
        );
        times.push(performance.now() - t0);
        // A short pause so that work an app defers past the paint does not land in the next click.
        await new Promise((r) => setTimeout(r, 50));
      }
      return times;
    },
    { selector: TOPIC_BUTTONS, topic: TOPIC, clicks: cycles * 2 },
  );
}

/** Starts recording rAF gaps and long animation frames in the page. */
async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec: FrameRecorder = {
      gaps: [],
      loaf: [],
      running: true,
      observer: null,
      loafSupported: false,
    };
    (window as Window & BenchWindow).__frames = rec;
    let last = 0;
    const tick = (t: number) => {
      if (!rec.running) return;
      if (last) rec.gaps.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
      rec.loafSupported = true;
      rec.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) rec.loaf.push(entry.duration);
      });
      rec.observer.observe({ type: 'long-animation-frame' });
    }
  });
}

interface Frames {
  gaps: number[];
  /** Durations of the animation frames of 50 ms or more; null where the browser cannot tell. */
  loaf: number[] | null;
}

/** Stops the recorder and returns what it saw. */
async function stopFrameRecorder(page: Page): Promise<Frames> {
  return page.evaluate(() => {
    const rec = (window as Window & BenchWindow).__frames;
    if (!rec) throw new Error('No frame recorder is running');
    rec.running = false;
    if (rec.observer) {
      for (const entry of rec.observer.takeRecords()) rec.loaf.push(entry.duration);
      rec.observer.disconnect();
    }
    return { gaps: rec.gaps, loaf: rec.loafSupported ? rec.loaf : null };
  });
}

/** Main-thread time (ms) spent in tasks so far, from Chromium's own counters. */
async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

export interface ZoomPanSample extends Frames {
  /** Chromium's TaskDuration over the sequence, divided by the frames drawn. */
  taskMsPerFrame: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The centre of the part of `box` inside the window, or null if none of it is. A timeline in
 * many bands is taller than the window: the centre of its whole box lies below the window's
 * edge, where a wheel notch reaches nothing.
 */
export function visibleCentre(box: Box, window: { width: number; height: number }): Point | null {
  const left = Math.max(box.x, 0);
  const right = Math.min(box.x + box.width, window.width);
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, window.height);
  if (right <= left || bottom <= top) return null;
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/**
 * The centre of the visible part of the first element matching `selector`, scrolled into view;
 * it fails unless that point is the element's own, so that a gesture never goes elsewhere.
 */
export async function centreOf(page: Page, selector: string): Promise<Point> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  const window = page.viewportSize();
  const point = box && window ? visibleCentre(box, window) : null;
  if (!point) throw new Error(`${selector} is not visible`);
  const hit = await page.evaluate(
    ({ x, y, selector }) => document.elementFromPoint(x, y)?.closest(selector) !== null,
    { ...point, selector },
  );
  if (!hit) throw new Error(`${selector} is covered at its centre (${point.x}, ${point.y})`);
  return point;
}

/** Zooms in or out with the app's own gesture, paced like a reader's hand. */
async function zoomBy(
  page: Page,
  spec: AppSpec,
  direction: 'in' | 'out',
  at: Point,
): Promise<void> {
  const { zoom } = spec;
  if (zoom.kind === 'wheel') {
    await page.mouse.move(at.x, at.y);
    if (zoom.key) await page.keyboard.down(zoom.key);
    for (let i = 0; i < WHEEL_NOTCHES; i += 1) {
      await page.mouse.wheel(0, (direction === 'in' ? -100 : 100) * zoom.scale);
      await sleep(INPUT_INTERVAL_MS);
    }
    if (zoom.key) await page.keyboard.up(zoom.key);
    return;
  }
  // Buttons: as many presses as make about the same zoom, over the same time as the notches.
  const button = await centreOf(page, direction === 'in' ? zoom.zoomIn : zoom.zoomOut);
  const interval = (WHEEL_NOTCHES * INPUT_INTERVAL_MS) / zoom.presses;
  for (let i = 0; i < zoom.presses; i += 1) {
    await page.mouse.click(button.x, button.y);
    await sleep(interval);
  }
}

/**
 * The scripted zoom+pan: zoom in (10 wheel notches over the centre of the viewport, with the
 * app's zoom key held if it needs one, or its zoom-in button), a 400 px drag left and back over
 * 30 moves each, then zoom out the same way. Panning comes between the zooms so that it pans for
 * real even from "Fit all" (at Fit all itself there is nowhere to pan to). Input is paced at
 * ~16 ms, as a 60 Hz mouse would deliver it, so the frame gaps show how the app keeps up rather
 * than how fast CDP can type. Frame gaps cannot go below the display's 16.7 ms, so the
 * main-thread time per frame is recorded too: it tells apart two apps that both keep up.
 */
export async function measureZoomPan(
  page: Page,
  cdp: CDPSession,
  spec: AppSpec,
): Promise<ZoomPanSample> {
  const centre = await centreOf(page, spec.viewport);
  await page.mouse.move(centre.x, centre.y);
  await cdp.send('Performance.enable');
  await sleep(SETTLE_MS);

  await startFrameRecorder(page);
  const busyBefore = await taskMs(cdp);
  await zoomBy(page, spec, 'in', centre);
  const { x, y } = spec.dragStart ? await spec.dragStart(page) : centre;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (const [from, to] of [
    [x, x - DRAG_PX],
    [x - DRAG_PX, x],
  ] as const) {
    for (let i = 1; i <= DRAG_MOVES; i += 1) {
      await page.mouse.move(from + ((to - from) * i) / DRAG_MOVES, y);
      await sleep(INPUT_INTERVAL_MS);
    }
  }
  await page.mouse.up();
  await zoomBy(page, spec, 'out', centre);
  await sleep(300); // let the last frames and any deferred work land in the recording
  const busy = (await taskMs(cdp)) - busyBefore;
  const frames = await stopFrameRecorder(page);
  return { ...frames, taskMsPerFrame: busy / Math.max(1, frames.gaps.length) };
}
