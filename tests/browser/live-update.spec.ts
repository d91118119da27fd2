import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { details, filters, openApp, rangeHeading, timeline } from './helpers.ts';
import {
  ADDED,
  announcement,
  FILE,
  FIRST,
  hideAndShow,
  openLive,
  serve,
  story,
} from './live-store.ts';

/**
 * Updates in place, against a store whose server changes it between requests: each version has
 * its own ETag, and a request that names the current one is answered 304, as a static host does.
 * The page's clock is Playwright's, so that five minutes pass at once.
 */

const eventsShown = (page: Page) => filters(page).getByRole('status', { name: 'Events shown' });

/** Zooms in from the whole range; returns the window's heading once the view has moved. */
async function zoomIn(page: Page): Promise<string> {
  const whole = await rangeHeading(page).textContent();
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(rangeHeading(page)).not.toHaveText(whole ?? '');
  return (await rangeHeading(page).textContent()) ?? '';
}

const openStory = (page: Page, search: string) => openLive(page, `?data=data/${FILE}${search}`);

test('an unchanged store costs a 304; a new version shows in place, keeping the view and the open event', async ({
  page,
}) => {
  const served = await serve(page, story(FIRST));
  await openStory(page, '&event=hearing');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'A hearing in the case',
  );
  const range = await zoomIn(page);
  const address = page.url();
  // Marks the page: a reload would lose it.
  await page.evaluate(() => document.body.setAttribute('data-same-page', 'yes'));

  // Back to the tab after half a minute: the store is asked for again, and has not changed.
  await page.clock.fastForward('00:31');
  await hideAndShow(page);
  await expect.poll(() => served.statuses).toEqual([200, 304]);

  served.publish(story([...FIRST, ...ADDED]));
  await page.clock.fastForward('05:00');
  await expect(announcement(page, '2 new events')).toHaveCount(1);
  expect(served.statuses).toEqual([200, 304, 200]);
  await expect(eventsShown(page)).toHaveText('All 6 events');
  await expect(timeline(page).getByRole('button', { name: /^A new filing/ })).toHaveCount(1);
  // Where the reader was: the same window, the same event open, the focus where it was.
  await expect(rangeHeading(page)).toHaveText(range);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'A hearing in the case',
  );
  await expect(timeline(page).getByRole('button', { name: 'Zoom in' })).toBeFocused();
  expect(page.url()).toBe(address);
  await expect(page.locator('body')).toHaveAttribute('data-same-page', 'yes');

  // Five minutes on, the new version has not changed: a 304 again.
  await page.clock.fastForward('05:00');
  await expect.poll(() => served.statuses).toEqual([200, 304, 200, 304]);
});

test('an open event taken out of the store is closed with a notice, the view kept', async ({
  page,
}) => {
  const served = await serve(page, story(FIRST));
  await openStory(page, '&event=ruling');
  const range = await zoomIn(page);

  served.publish(story(FIRST.filter((e) => e.id !== 'ruling')));
  await page.clock.fastForward('05:00');
  await expect(page.getByRole('alert')).toHaveText(
    /The event you had open, “The court rules”, has been taken out of this timeline/,
  );
  await expect(announcement(page, '1 event removed')).toHaveCount(1);
  await expect(details(page)).toHaveCount(0);
  await expect(rangeHeading(page)).toHaveText(range);
  await expect(page).toHaveURL(/\?data=data%2Flive-story\.json$/);
});

test('a focus in the details of an event taken out goes to the timeline, not the page’s top', async ({
  page,
}) => {
  const served = await serve(page, story(FIRST));
  await openStory(page, '&event=ruling');
  const copy = details(page).getByRole('button', { name: 'Copy link' });
  await copy.focus();
  const scrolled = await page.evaluate(() => window.scrollY);

  served.publish(story(FIRST.filter((e) => e.id !== 'ruling')));
  await page.clock.fastForward('05:00');
  await expect(details(page)).toHaveCount(0);
  await expect(timeline(page)).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('a store that has turned bad leaves the last good one showing, with a notice', async ({
  page,
}) => {
  const served = await serve(page, story(FIRST));
  await openStory(page, '');
  await expect(eventsShown(page)).toHaveText('All 4 events');

  served.publish(story([...FIRST, ...ADDED], { title: '' }));
  await page.clock.fastForward('05:00');
  const notice = page.getByRole('alert').filter({ hasText: 'A newer version' });
  await expect(notice).toContainText(
    `A newer version of this timeline could not be shown, so the one loaded before stays. “data/${FILE}” is not a timeline in the expected format.`,
  );
  // What is wrong with it, listed under the notice.
  await expect(notice.getByText('1 problem in the data')).toBeVisible();
  await expect(eventsShown(page)).toHaveText('All 4 events');
  await expect(timeline(page).getByRole('button', { name: /^A hearing in the case/ })).toHaveCount(
    1,
  );

  // Fixed again: the notice goes, and the new events come.
  served.publish(story([...FIRST, ...ADDED]));
  await page.clock.fastForward('05:00');
  await expect(announcement(page, '2 new events')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a server failing leaves the store showing, with a notice', async ({ page }) => {
  const served = await serve(page, story(FIRST));
  await openStory(page, '');
  served.publish('', 503);
  await page.clock.fastForward('05:00');
  await expect(page.getByRole('alert')).toContainText(
    `The server could not send “data/${FILE}” (it answered 503).`,
  );
  await expect(eventsShown(page)).toHaveText('All 4 events');
});

test('?live=0 asks for nothing more', async ({ page }) => {
  const served = await serve(page, story(FIRST));
  const checking: string[] = [];
  page.on('request', (request) => {
    if (/live-updates-[^/]*\.js$/.test(request.url())) checking.push(request.url());
  });
  await page.clock.install();
  await openApp(page, `?data=data/${FILE}&live=0`);
  served.publish(story([...FIRST, ...ADDED]));
  await page.clock.fastForward('05:00');
  await page.clock.fastForward('05:00');
  await hideAndShow(page);
  // A check would be asked for within a moment of these: nothing can say that none is coming but
  // a wait (the same wait sees the request with the check on).
  await page.waitForTimeout(1500);
  expect(served.statuses).toEqual([200]);
  // Nor is the code that would check fetched.
  expect(checking).toEqual([]);
  await expect(eventsShown(page)).toHaveText('All 4 events');
  // Selecting keeps it in the address.
  await timeline(page)
    .getByRole('button', { name: /^The court rules/ })
    .click();
  await expect(page).toHaveURL(/event=ruling&live=0$/);
});

test.describe('opening at the latest', () => {
  test('?at=latest opens the newest event, and names it in the address', async ({ page }) => {
    await openApp(page, '?at=latest');
    const newest = 'Trump has denied the veracity of US intelligence reports';
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(newest);
    await expect(page).toHaveURL(/\?event=russian-bounties$/);
    const marker = timeline(page).getByRole('button', { name: new RegExp(`^${newest}`) });
    await expect(marker).toHaveAttribute('aria-current', 'true');
    await expect(marker).toBeInViewport();
  });

  test('a dataset that starts at its newest event opens there, the address left as it was', async ({
    page,
  }) => {
    await serve(page, story(FIRST, { start: 'latest' }));
    await openApp(page, `?data=data/${FILE}`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('An appeal is filed');
    await expect(page).toHaveURL(new RegExp(`\\?data=data/${FILE}$`));
  });
});

const seed = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/trump-russia.json'), 'utf8'),
) as { events: unknown[] };
/** The bundled store with one more episode, which says nothing of when it was added. */
const added = {
  ...seed,
  events: [
    ...seed.events,
    {
      id: 'test-addition',
      title: 'An episode added after publication',
      date: { precision: 'day', start: '2020-08-01' },
      topics: ['diplomacy'],
    },
  ],
};

test('the bundled page, built ahead of time, takes a newer version in place', async ({ page }) => {
  const served = await serve(page, JSON.stringify(seed), 'trump-russia.json');
  await openLive(page, '');
  served.publish(JSON.stringify(added));
  await page.clock.fastForward('05:00');
  await expect(announcement(page, '1 new event')).toHaveCount(1);
  await expect(eventsShown(page)).toHaveText('All 28 events');
  await expect(
    timeline(page).getByRole('button', { name: /^An episode added after publication/ }),
  ).toHaveCount(1);
});

test('a returning reader sees what an update brings as new, though it has no date of its own', async ({
  page,
  baseURL,
}) => {
  const key = `newsline-last-visit:${new URL('data/trump-russia.json', baseURL).href}`;
  await page.addInitScript((storageKey) => {
    localStorage.setItem(storageKey, JSON.stringify({ day: '2020-07-01' }));
  }, key);
  const served = await serve(page, JSON.stringify(seed), 'trump-russia.json');
  await openLive(page, '');
  const line = filters(page).getByRole('status').filter({ hasText: 'since your last visit' });
  await expect(line).toHaveText('3 new since your last visit, July 1, 2020.');

  served.publish(JSON.stringify(added));
  await page.clock.fastForward('05:00');
  await expect(announcement(page, '1 new event')).toHaveCount(1);
  await expect(line).toHaveText('4 new since your last visit, July 1, 2020.');
  await expect(
    timeline(page).getByRole('button', {
      name: 'An episode added after publication, August 1, 2020, New',
    }),
  ).toHaveCount(1);
});
