import type { Page } from '@playwright/test';
import { openApp } from './helpers.ts';

/**
 * A store whose server changes it between requests, for the tests of updates in place: each
 * version has its own ETag, and a request that names the current one is answered 304, as a static
 * host does.
 */

export const FILE = 'live-story.json';

const event = (id: string, title: string, start: string) => ({
  id,
  title,
  summary: `${title}, as reported.`,
  date: { precision: 'day', start },
  topics: ['courts'],
});

export const FIRST = [
  event('first-report', 'The first report', '2020-01-10'),
  event('hearing', 'A hearing in the case', '2020-03-05'),
  event('ruling', 'The court rules', '2020-05-20'),
  event('appeal', 'An appeal is filed', '2020-08-14'),
];
export const ADDED = [
  event('new-filing', 'A new filing', '2020-06-02'),
  event('late-verdict', 'The verdict', '2020-10-01'),
];

export const story = (events: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 1,
    title: 'A developing story',
    topics: [{ id: 'courts', label: 'Courts', color: '#1d4ed8' }],
    ...extra,
    events,
  });

export interface Served {
  /** The status of each answer to the store's address, in order. */
  statuses: number[];
  /** Serves another version from the next request on. */
  publish: (body: string, status?: number) => void;
}

/** Serves the store at `data/<file>` as a host that names versions does. */
export async function serve(page: Page, body: string, file = FILE): Promise<Served> {
  let version = 1;
  let current = { body, status: 200 };
  const statuses: number[] = [];
  await page.route(`**/data/${file}`, async (route) => {
    const etag = `"v${version}"`;
    const status =
      route.request().headers()['if-none-match'] === etag && current.status === 200
        ? 304
        : current.status;
    statuses.push(status);
    await route.fulfill(
      status === 304
        ? { status, headers: { etag } }
        : { status, body: current.body, contentType: 'application/json', headers: { etag } },
    );
  });
  return {
    statuses,
    publish: (next, status = 200) => {
      version++;
      current = { body: next, status };
    },
  };
}

/** The tab hidden, then shown again, as when a reader comes back to it. */
export async function hideAndShow(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
}

/**
 * Opens the app on `search`, with Playwright's clock, and waits for the code that checks for
 * updates, which arrives after the page: a tab shown again before it is there goes unheard.
 */
export async function openLive(page: Page, search: string): Promise<void> {
  await page.clock.install();
  const checking = page.waitForResponse(/\/assets\/live-updates-[^/]*\.js$/);
  await openApp(page, search);
  await checking;
}

/** The polite announcement of an update, by its words. */
export const announcement = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });
