import { expect, test, type Page } from '@playwright/test';
import { details, filters, markers, openApp, SEED_COUNT, timeline } from './helpers.ts';

/** The bundled timeline's stored visit, as the app keys it: by the store's own address. */
const visitKey = (page: Page) =>
  `newsline-last-visit:${new URL('data/trump-russia.json', page.url() || 'http://localhost/').href}`;

/** A visit this browser remembers, stored before the page's own script runs. */
async function rememberVisit(page: Page, baseURL: string | undefined, day: string) {
  const key = `newsline-last-visit:${new URL('data/trump-russia.json', baseURL).href}`;
  await page.addInitScript(([storageKey, value]) => localStorage.setItem(storageKey, value), [
    key,
    JSON.stringify({ day }),
  ] as const);
}

const SKRIPAL = 'Trump balked at sanctions for Skripal poisoning, August 2018';
const GEORGIA = 'Trump nixed US statement about Russian war, Summer 2018';
const BOUNTIES = 'Trump has denied the veracity of US intelligence reports, July 2020';

const eventList = (page: Page) => page.getByRole('region', { name: /^Event by event/ });
const whatsNew = (page: Page) => filters(page).getByRole('button', { name: /^What's new/ });

/**
 * Pixels of the page's ink in the row of a marker's band, read from the canvas: a "New" badge is
 * a pill of ink there, while the band itself is drawn in its topic's colour.
 */
async function inkInBandRow(page: Page, name: string): Promise<number> {
  const box = await timeline(page).getByRole('button', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`no marker named ${name}`);
  return page.evaluate((marker) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) throw new Error('no canvas');
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const left = Math.max(0, Math.round((marker.x - rect.x) * scale));
    const top = Math.round((marker.y - rect.y) * scale);
    const width = Math.min(canvas.width - left, Math.round(marker.width * scale));
    const { data } = context.getImageData(left, top, width, Math.round(16 * scale));
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 255, g = 255, b = 255, a = 0] = data.slice(i, i + 4);
      if (a > 200 && r < 70 && g < 70 && b < 70) ink++;
    }
    return ink;
  }, box);
}

test.describe('a returning reader', () => {
  test('sees what is new since the stored visit, with badges named on the markers and in the list', async ({
    page,
    baseURL,
  }) => {
    await rememberVisit(page, baseURL, '2020-07-01');
    await openApp(page);
    await expect(
      filters(page).getByText('3 new since your last visit, July 1, 2020.'),
    ).toBeVisible();
    for (const name of [SKRIPAL, GEORGIA, BOUNTIES]) {
      await expect(timeline(page).getByRole('button', { name: `${name}, New` })).toBeVisible();
      await expect(eventList(page).getByRole('link', { name: `${name}, New` })).toBeVisible();
    }
    await expect(timeline(page).getByRole('button', { name: /, (New|Updated)$/ })).toHaveCount(3);
    await expect(eventList(page).getByText('New', { exact: true })).toHaveCount(3);
    // The canvas draws the badge as well: ink in the band's row of a new event, none in an old one's.
    expect(await inkInBandRow(page, `${SKRIPAL}, New`)).toBeGreaterThan(60);
    expect(
      await inkInBandRow(page, 'Trump was open to lifting Russian sanctions, January 2017'),
    ).toBeLessThan(5);
    // The visit is kept in this browser, under the timeline's address, as today's.
    const stored = await page.evaluate((key) => localStorage.getItem(key), visitKey(page));
    expect(JSON.parse(stored ?? 'null')).not.toEqual({ day: '2020-07-01' });

    await timeline(page)
      .getByRole('button', { name: `${SKRIPAL}, New` })
      .click();
    await expect(details(page).getByText('New', { exact: true })).toBeVisible();
    await expect(
      details(page).getByText('Added in the article’s July 2020 update: it is told from', {
        exact: false,
      }),
    ).toBeVisible();
    await expect(details(page).getByText('What changed:')).toBeVisible();
  });

  test('filters with What’s new, together with the topics and the search', async ({
    page,
    baseURL,
  }) => {
    await rememberVisit(page, baseURL, '2020-07-01');
    await openApp(page);
    await expect(whatsNew(page)).toHaveAttribute('aria-pressed', 'false');
    await whatsNew(page).click();
    await expect(whatsNew(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(filters(page).getByText(`3 of ${SEED_COUNT} events`)).toBeVisible();
    await expect(markers(page)).toHaveCount(3);

    await filters(page)
      .getByRole('button', { name: /^Sanctions/ })
      .click();
    await expect(markers(page)).toHaveCount(1);
    await expect(timeline(page).getByRole('button', { name: `${SKRIPAL}, New` })).toBeVisible();
    await filters(page)
      .getByRole('button', { name: /^Sanctions/ })
      .click();
    await filters(page).getByRole('searchbox', { name: 'Search' }).fill('Bolton');
    await expect(markers(page)).toHaveCount(2);

    await filters(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(whatsNew(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(markers(page)).toHaveCount(SEED_COUNT);
  });

  test('can forget the visit: the next visit is a first one again', async ({ page }) => {
    // Two real visits: the first on July 1, 2020, the second in August.
    await page.clock.setFixedTime(new Date(2020, 6, 1, 12));
    await openApp(page);
    await expect(filters(page).getByText(/since your last visit/)).toHaveCount(0);
    await expect(whatsNew(page)).toHaveCount(0);

    await page.clock.setFixedTime(new Date(2020, 7, 15, 12));
    await page.reload();
    // A visit of this year is named without its year.
    await expect(filters(page).getByText('3 new since your last visit, July 1.')).toBeVisible();

    await filters(page).getByRole('button', { name: 'Forget my last visit' }).click();
    await expect(filters(page).getByText(/Your last visit is forgotten/)).toBeFocused();
    await expect(filters(page).getByText(/since your last visit/)).toHaveCount(0);
    await expect(timeline(page).getByRole('button', { name: /, New$/ })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), visitKey(page))).toBeNull();

    await page.reload();
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    await expect(filters(page).getByText(/since your last visit/)).toHaveCount(0);
  });
});

test('a first visit, kept too, can be forgotten from the introduction', async ({ page }) => {
  await openApp(page);
  await expect(filters(page).getByText(/since your last visit/)).toHaveCount(0);
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key), visitKey(page)))
    .not.toBeNull();
  const intro = page.getByRole('region', { name: '37 times President Trump was soft on Russia' });
  await intro.getByRole('button', { name: 'Forget my last visit' }).click();
  await expect(intro.getByRole('status')).toHaveText(/Your last visit is forgotten/);
  expect(await page.evaluate((key) => localStorage.getItem(key), visitKey(page))).toBeNull();
  // One such button at a time: the changes line has none on a first visit.
  await expect(page.getByRole('button', { name: 'Forget my last visit' })).toHaveCount(1);
});

test.describe('?since=', () => {
  test('shows the changes since that day to anyone, with nothing stored', async ({ page }) => {
    await openApp(page, '?since=2020-07-01');
    await expect(filters(page).getByText('3 new since July 1, 2020.')).toBeVisible();
    await expect(filters(page).getByRole('button', { name: 'Forget my last visit' })).toHaveCount(
      0,
    );
    await expect(page.getByLabel('Show changes since…')).toHaveValue('2020-07-01');
    await expect(timeline(page).getByRole('button', { name: /, New$/ })).toHaveCount(3);
    await whatsNew(page).click();
    await expect(markers(page)).toHaveCount(3);
    expect(new URL(page.url()).search).toBe('?since=2020-07-01');
  });

  test('wins over the stored visit', async ({ page, baseURL }) => {
    await rememberVisit(page, baseURL, '2019-01-01');
    await openApp(page, '?since=2020-08-01');
    await expect(filters(page).getByText('Nothing new since August 1, 2020.')).toBeVisible();
    await expect(whatsNew(page)).toBeDisabled();
  });

  test('says so when the value is not a day, and shows the timeline as usual', async ({ page }) => {
    await openApp(page, '?since=2020-13-01');
    await expect(
      page.getByText(
        'The link asks for changes since “2020-13-01”, which is not a day: write it as YYYY-MM-DD, such as 2020-07-01. It was left out.',
      ),
    ).toBeVisible();
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    await expect(timeline(page).getByRole('button', { name: /, New$/ })).toHaveCount(0);
  });

  test('is set by Show changes since…, and cleared with it', async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Show changes since…').fill('2020-07-01');
    await expect(filters(page).getByText('3 new since July 1, 2020.')).toBeVisible();
    await expect(page).toHaveURL(/\?since=2020-07-01$/);
    // Cleared from the changes line, which stays in sight with an event open.
    await filters(page).getByRole('button', { name: 'Clear the date' }).click();
    await expect(filters(page).getByText(/since July 1, 2020/)).toHaveCount(0);
    await expect(page).toHaveURL((url) => url.search === '');
  });

  test('keeps the day, and What’s new, while the reader types another year over it', async ({
    page,
  }) => {
    await openApp(page, '?since=2020-07-01');
    await whatsNew(page).click();
    const input = page.getByLabel('Show changes since…');
    // The field's segments, month, day and year, are stepped through with the arrow keys.
    await input.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Backspace');
    await expect(page).toHaveURL(/\?since=2020-07-01$/);
    await expect(whatsNew(page)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type('2020');
    await expect(input).toHaveValue('2020-07-01');
    await expect(whatsNew(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(markers(page)).toHaveCount(3);
  });

  test('speaks Spanish, with the date in Spanish', async ({ page }) => {
    await page.goto('./?since=2020-07-01&lang=es');
    const cronologia = page.getByRole('region', { name: /^Cronología, mostrando/ });
    await expect(page.getByText('3 nuevos desde el 1 de julio de 2020.')).toBeVisible();
    await expect(cronologia.getByRole('button', { name: /, Nuevo$/ })).toHaveCount(3);
    await expect(page.getByRole('button', { name: /^Novedades/ })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the changes line and its controls fit the screen', async ({ page, baseURL }) => {
    await rememberVisit(page, baseURL, '2020-07-01');
    await openApp(page);
    const line = filters(page).getByText('3 new since your last visit, July 1, 2020.');
    await expect(line).toBeInViewport();
    await whatsNew(page).tap();
    await expect(markers(page)).toHaveCount(3);
    for (const control of [
      whatsNew(page),
      filters(page).getByRole('button', { name: 'Forget my last visit' }),
      page.getByLabel('Show changes since…'),
    ]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});
