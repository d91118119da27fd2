import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { details, openApp, openFile, timeline } from './helpers.ts';

/**
 * TimelineJS data opens as it is: the template sheet from a file and from a published sheet's
 * link, its JSON with an old `#event-<unique_id>` link, and its HTML as elements, never as markup.
 */

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/timelinejs', name));

const eventList = (page: Page) => page.getByRole('region', { name: /^Event by event/ });

test('the TimelineJS template sheet opens from “Open a file…”', async ({ page }) => {
  await openApp(page);
  await openFile(page, {
    name: 'my-own-timeline.csv',
    mimeType: 'text/csv',
    buffer: fixture('my-own-timeline.csv'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MY OWN CSV');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(10);
  await eventList(page)
    .getByRole('link', { name: /^Ada Lovelace/ })
    .click();
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Ada Lovelace');
  await expect(panel).toContainText('December 10, 1815 – November 27, 1852');
  await expect(panel.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Ada_Lovelace',
  );
  // What cannot be shown is listed by row.
  await page.getByText(/problems? in the data/).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'row 6 "The First Computer", Media' }),
  ).toContainText('is a Google Map, which the timeline does not play');
});

test('a TimelineJS sheet published to the web as CSV opens with ?data=', async ({ page }) => {
  // The address Google Sheets gives under File › Share › Publish to web › CSV, on this site.
  const published = 'spreadsheets/d/e/2PACX-example/pub?output=csv';
  await page.route('**/spreadsheets/d/e/2PACX-example/pub?output=csv', (route) =>
    route.fulfill({
      body: fixture('women_in_computing.csv'),
      contentType: 'text/csv; charset=utf-8',
    }),
  );
  await page.goto(`./?data=${encodeURIComponent(published)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Women in Computing');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(10);
  await expect(
    timeline(page).getByRole('button', { name: /^Grace Hopper invents the compiler/ }),
  ).toBeAttached();
});

const SLIDES = {
  title: { text: { headline: 'Moved from TimelineJS', text: '<p>An <em>old</em> timeline.</p>' } },
  events: [
    {
      unique_id: 'Edith_Clarke',
      start_date: { year: '1948', month: '3', day: '14' },
      text: {
        headline: 'Edith Clarke',
        text:
          '<p>First <strong>woman</strong> to work as an <em>electrical engineer</em>, see ' +
          '<a href="https://en.wikipedia.org/wiki/Edith_Clarke">her biography</a>.</p>' +
          '<ul><li>Clarke calculator</li><li>Power systems</li></ul>' +
          '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">',
      },
      group: 'Engineers',
    },
    {
      start_date: { year: '1951' },
      text: { headline: 'Rózsa Péter writes recursion', text: 'Plain text.' },
      group: 'Mathematicians',
    },
  ],
};

async function serveSlides(page: Page): Promise<void> {
  await page.route('**/data/moved.json', (route) =>
    route.fulfill({ body: JSON.stringify(SLIDES), contentType: 'application/json' }),
  );
}

test('an old link #event-<unique_id> opens the event, under a ?event= address', async ({
  page,
}) => {
  await serveSlides(page);
  await page.goto('./?data=data/moved.json#event-Edith_Clarke');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Edith Clarke');
  await expect(page).toHaveURL(/\?data=data%2Fmoved\.json&event=edith-clarke$/);
  // A slide without a unique_id had the one TimelineJS made from its headline.
  await page.goto('./?data=data/moved.json#event-rozsa-peter-writes-recursion');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Rózsa Péter writes recursion');
});

test('a slide’s HTML shows as elements: a link, emphasis, a list; its script never runs', async ({
  page,
}) => {
  await serveSlides(page);
  await page.goto('./?data=data/moved.json&event=edith-clarke');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Edith Clarke');
  const link = panel.getByRole('link', { name: 'her biography' });
  await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Edith_Clarke');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel.getByRole('emphasis')).toHaveText('electrical engineer');
  await expect(panel.getByRole('strong')).toHaveText('woman');
  await expect(panel.getByRole('list').getByRole('listitem')).toHaveText([
    'Clarke calculator',
    'Power systems',
  ]);
  await expect(panel.getByRole('img')).toHaveCount(0);
  const ran = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    scripts: [...document.querySelectorAll('.details script, .details img')].length,
  }));
  expect(ran).toEqual({ xss: undefined, scripts: 0 });
  // The groups are topics of the filter, by name.
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Engineers/ }),
  ).toBeVisible();
});
