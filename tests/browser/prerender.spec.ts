import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { details, markers, SEED_COUNT, timeline } from './helpers.ts';

/**
 * The pages built ahead of time (scripts/prerender.ts), as the webServer's `npm run build` wrote
 * them: their files, and how they read with and without JavaScript.
 */
const dist = path.resolve('dist');
const site = process.env.SITE_URL ?? 'http://localhost:4173/';
const store = JSON.parse(readFileSync(path.join(dist, 'data/trump-russia.json'), 'utf8')) as {
  events: { id: string; title: string; summary: string }[];
};

const decode = (text: string) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&');

function metaOf(html: string, key: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match?.[1] === undefined ? undefined : decode(match[1]);
}
const linkOf = (html: string, rel: string) =>
  new RegExp(`<link rel="${rel}"[^>]* href="([^"]*)"`).exec(html)?.[1];

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Reads the file an absolute URL of the site names. */
const fileOf = (url: string) =>
  path.join(dist, new URL(url).pathname.slice(new URL(site).pathname.length));

test.describe('the generated pages', () => {
  test('every event has a page with its meta, oEmbed and a 1200×630 image', () => {
    expect(readdirSync(path.join(dist, 'e')).sort()).toEqual(store.events.map((e) => e.id).sort());
    for (const event of store.events) {
      const html = readFileSync(path.join(dist, 'e', event.id, 'index.html'), 'utf8');
      const url = `${site}e/${event.id}/`;
      expect(metaOf(html, 'og:title'), event.id).toBe(event.title);
      const description = metaOf(html, 'og:description') ?? '';
      expect(description.length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(200);
      // Cut at a word: what is kept begins the summary, and ends where a word ended.
      const kept = description.replace(/…$/, '');
      expect(event.summary.replace(/\s+/g, ' ').startsWith(kept)).toBe(true);
      if (kept !== description) expect(event.summary.charAt(kept.length)).toMatch(/[\s,;:.]/);
      expect(metaOf(html, 'description')).toBe(description);
      expect(metaOf(html, 'og:type')).toBe('article');
      expect(metaOf(html, 'og:url')).toBe(url);
      expect(linkOf(html, 'canonical')).toBe(url);
      expect(metaOf(html, 'og:site_name')).toBeTruthy();
      expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaOf(html, 'og:image:width')).toBe('1200');
      expect(metaOf(html, 'og:image:height')).toBe('630');
      const image = metaOf(html, 'og:image') ?? '';
      expect(image.startsWith(site)).toBe(true);
      expect(pngSize(fileOf(image))).toEqual({ width: 1200, height: 630 });

      const oembedUrl = linkOf(html, 'alternate') ?? '';
      expect(html).toContain('type="application/json+oembed"');
      expect(oembedUrl).toBe(`${url}oembed.json`);
      const oembed = JSON.parse(readFileSync(fileOf(oembedUrl), 'utf8'));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: event.title });
      expect(oembed.html).toContain(`?event=${event.id}&amp;embed=1`);
      expect(oembed.width).toBeGreaterThan(0);
      expect(oembed.height).toBeGreaterThan(0);
      // The page holds the event itself, not only its meta.
      expect(html).toContain('aria-label="Event details"');
    }
  });

  test('the home page has its meta, oEmbed and image too', () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(metaOf(html, 'og:url')).toBe(site);
    expect(linkOf(html, 'canonical')).toBe(site);
    expect(metaOf(html, 'og:type')).toBe('website');
    expect(pngSize(fileOf(metaOf(html, 'og:image') ?? ''))).toEqual({ width: 1200, height: 630 });
    const oembed = JSON.parse(readFileSync(path.join(dist, 'oembed.json'), 'utf8'));
    expect(oembed.type).toBe('rich');
    expect(html).not.toContain('<base');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page reads as the list of episodes with their summaries', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '37 times President Trump was soft on Russia',
    );
    const list = page
      .getByRole('region', { name: 'Printable list of events' })
      .getByRole('listitem');
    await expect(list).toHaveCount(SEED_COUNT);
    // In time order: the episode that began earliest (2013) comes first.
    const first = store.events.find((e) => e.id === 'praised-putin');
    if (!first) throw new Error('no praised-putin in the store');
    await expect(list.first().getByRole('heading', { level: 3 })).toHaveText(first.title);
    await expect(list.first()).toContainText(first.summary.slice(0, 80));
    // The controls that need the script are not shown.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  });

  test('an event page shows the event', async ({ page }) => {
    await page.goto('./e/crimea/');
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      'Trump suggested Russia can keep Crimea',
    );
    await expect(panel).toContainText('2016 campaign');
    await expect(panel).toContainText('Trump said Putin did “an amazing job of taking the mantle”');
    await expect(panel.getByRole('blockquote').first()).toContainText('an amazing job');
  });
});

/** Collects console errors and warnings, and the layout shift, from the page's start. */
async function watch(page: Page) {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { layoutShift: number };
    w.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return messages;
}

test.describe('hydration', () => {
  for (const [name, address] of [
    ['the home page', './'],
    ['an event page', './e/g7/'],
  ] as const) {
    test(`${name} takes over with no console error or warning and no layout shift`, async ({
      page,
    }) => {
      const messages = await watch(page);
      // The data arrives late, as on a slow network: the prerendered page is up meanwhile.
      await page.route('**/data/trump-russia.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Markers are drawn by the client only: they mean the page has hydrated.
      await expect(markers(page).first()).toBeVisible();
      await page.waitForTimeout(500);
      const shift = await page.evaluate(
        () => (window as unknown as { layoutShift: number }).layoutShift,
      );
      expect(shift).toBeLessThan(0.02);
      expect(messages).toEqual([]);
    });
  }

  for (const address of ['./?group=topic', './#event-crimea', './e/g7/?group=topic']) {
    test(`${address} opens with no console error, drawing what the page built ahead of time lacks`, async ({
      page,
    }) => {
      const messages = await watch(page);
      await page.goto(address);
      await expect(markers(page).first()).toBeVisible();
      if (address.includes('group=topic')) {
        await expect(
          page.getByRole('region', { name: /^Event by event/ }).getByRole('heading', { level: 3 }),
        ).not.toHaveCount(0);
      } else {
        await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
          'Trump suggested Russia can keep Crimea',
        );
        await expect(page).toHaveURL(/\?event=crimea$/);
      }
      expect(messages).toEqual([]);
    });
  }

  test('the hydrated event page works: another event, Back and Forward', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./e/crimea/');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump suggested Russia can keep Crimea',
    );
    const timelineTitle = await page.getByRole('heading', { level: 1 }).innerText();
    // Markers are drawn by the client only: they mean the page has hydrated.
    await expect(markers(page).first()).toBeVisible();
    // Taken over, the page keeps the title it was served with while its event is open.
    await expect(page).toHaveTitle(`Trump suggested Russia can keep Crimea · ${timelineTitle}`);
    await timeline(page)
      .getByRole('button', { name: /^Trump hired Manafort/ })
      .click();
    // From an event page, another event is shown from the root, never as e/crimea/?event=…
    await expect(page).toHaveURL(`${baseURL}?event=hired-manafort`);
    await expect(page).toHaveTitle(/^Trump hired Manafort.* · /);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      /^Trump hired Manafort/,
    );
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}e/crimea/`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump suggested Russia can keep Crimea',
    );
    await page.goForward();
    await expect(page).toHaveURL(`${baseURL}?event=hired-manafort`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      /^Trump hired Manafort/,
    );
  });

  test('filters on an event page stay on its address', async ({ page, baseURL }) => {
    await page.goto('./e/crimea/');
    await expect(markers(page).first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Crimea');
    await expect(page).toHaveURL(`${baseURL}e/crimea/?q=Crimea`);
    await details(page).getByRole('button', { name: 'Close details' }).click();
    await expect(page).toHaveURL(`${baseURL}?q=Crimea`);
  });

  test('?event= still opens the event, and a filtered event page link renders afresh', async ({
    page,
  }) => {
    await page.goto('./?event=g7');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump asked allies to let Russia back in the G7',
    );
    await page.goto('./e/cyber-unit/?topics=elections');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/cyber unit/);
    await expect(page.getByRole('button', { name: /^Elections/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

test('Copy link gives the event page, with the filters kept', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=cyber-unit&topics=elections&q=unit');
  await details(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(details(page).getByText('Link copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}e/cyber-unit/?topics=elections&q=unit`,
  );
});
