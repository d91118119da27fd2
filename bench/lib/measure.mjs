/**
 * What the benchmark does in one page, for both apps. Everything that differs between the apps
 * lives in APPS; the measurements themselves are shared so that both get the same treatment.
 */
import { setTimeout as sleep } from 'node:timers/promises';

export const MARK = 'markers-painted';
const TOPIC = 'Elections';
/** The topic toggles of either app; the one to press is found by its visible text. */
const TOPIC_BUTTONS = 'section[aria-label="Filters"] button[aria-pressed]';

/** The app's zoom-key factor; five presses zoom in ≈ 10.5×. */
const ZOOM_STEP = 1.6;
const ZOOM_PRESSES = 5;

/**
 * @typedef {object} AppSpec
 * @property {string} label display name
 * @property {string} path page path under the server root
 * @property {string} viewport selector of the element that takes wheel zoom and drag pan
 * @property {'Control' | null} zoomKey the key a wheel needs to zoom rather than scroll the page
 * @property {number} wheelScale factor on the notch's deltaY, so that every run zooms the same
 * @property {(page: import('@playwright/test').Page) => Promise<void>} zoomToTenth
 * @property {(page: import('@playwright/test').Page) => Promise<void>} fitAll the app's own
 *   "show everything" (vis's fit leaves room for box labels, so it spans more time than ours)
 */

/** @type {Record<'newsline' | 'vis-timeline', AppSpec>} */
export const APPS = {
  newsline: {
    label: 'Newsline',
    path: '',
    viewport: '.timeline__viewport',
    // A plain wheel scrolls the article past the timeline; Ctrl + wheel zooms (as in maps).
    zoomKey: 'Control',
    // d3-zoom takes a Ctrl + wheel as a pinch, ten times stronger than a plain notch: a tenth of
    // the delta keeps each notch at the 1.15× zoom that plain notches made before Ctrl was needed,
    // so results stay comparable with earlier runs.
    wheelScale: 0.1,
    async fitAll(page) {
      await page.getByRole('button', { name: 'Fit all', exact: true }).click();
      await nextPaint(page);
    },
    // The app's own zoom keys from "Fit all", around the centre, as a reader would press them.
    async zoomToTenth(page) {
      await APPS.newsline.fitAll(page);
      await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
      for (let i = 0; i < ZOOM_PRESSES; i += 1) {
        await page.keyboard.press('+');
        await nextPaint(page);
      }
    },
  },
  'vis-timeline': {
    label: 'vis-timeline',
    path: 'vis/',
    viewport: '.vis-timeline',
    zoomKey: null,
    wheelScale: 1,
    async fitAll(page) {
      await page.evaluate(() => window.__vis.timeline.fit({ animation: false }));
      await nextPaint(page);
    },
    // vis has no zoom keys, and its own fit leaves room for box labels (a wider range than the
    // app's "Fit all"). So its API gets exactly the window the app reaches: the app's padded
    // extent (src/timeline/lib/time-window.ts) narrowed by 1.6^5 around its centre.
    async zoomToTenth(page) {
      await page.evaluate(
        ({ factor }) => {
          const DAY = 86_400_000;
          const [min, max] = window.__vis.extent;
          const margin = Math.max((max - min) * 0.04, 30 * DAY);
          const centre = (min + max) / 2;
          const half = (max - min + 2 * margin) / factor / 2;
          window.__vis.setWindow(centre - half, centre + half);
        },
        { factor: ZOOM_STEP ** ZOOM_PRESSES },
      );
      await nextPaint(page);
    },
  },
};

/** Resolves after the next frame has been painted (double rAF). */
export function nextPaint(page) {
  return page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}

/**
 * Navigates and waits for the apps' first-paint mark.
 * @returns {Promise<number>} the mark's startTime, ms since navigation start
 */
export async function measureFirstRender(page, url, timeoutMs) {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  // Poll on a timer, not rAF: the check must not add work to the frames being measured, and
  // Playwright enforces the timeout outside the page even when the page's main thread is stuck.
  const handle = await page.waitForFunction(
    (mark) =>
      performance.getEntriesByName(mark, 'mark')[0]?.startTime ??
      // Fail fast instead of waiting out the timeout when a page says it cannot load the data.
      window.__visError ??
      document.querySelector('.app--error [role="alert"]')?.textContent ??
      null,
    MARK,
    { timeout: timeoutMs, polling: 100 },
  );
  const value = await handle.jsonValue();
  if (typeof value !== 'number') throw new Error(`The page did not render: ${value}`);
  return value;
}

/**
 * Live JS heap after a full collection, in MB (10^6 bytes).
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function measureHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

/**
 * Toggles the topic on and off `cycles` times; each click is timed in the page from just before
 * `click()` to the paint that follows (double rAF), so the runner's round trips are not counted.
 * @returns {Promise<number[] | null>} one duration per click, or null when there is no such topic
 */
export async function measureFilterToggles(page, cycles = 5) {
  return page.evaluate(
    async ({ selector, topic, clicks }) => {
      const button = /** @type {HTMLButtonElement | undefined} */ (
        [...document.querySelectorAll(selector)].find((b) =>
          b.textContent?.trim().startsWith(topic),
        )
      );
      if (!button) return null;
      const paint = () =>
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      const times = [];
      for (let i = 0; i < clicks; i += 1) {
        const t0 = performance.now();
        button.click();
        await paint();
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
function startFrameRecorder(page) {
  return page.evaluate(() => {
    const rec = { gaps: [], loaf: [], running: true, observer: null, loafSupported: false };
    window.__frames = rec;
    let last = 0;
    const tick = (t) => {
      if (!rec.running) return;
      if (last) rec.gaps.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
      rec.loafSupported = true;
      rec.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) rec.loaf.push(entry.duration);
      });
      rec.observer.observe({ type: 'long-animation-frame' });
    }
  });
}

/** Stops the recorder and returns what it saw. */
function stopFrameRecorder(page) {
  return page.evaluate(() => {
    const rec = window.__frames;
    rec.running = false;
    if (rec.observer) {
      for (const entry of rec.observer.takeRecords()) rec.loaf.push(entry.duration);
      rec.observer.disconnect();
    }
    return { gaps: rec.gaps, loaf: rec.loafSupported ? rec.loaf : null };
  });
}

/** Main-thread time (ms) spent in tasks so far, from Chromium's own counters. */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * The scripted zoom+pan over the centre of the viewport: 10 wheel notches in (with the app's zoom
 * key held, if it has one), a 400 px drag left and back over 30 moves each, then 10 notches out.
 * Panning comes between the zooms so that it pans for real even from "Fit all" (at Fit all
 * itself there is nowhere to pan to). Input is paced
 * at ~16 ms, as a 60 Hz mouse would deliver it, so the frame gaps show how the app keeps up rather
 * than how fast CDP can type. Frame gaps cannot go below the display's 16.7 ms, so the main-thread
 * time per frame (Chromium's TaskDuration counter over the sequence, divided by the frames drawn)
 * is recorded too: it tells apart two apps that both keep up.
 * @returns {Promise<{ gaps: number[], loaf: number[] | null, taskMsPerFrame: number }>}
 */
export async function measureZoomPan(page, cdp, viewportSelector, zoomKey = null, wheelScale = 1) {
  const viewport = page.locator(viewportSelector).first();
  await viewport.scrollIntoViewIfNeeded();
  const box = await viewport.boundingBox();
  if (!box) throw new Error(`${viewportSelector} is not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await cdp.send('Performance.enable');

  const wheel = async (deltaY) => {
    if (zoomKey) await page.keyboard.down(zoomKey);
    for (let i = 0; i < 10; i += 1) {
      await page.mouse.wheel(0, deltaY * wheelScale);
      await sleep(16);
    }
    if (zoomKey) await page.keyboard.up(zoomKey);
  };

  await startFrameRecorder(page);
  const busyBefore = await taskMs(cdp);
  await wheel(-100);
  await page.mouse.down();
  for (const [from, to] of [
    [x, x - 400],
    [x - 400, x],
  ]) {
    for (let i = 1; i <= 30; i += 1) {
      await page.mouse.move(from + ((to - from) * i) / 30, y);
      await sleep(16);
    }
  }
  await page.mouse.up();
  await wheel(100);
  await sleep(300); // let the last frames and any deferred work land in the recording
  const busy = (await taskMs(cdp)) - busyBefore;
  const frames = await stopFrameRecorder(page);
  return { ...frames, taskMsPerFrame: busy / Math.max(1, frames.gaps.length) };
}
