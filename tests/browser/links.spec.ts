import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { details, filters, openApp, rangeHeading, timeline } from './helpers.ts';
import { settled } from './labels.ts';

/**
 * A shared link shows what it names: a link with topics or a search opens on the same years as
 * the reader who chose those filters by hand saw, on the page, in an embed and in an image.
 */

// At Fit all the heading names the events’ own years.
const WHOLE_RANGE = /2013–2020/;

/** The range heading once the view has come to rest after a change of filters. */
async function restingRange(page: Page): Promise<string> {
  await expect(rangeHeading(page)).not.toHaveText(WHOLE_RANGE);
  // A glide's frames name the window as it moves: read the heading once it says the same twice,
  // a glide's length apart, with the markers at rest.
  let last = '';
  await expect
    .poll(
      async () => {
        await settled(page);
        const now = (await rangeHeading(page).textContent()) ?? '';
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [600] },
    )
    .toBe(true);
  return last;
}

/** What the range heading says after clicking the Sanctions topic. */
async function rangeAfterClickingSanctions(page: Page): Promise<string> {
  await openApp(page);
  await expect(rangeHeading(page)).toHaveText(WHOLE_RANGE);
  await filters(page)
    .getByRole('button', { name: /^Sanctions/ })
    .click();
  return restingRange(page);
}

test('?topics= opens on the years that clicking the topic fits', async ({ page }) => {
  const clicked = await rangeAfterClickingSanctions(page);
  expect(clicked).toMatch(/\d{4}/);

  await openApp(page, '?topics=sanctions');
  await expect(rangeHeading(page)).toHaveText(clicked);
  for (const marker of await timeline(page)
    .getByRole('button', { name: /^Trump/ })
    .all()) {
    await expect(marker).toBeInViewport();
  }
});

test('?q= opens on the years that typing the search fits', async ({ page }) => {
  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('Bolton');
  const typed = await restingRange(page);

  await openApp(page, '?q=Bolton');
  await expect(rangeHeading(page)).toHaveText(typed);
});

test('?event= with ?topics= opens fitted, with the open event in view', async ({ page }) => {
  const clicked = await rangeAfterClickingSanctions(page);

  await openApp(page, '?event=deripaska-sanctions&topics=sanctions');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump eased sanctions on Deripaska',
  );
  await expect(rangeHeading(page)).toHaveText(clicked);
  await expect(timeline(page).locator('[data-event-id="deripaska-sanctions"]')).toBeInViewport();
});

test('?event= of an event the topics hide opens on the topics’ years all the same', async ({
  page,
}) => {
  const clicked = await rangeAfterClickingSanctions(page);

  // "Trump has repeatedly praised Putin", 2013–2020, is in none of the Sanctions episodes.
  await openApp(page, '?event=praised-putin&topics=sanctions');
  await expect(details(page).getByText('Hidden by the filters')).toBeVisible();
  await expect(rangeHeading(page)).toHaveText(clicked);
});

test('an embed with topics opens fitted to them', async ({ page }) => {
  const clicked = await rangeAfterClickingSanctions(page);

  await openApp(page, '?topics=sanctions&embed=1');
  await expect(page.getByRole('link', { name: 'Open in a new tab' })).toBeVisible();
  await expect(rangeHeading(page)).toHaveText(clicked);
});

test('an image exported from a link with topics shows the fitted years', async ({ page }) => {
  const clicked = await rangeAfterClickingSanctions(page);
  const years = clicked.replace(/^\D*/, '');

  await openApp(page, '?topics=sanctions');
  await timeline(page).getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Image (SVG)', exact: true }).click();
  const svg = await readFile(await (await download).path(), 'utf8');
  const texts = await page.evaluate(
    (source) =>
      [...new DOMParser().parseFromString(source, 'image/svg+xml').querySelectorAll('text')].map(
        (t) => t.textContent,
      ),
    svg,
  );
  expect(texts).toContain(years);
  expect(texts.join(' ')).not.toMatch(WHOLE_RANGE);
});
