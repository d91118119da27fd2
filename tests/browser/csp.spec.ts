import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { details, filters, markers, SEED_COUNT, timeline } from './helpers.ts';
import { headersFromFile, serveStatic, type StaticServer } from './static-server.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const eventsShown = (page: Page) => filters(page).getByRole('status', { name: 'Events shown' });
const detailsHeading = (page: Page) => details(page).getByRole('heading', { level: 2 });

let server: StaticServer;
let headers: Record<string, string>;
test.beforeAll(async () => {
  headers = headersFromFile(path.join(DIST, '_headers'));
  server = await serveStatic({ root: DIST, headers });
});
test.afterAll(() => server.close());

test('the build carries its policy in index.html and in _headers', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  expect(meta).toMatch(/(^|; )connect-src 'self'(;| )/);
  expect(meta).toMatch(/(^|; )script-src 'self';/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(headers['Content-Security-Policy']).toBe(`${meta}; frame-ancestors *`);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
});

test('every feature works under the policy sent as a header, without one violation', async ({
  page,
  context,
}) => {
  const violations = await recordViolations(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });

  // A data link, so config.json is read too.
  const response = await page.goto(`${server.url}?data=data%2Ftrump-russia.json`);
  expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  await expect(markers(page)).toHaveCount(SEED_COUNT);

  // Filter by topic, then search.
  await filters(page)
    .getByRole('button', { name: /^Sanctions/ })
    .click();
  await expect(eventsShown(page)).toHaveText(`6 of ${SEED_COUNT} events`);
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Bolton');
  await expect(eventsShown(page)).not.toHaveText(`All ${SEED_COUNT} events`);
  await filters(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(eventsShown(page)).toHaveText(`All ${SEED_COUNT} events`);

  // Open an event (the panel is a chunk of its own) and copy its link.
  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .click();
  await expect(detailsHeading(page)).toHaveText('Trump hired Manafort to run his campaign');
  await details(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(details(page).getByText('Link copied to the clipboard.')).toBeVisible();

  // Keyboard: step between events, zoom with + and -.
  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(detailsHeading(page)).not.toHaveText('Trump hired Manafort to run his campaign');
  await page.keyboard.press('+');
  await page.keyboard.press('-');
  await page.keyboard.press('Escape');

  // The zoom buttons and the overview.
  for (const name of ['Zoom in', 'Zoom out', 'Fit all']) {
    await timeline(page).getByRole('button', { name }).click();
  }

  // Dark mode, and print.
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Printable list of events' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Back and forward through the history the app wrote.
  await page.goBack();
  await page.goForward();
  await expect(timeline(page)).toBeVisible();

  // Reported asynchronously: give the last ones a moment to arrive.
  await page.waitForTimeout(200);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('the recorder does see a violation, so silence above means none', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(server.url);
  await expect(timeline(page)).toBeVisible();
  await page.evaluate(() => fetch('https://elsewhere.example/data.json').catch(() => undefined));
  // One report per policy: the header's and the meta's.
  await expect
    .poll(violations)
    .toContainEqual(expect.stringMatching(/^connect-src blocked https:\/\/elsewhere\.example/));
});
