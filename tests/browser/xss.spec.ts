import { expect, test, type Page } from '@playwright/test';
import {
  BAD_LINKS,
  PAYLOADS,
  XSS_EVENTS,
  XSS_META,
  XSS_TOPIC_LABELS,
  type XssEvent,
  xssCsv,
  xssJson,
  xssTimelineJs,
} from '../fixtures/xss/xss-store.ts';
import { htmlToLine } from '../../src/data/html-text.ts';
import { details, openApp, openFile, timeline } from './helpers.ts';

/**
 * Markup and script links in every text and link field of a store (tests/fixtures/xss), loaded
 * from a link and from a file, as JSON and as CSV: nothing runs, nothing becomes an element, the
 * text reads as written, and no link leaves the web.
 */

interface Watch {
  dialogs: string[];
}

/** Counts dialogs (alert, confirm, print) that anything opens. */
function watch(page: Page): Watch {
  const state: Watch = { dialogs: [] };
  page.on('dialog', (dialog) => {
    state.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return state;
}

/** Nothing ran, and the DOM holds no element or attribute that the data could have made. */
async function expectInert(page: Page, watched: Watch): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      inlineScripts: [...document.scripts].filter((s) => !s.src).map((s) => s.text.slice(0, 80)),
      foreignScripts: [...document.scripts]
        .filter((s) => s.src && new URL(s.src).origin !== location.origin)
        .map((s) => s.src),
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      images: [...document.images].map((img) => img.getAttribute('src')),
      badLinks: [...document.querySelectorAll('a[href], area[href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => !/^https?:/.test(new URL(href).protocol)),
      rawHrefs: [...document.querySelectorAll('a[href], area[href]')].map(
        (a) => a.getAttribute('href') ?? '',
      ),
    };
  });
  expect(found.xss).toBeUndefined();
  expect(watched.dialogs).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.inlineScripts).toEqual([]);
  expect(found.foreignScripts).toEqual([]);
  expect(found.frames).toBe(0);
  expect(found.images).toEqual([]);
  expect(found.badLinks).toEqual([]);
  // Every link in the page is a web address, or a link within the app (relative, same page).
  for (const href of found.rawHrefs) {
    expect(href).toMatch(/^(https?:\/\/|\?|#|\.\/|[a-z0-9][\w./-]*$)/i);
  }
}

/** The store's text where the page shows it, as text; its links turned away and listed. */
async function expectTextShown(page: Page, format: 'json' | 'csv'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_META.title);
  await expect(page.locator('.intro__description')).toHaveText(XSS_META.description);
  await expect(page.locator('.intro__note')).toHaveText(XSS_META.note);
  const masthead = page.locator('.masthead__source');
  await expect(masthead).toContainText(XSS_META.source.publisher);
  await expect(masthead).toContainText(XSS_META.source.title);
  for (const label of XSS_TOPIC_LABELS) {
    await expect(page.getByRole('region', { name: 'Filters' })).toContainText(label);
  }

  const summary = page.getByText(`${BAD_LINKS.length} events skipped`);
  await summary.click();
  const problems = page.locator('.notice--problems li');
  await expect(problems).toHaveCount(BAD_LINKS.length);
  const field = format === 'json' ? 'sources.0.url' : 'source_urls';
  for (const [i] of BAD_LINKS.entries()) {
    await expect(problems.nth(i)).toContainText(`"bad-link-${i + 1}"`);
    await expect(problems.nth(i)).toContainText(field);
  }
}

/** Hovers and focuses every marker, then opens every event and reads its panel. */
async function visitEveryEvent(page: Page, watched: Watch): Promise<void> {
  const markerOf = (event: XssEvent) =>
    timeline(page).getByRole('button', { name: `${event.title}, ${event.date.label}` });
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await expect(timeline(page).getByRole('button', { name: /^Event \d/ })).toHaveCount(
    XSS_EVENTS.length,
  );
  const card = page.getByRole('tooltip');
  for (const event of XSS_EVENTS) {
    // One card at a time: the last one goes before the next marker is hovered.
    await page.mouse.move(0, 0);
    await expect(card).toHaveCount(0);
    await markerOf(event).hover();
    await expect(card).toContainText(event.title);
    await expect(card).toContainText(event.date.label);
    await expectInert(page, watched);
  }
  await page.mouse.move(0, 0);
  for (const event of XSS_EVENTS) {
    await markerOf(event).focus();
    await expectInert(page, watched);
  }
  const list = page.getByRole('region', { name: /^Event by event/ });
  for (const event of XSS_EVENTS) {
    await list.getByRole('link', { name: new RegExp(`^${escape(event.title)}`) }).click();
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
    for (const text of [
      event.summary,
      event.date.label,
      event.dateNote,
      ...event.people,
      `“${event.quotes[0]?.text}”`,
      `— ${event.quotes[0]?.speaker}`,
    ]) {
      await expect(panel).toContainText(text);
    }
    const source = event.sources[0];
    if (source) {
      const link = panel.getByRole('link', { name: source.name });
      await expect(link).toHaveAttribute('href', source.url);
    }
    await expectInert(page, watched);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectInertInPrint(page: Page, watched: Watch): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(XSS_EVENTS[3]?.summary ?? '').first()).toBeAttached();
  await expectInert(page, watched);
  await page.emulateMedia({ media: 'screen' });
}

const formats = { json: xssJson(), csv: xssCsv() } as const;

for (const format of ['json', 'csv'] as const) {
  test.describe(`markup and script links in a ${format.toUpperCase()} store`, () => {
    test('are inert when linked with ?data=', async ({ page }) => {
      const watched = watch(page);
      await page.route(`**/data/xss.${format}`, (route) =>
        route.fulfill({
          body: formats[format],
          contentType: format === 'json' ? 'application/json' : 'text/csv; charset=utf-8',
        }),
      );
      await page.goto(`./?data=data/xss.${format}`);
      await expect(timeline(page)).toBeVisible();
      await expectTextShown(page, format);
      await expectInert(page, watched);
      await visitEveryEvent(page, watched);
      await expectInertInPrint(page, watched);
    });

    test('are inert when opened with “Open a file…”', async ({ page }) => {
      const watched = watch(page);
      await openApp(page);
      await openFile(page, {
        name: `xss.${format}`,
        mimeType: format === 'json' ? 'application/json' : 'text/csv',
        buffer: Buffer.from(formats[format]),
      });
      await expectTextShown(page, format);
      await expectInert(page, watched);
      await visitEveryEvent(page, watched);
      await expectInertInPrint(page, watched);
    });
  });
}

test('a timeline source link with a script scheme is left out and listed, the rest shown', async ({
  page,
}) => {
  const watched = watch(page);
  await page.route('**/data/xss-source.json', (route) =>
    route.fulfill({ body: xssJson(' JaVaScRiPt:window.__xss=1'), contentType: 'application/json' }),
  );
  await page.goto('./?data=data/xss-source.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_META.title);
  const masthead = page.locator('.masthead__source');
  await expect(masthead).toContainText(XSS_META.source.publisher);
  await expect(masthead.getByRole('link')).toHaveCount(0);
  await page.getByText(`${BAD_LINKS.length} events skipped`).click();
  await expect(page.locator('.notice--problems li').first()).toHaveText(
    'dataset, source.url: must be an http(s) URL, so the link was left out',
  );
  await expectInert(page, watched);
});

test('markup in the address (?q=, ?event=, ?topics=) is read as text', async ({ page }) => {
  const watched = watch(page);
  const [q, event, topic] = [PAYLOADS[1], PAYLOADS[2], PAYLOADS[0]];
  await openApp(
    page,
    `?q=${encodeURIComponent(q)}&event=${encodeURIComponent(event)}&topics=${encodeURIComponent(topic)}`,
  );
  await expect(page.getByRole('searchbox')).toHaveValue(q);
  await expectInert(page, watched);
});

test.describe('markup in every field of a TimelineJS store', () => {
  const store = xssTimelineJs();
  for (const from of ['?data=', 'Open a file…'] as const) {
    test(`is inert, its allowed elements shown as elements, when opened with ${from}`, async ({
      page,
    }) => {
      const watched = watch(page);
      const body = JSON.stringify(store);
      if (from === '?data=') {
        await page.route('**/data/xss-timelinejs.json', (route) =>
          route.fulfill({ body, contentType: 'application/json' }),
        );
        await page.goto('./?data=data/xss-timelinejs.json');
        await expect(timeline(page)).toBeVisible();
      } else {
        await openApp(page);
        await openFile(page, {
          name: 'xss-timelinejs.json',
          mimeType: 'application/json',
          buffer: Buffer.from(body),
        });
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        htmlToLine(store.title.text.headline),
      );
      await expectInert(page, watched);
      const list = page.getByRole('region', { name: /^Event by event/ });
      for (const slide of store.events) {
        const title = htmlToLine(slide.text.headline);
        await list.getByRole('link', { name: new RegExp(`^${escape(title)}`) }).click();
        const panel = details(page);
        await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
        await expect(panel).toContainText(htmlToLine(slide.display_date));
        await expect(panel).toContainText(htmlToLine(slide.media.caption));
        await expect(panel.locator('em', { hasText: 'stressed' })).toBeVisible();
        await expect(panel.getByRole('listitem').filter({ hasText: 'First point' })).toBeVisible();
        await expect(panel.getByRole('link', { name: 'web link' })).toHaveAttribute(
          'href',
          /^https:\/\/example\.com\/\d$/,
        );
        await expect(panel.getByRole('link', { name: 'script link' })).toHaveCount(0);
        await expect(panel.getByRole('link', { name: 'mixed case link' })).toHaveCount(0);
        await expect(panel).toContainText('script link');
        await expectInert(page, watched);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByText('First point').first()).toBeAttached();
      await expectInert(page, watched);
    });
  }
});
