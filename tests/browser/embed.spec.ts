import path from 'node:path';
import {
  expect,
  test,
  type Frame,
  type FrameLocator,
  type Locator,
  type Page,
} from '@playwright/test';
import { openApp } from './helpers.ts';
import { headersFromFile, serveStatic, type Route, type StaticServer } from './static-server.ts';

/**
 * embed.js on a newsroom's page. The article is served from another origin than the app (another
 * host and port), as it is in production, so that origin checks are really exercised.
 */
const DIST = path.resolve(import.meta.dirname, '../../dist');
const CRIMEA = 'Trump suggested Russia can keep Crimea';
const G7 = 'Trump asked allies to let Russia back in the G7';

let article: StaticServer;
let appUrl: string;

const html =
  (body: string): Route =>
  (_, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body>${body}</body></html>`,
    );
  };

test.beforeAll(async () => {
  appUrl = String(test.info().project.use.baseURL);
  article = await serveStatic({
    routes: {
      '/story.html': html(
        `<h1>An article</h1><p>Some text before the timeline.</p>
         <div class="newsline-embed" data-src="${appUrl}?embed=1"></div>
         <p>Some text after it.</p>
         <iframe title="An advertisement" src="/stranger.html"></iframe>
         <iframe title="Another page of the timeline's site" src="${appUrl}config.json"></iframe>
         <script async src="${appUrl}embed.js"></script>`,
      ),
      '/stranger.html': html('<p>Another frame on the same page</p>'),
      '/pictures.html': html(
        `<h1>An article with pictures</h1>
         <div class="newsline-embed" data-src="${appUrl}?embed=1&data=data/media-demo.json&event=bike-lanes-reach-100-km"></div>
         <script async src="${appUrl}embed.js"></script>`,
      ),
    },
  });
});
test.afterAll(() => article.close());

const embedFrame = (page: Page, index = 0) => page.locator('.newsline-embed iframe').nth(index);
const inFrame = (page: Page, index = 0): FrameLocator =>
  page.frameLocator('.newsline-embed iframe').nth(index);
const frameDetails = (frame: FrameLocator) =>
  frame.getByRole('complementary', { name: 'Event details' });
const frameHeight = async (page: Page, index = 0) =>
  (await embedFrame(page, index).boundingBox())?.height ?? 0;
const frameTimeline = (frame: FrameLocator) => frame.getByRole('region', { name: /^Timeline/ });
const frameList = (frame: FrameLocator) => frame.getByRole('region', { name: /^Event by event/ });

/** The embed's list of events, shown with its button. */
async function showList(frame: FrameLocator): Promise<Locator> {
  await frame.getByRole('button', { name: 'Show the list of events' }).click();
  return frameList(frame);
}

/** The app's frame once its timeline is drawn and its height reported. */
async function openArticle(page: Page, hash = '') {
  await page.goto(`${article.url}story.html${hash}`);
  const frame = inFrame(page);
  await expect(frame.getByRole('region', { name: /^Timeline/ })).toBeVisible();
  await expect.poll(() => frameHeight(page)).not.toBe(600);
  return frame;
}

/** The window of an iframe, to run script in. */
async function windowOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  await frame.waitForLoadState();
  return frame;
}
const stranger = (page: Page) => windowOf(page.getByTitle('An advertisement'));

/** The app's own document height inside the frame, as the frame's window measures it. */
async function contentHeight(page: Page): Promise<number> {
  const frame = await windowOf(embedFrame(page));
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

test.describe('embed.js on another site', () => {
  test('inserts a titled, lazy, borderless iframe of the app in embed mode', async ({ page }) => {
    const frame = await openArticle(page);
    const iframe = embedFrame(page);
    await expect(iframe).toHaveAttribute('title', 'Interactive timeline');
    await expect(iframe).toHaveAttribute('loading', 'lazy');
    await expect(iframe).toHaveCSS('border-top-width', '0px');
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('parentUrl')).toBe(article.origin);
    // The compact view: the attribution stays, the footer goes, the full page is a link away.
    await expect(frame.getByText(/^Source:/)).toBeVisible();
    await expect(frame.getByRole('heading', { name: /your own timeline/i })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
      'href',
      appUrl,
    );
  });

  test('sizes the iframe to its content, and grows it when an event opens', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    const frame = await openArticle(page);
    await expect.poll(() => frameHeight(page)).toBe(await contentHeight(page));
    const before = await frameHeight(page);

    await frameTimeline(frame)
      .getByRole('button', { name: new RegExp(`^${CRIMEA}`) })
      .click();
    await expect(frameDetails(frame).getByRole('heading', { name: CRIMEA })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 100);
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(page))).toBe(0);
  });

  test('holds the picture of the open event whole, before and after it arrives', async ({
    page,
  }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/media-demo/bar-chart*.png', async (route) => {
      await held;
      await route.continue();
    });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${article.url}pictures.html`);
    const frame = inFrame(page);
    const picture = frameDetails(frame).getByRole('img', { name: /^Bar chart of bike lanes/ });
    await expect(picture).toBeAttached();
    // The demo's one problem is listed above the page once the store is read (42 px later).
    await expect(frame.getByText('1 problem in the data')).toBeVisible();
    // The frame's height once it has come to rest, the app laid out, the picture still held.
    let waiting = await frameHeight(page);
    await expect
      .poll(async () => {
        const last = waiting;
        await page.waitForTimeout(200);
        waiting = await frameHeight(page);
        return waiting === last && waiting === (await contentHeight(page));
      })
      .toBe(true);

    release();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight(page))).toBe(0);
    // Its box was the picture's size all along: the frame neither jumps nor cuts it off.
    expect(await frameHeight(page)).toBe(waiting);
    const frameBox = await embedFrame(page).boundingBox();
    const pictureBox = await picture.boundingBox();
    expect(pictureBox && frameBox && pictureBox.y + pictureBox.height).toBeLessThanOrEqual(
      (frameBox?.y ?? 0) + (frameBox?.height ?? 0),
    );
  });

  test('keeps the list of events behind a button, so the frame holds the timeline', async ({
    page,
  }) => {
    const frame = await openArticle(page);
    const show = frame.getByRole('button', { name: 'Show the list of events' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(frameList(frame).getByRole('link')).toHaveCount(0);
    await expect.poll(() => frameHeight(page)).toBe(await contentHeight(page));
    const collapsed = await frameHeight(page);

    await show.click();
    const hide = frame.getByRole('button', { name: 'Hide the list of events' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(frameList(frame).getByRole('link')).toHaveCount(27);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(collapsed + 300);

    await hide.click();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(frameList(frame).getByRole('link')).toHaveCount(0);
  });

  test('opens the event the article’s address names, and follows it as it changes', async ({
    page,
  }) => {
    const frame = await openArticle(page, '#newsline-event=crimea');
    await expect(frameDetails(frame).getByRole('heading', { name: CRIMEA })).toBeVisible();

    await page.evaluate(() => (window.location.hash = 'newsline-event=g7'));
    await expect(frameDetails(frame).getByRole('heading', { name: G7 })).toBeVisible();
  });

  test('writes the event opened in the iframe into the article’s address', async ({ page }) => {
    const frame = await openArticle(page, '#intro');
    const historyLength = await page.evaluate(() => history.length);
    await (await showList(frame)).getByRole('link', { name: new RegExp(`^${G7}`) }).click();
    await expect(page).toHaveURL(`${article.url}story.html#newsline-event=g7`);

    await frameDetails(frame)
      .getByRole('button', { name: /^Close/ })
      .click();
    await expect(page).toHaveURL(`${article.url}story.html`);
    // Replaced, not pushed: Back leaves the article, not the events read in its timeline.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('ignores height messages from any window but its iframe', async ({ page }) => {
    await openArticle(page);
    const height = await frameHeight(page);
    const forged = 'pymxPYMxnewsline-1xPYMxheightxPYMx3000';
    await page.evaluate((data) => window.postMessage(data, '*'), forged);
    await page.evaluate(() =>
      window.postMessage({ 'datawrapper-height': { 'newsline-1': 3000 } }, '*'),
    );
    await (await stranger(page)).evaluate((data) => window.parent.postMessage(data, '*'), forged);
    // A window of the app's own origin, but not the embed's iframe.
    const sameSite = await windowOf(page.getByTitle("Another page of the timeline's site"));
    await sameSite.evaluate((data) => window.parent.postMessage(data, '*'), forged);
    // Give a wrongly accepted message time to land before looking.
    await page.waitForTimeout(500);
    expect(await frameHeight(page)).toBe(height);
  });

  test('the app ignores "open event" messages from any window but its parent', async ({ page }) => {
    const frame = await openArticle(page);
    const forged = 'pymxPYMxnewsline-1xPYMxnewsline-eventxPYMxcrimea';
    // Another frame of the article, and the app's own window, post the parent's message.
    const sent = await (
      await stranger(page)
    ).evaluate((data) => {
      const app = window.parent.document.querySelector<HTMLIFrameElement>('.newsline-embed iframe');
      app?.contentWindow?.postMessage(data, '*');
      return app !== null;
    }, forged);
    expect(sent).toBe(true);
    await (
      await windowOf(embedFrame(page))
    ).evaluate((data) => window.postMessage(data, '*'), forged);
    await page.waitForTimeout(500);
    await expect(frameDetails(frame)).toHaveCount(0);

    // The same message from the parent, at the app's origin, is the one that works.
    await page.evaluate(
      ({ data, origin }) =>
        document.querySelector('iframe')?.contentWindow?.postMessage(data, origin),
      { data: forged, origin: new URL(appUrl).origin },
    );
    await expect(frameDetails(frame).getByRole('heading', { name: CRIMEA })).toBeVisible();
  });
});

test.describe('the demo article, two embeds on one page', () => {
  test('a click on a marker brings the details it opens into view', async ({ page }) => {
    // The demo's column is narrower than two columns of the app: the details follow the
    // timeline, below the marker clicked.
    await page.goto('./embed-demo.html');
    const frame = inFrame(page);
    await expect(frameTimeline(frame)).toBeVisible();
    await expect.poll(() => frameHeight(page)).not.toBe(600);
    const marker = frameTimeline(frame).getByRole('button', { name: new RegExp(`^${CRIMEA}`) });
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    const heading = frameDetails(frame).getByRole('heading', { name: CRIMEA });
    await expect(heading).toBeVisible();
    // On the article's screen, not only in the frame (which is as tall as its content).
    const screen = page.viewportSize();
    if (!screen) throw new Error('the page has no viewport size');
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= screen.height;
      })
      .toBe(true);
  });

  test('each embed keeps its own link in the article’s address', async ({ page }) => {
    await page.goto('./embed-demo.html');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await embedFrame(page, 1).scrollIntoViewIfNeeded();
    const second = inFrame(page, 1);
    await expect(second.getByText('6 of 27 events')).toBeVisible();
    // Fitted to the topic's years, as the page is after a click on the topic.
    await expect(frameTimeline(second).getByRole('heading', { level: 2 })).toHaveText(
      /showing 2016–2019$/,
    );
    await (
      await showList(second)
    )
      .getByRole('link', { name: /^Trump was open to lifting Russian sanctions/ })
      .click();
    await expect(page).toHaveURL(/#newsline-event=lifting-sanctions&newsline-embed=newsline-2$/);

    await page.reload();
    await embedFrame(page, 1).scrollIntoViewIfNeeded();
    await expect(
      frameDetails(inFrame(page, 1)).getByRole('heading', {
        name: 'Trump was open to lifting Russian sanctions',
      }),
    ).toBeVisible();
    await expect(inFrame(page, 0).getByRole('region', { name: /^Timeline/ })).toBeVisible();
    await expect(frameDetails(inFrame(page, 0))).toHaveCount(0);
  });
});

test.describe('the app behind its own headers', () => {
  test('lets another site frame it (frame-ancestors *)', async ({ page }) => {
    const app = await serveStatic({ root: DIST, headers: headersFromFile(`${DIST}/_headers`) });
    const host = await serveStatic({
      routes: {
        '/': html(
          `<div class="newsline-embed" data-src="${app.url}?embed=1"></div><script src="${app.url}embed.js"></script>`,
        ),
      },
    });
    try {
      await page.goto(host.url);
      await expect(inFrame(page).getByRole('region', { name: /^Timeline/ })).toBeVisible();
    } finally {
      await Promise.all([app.close(), host.close()]);
    }
  });
});

test.describe('the Embed button', () => {
  test('shows the snippet for the current view and copies it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?topics=nato');
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toBeFocused();
    const snippet =
      `<div class="newsline-embed" data-src="${appUrl}?topics=nato&amp;embed=1"></div>\n` +
      `<script async src="${appUrl}embed.js"></script>`;
    await expect(code).toHaveValue(snippet);

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByText('Embed code copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});
