import { expect, test, type Locator, type Page } from '@playwright/test';
import { details, openApp, openFile, timeline } from './helpers.ts';

/**
 * Text from the data and the link may be anything: a word of 100,000 letters, a right-to-left
 * override. The page must neither widen nor reorder the text around it.
 */

const LONG = 'W'.repeat(100_000);
const RLO = '\u202e';

const TOPICS = [{ id: 'long', label: `Topic${LONG}`, color: '#0f766e' }];

function store(events: object[], overrides: object = {}) {
  return { version: 1, title: 'Hostile text', topics: TOPICS, events, ...overrides };
}

const longStore = store(
  [
    {
      id: 'long',
      title: LONG,
      summary: LONG,
      dateNote: LONG,
      date: { precision: 'month', start: '2016-03', label: `March 2016${LONG}` },
      topics: ['long'],
      people: [LONG],
      quotes: [{ text: LONG, speaker: LONG }],
      sources: [{ name: LONG }, { name: LONG, url: `https://example.com/${LONG}` }],
    },
  ],
  {
    title: LONG,
    description: LONG,
    note: LONG,
    source: { publisher: LONG, title: LONG, url: `https://example.com/${LONG}` },
  },
);

const rtlStore = store([
  {
    id: 'rtl',
    title: `Summit${RLO}`,
    date: { precision: 'day', start: '2016-03-05' },
    topics: ['long'],
    people: [`Ann${RLO}`, 'Bob'],
  },
]);

async function serve(page: Page, path: string, body: object) {
  await page.route(`**/${path}`, (route) => route.fulfill({ json: body }));
}

async function expectNoSideScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

/** The left edge of each letter of `word` where it first occurs in the element's text. */
async function letterLefts(element: Locator, word: string): Promise<number[]> {
  return element.evaluate((root, word) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(word) ?? -1;
      if (at < 0) continue;
      return [...word].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
    throw new Error(`no "${word}" in the element`);
  }, word);
}

function expectLeftToRight(lefts: number[]) {
  expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  expect(lefts[0]).toBeLessThan(lefts.at(-1) ?? -Infinity);
}

test.describe('a word of 100,000 letters', () => {
  test('widens neither the page, the panel, the card, the notices nor the printout', async ({
    page,
  }) => {
    await serve(page, 'data/long.json', longStore);
    await page.goto('./?data=data/long.json&event=long');
    // Reading and laying out 400 KB of one word takes a moment on a busy two-core machine.
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(LONG, {
      timeout: 15_000,
    });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoSideScroll(page);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // The marker's name and card hold the title's first 500 characters (the details the whole).
    const marker = timeline(page).getByRole('button', { name: /^W{499}…,/ });
    await marker.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoSideScroll(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Printable list of events' })).toBeVisible();
    await expectNoSideScroll(page);
  });

  for (const width of [1280, 375]) {
    test(`quoted back from ?event= does not widen the notice at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./?event=${'x'.repeat(5000)}`);
      const alert = page.getByRole('alert').filter({ hasText: 'Event not found' });
      await expect(alert).toBeVisible();
      // Quoted shortened, not all 5,000 letters.
      expect((await alert.textContent())?.length).toBeLessThan(300);
      await expectNoSideScroll(page);
    });
  }
});

test.describe('a right-to-left override in the data', () => {
  test.beforeEach(async ({ page }) => {
    await serve(page, 'data/rtl.json', rtlStore);
    await page.goto('./?data=data/rtl.json&event=rtl');
    await expect(details(page)).toBeVisible();
  });

  test('stays inside its field in the details panel', async ({ page }) => {
    const panel = details(page);
    const title = panel.getByRole('heading', { level: 2 });
    await expect(title).toHaveText(`Summit${RLO}`);
    expect(await title.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    // The date below the title, and the person after "Ann‮", read left to right.
    expectLeftToRight(await letterLefts(panel.getByText('March 5, 2016'), 'March 5, 2016'));
    expectLeftToRight(await letterLefts(panel.getByText('Bob'), 'Bob'));
  });

  test('does not reverse the date after the title in the list of events', async ({ page }) => {
    const link = page.getByRole('link', { name: /^Summit/ });
    expectLeftToRight(await letterLefts(link, 'March 5, 2016'));
  });

  test("is isolated in the marker's accessible name", async ({ page }) => {
    await expect(timeline(page).getByRole('button', { name: /Summit/ })).toHaveAttribute(
      'aria-label',
      `\u2068Summit${RLO}\u2069, March 5, 2016`,
    );
  });
});

test.describe('a title of a million characters', () => {
  const words = 'word '.repeat(200_000);
  const unbroken = 'W'.repeat(1_000_000);
  const hugeStore = store([
    {
      id: 'words',
      title: words,
      date: { precision: 'day', start: '2016-03-05' },
      topics: ['long'],
    },
    {
      id: 'unbroken',
      title: unbroken,
      date: { precision: 'day', start: '2016-06-05' },
      topics: ['long'],
    },
    {
      id: 'short',
      title: 'A short title',
      date: { precision: 'day', start: '2016-09-05' },
      topics: ['long'],
    },
  ]);

  test('shows its event through ?data=, drawn shortened, with the whole text in the details', async ({
    page,
  }) => {
    await serve(page, 'data/huge.json', hugeStore);
    const started = Date.now();
    await page.goto('./?data=data/huge.json');
    const marker = timeline(page).getByRole('button', { name: /^word word/ });
    await expect(marker).toBeVisible();
    console.log(`a 1 MB title: markers after ${Date.now() - started} ms`);
    await expect(timeline(page).getByRole('button', { name: /^A short title/ })).toBeVisible();
    await marker.click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((e) => e.textContent?.length)).toBe(words.length);
    await expectNoSideScroll(page);
  });

  test('opens as a file', async ({ page }) => {
    await openApp(page);
    await openFile(page, {
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hugeStore)),
    });
    await expect(timeline(page).getByRole('button', { name: /^word word/ })).toBeVisible();
    await expect(timeline(page).getByRole('button', { name: /^W{100}/ })).toBeVisible();
  });
});

test.describe('an opened file in the tab’s history', () => {
  test('comes back on Forward after Back, and after a reload', async ({ page }) => {
    await openApp(page);
    await openFile(page, {
      name: 'rtl.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(rtlStore)),
    });
    const summit = timeline(page).getByRole('button', { name: /Summit/ });
    await expect(summit).toBeVisible();
    await expect(page).toHaveURL(/\?file=rtl\.json$/);

    await page.goBack();
    await expect(page).not.toHaveURL(/file=/);
    await expect(
      timeline(page)
        .getByRole('button', { name: /^Trump/ })
        .first(),
    ).toBeVisible();

    await page.goForward();
    await expect(page).toHaveURL(/\?file=rtl\.json$/);
    await expect(summit).toBeVisible();
    await expect(page.getByText('The timeline could not be loaded')).toHaveCount(0);

    await page.reload();
    await expect(summit).toBeVisible();
  });
});

test.describe('an unclosed override in a title', () => {
  test('stays inside its part of the page title', async ({ page }) => {
    await serve(page, 'data/rtl.json', rtlStore);
    await page.goto('./?data=data/rtl.json&event=rtl');
    await expect(details(page)).toBeVisible();
    await expect(page).toHaveTitle(`\u2068Summit${RLO}\u2069 · Hostile text`);
  });
});
