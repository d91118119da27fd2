import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { allowOrigin } from '../../scripts/allow-origin.ts';
import { markers, SEED_COUNT } from './helpers.ts';
import { headersFromFile, serveStatic, type Route, type StaticServer } from './static-server.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const ELSEWHERE_TITLE = 'A timeline from another site';

/** Another site's valid store, shared with any page (as a published spreadsheet's would be). */
const elsewhereStore: Route = (_, response) => {
  const seed = JSON.parse(readFileSync(path.join(DIST, 'data/trump-russia.json'), 'utf8'));
  response.setHeader('Content-Type', 'application/json');
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.end(JSON.stringify({ ...seed, title: ELSEWHERE_TITLE }));
};

const redirectTo =
  (location: string): Route =>
  (_, response) => {
    response.writeHead(302, { Location: location });
    response.end();
  };

const failure = (page: Page) =>
  page.getByRole('heading', { name: 'The timeline could not be loaded' });
const elsewhereHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: ELSEWHERE_TITLE });

let elsewhere: StaticServer;
const servers: StaticServer[] = [];
async function host(options: Parameters<typeof serveStatic>[0]) {
  const server = await serveStatic(options);
  servers.push(server);
  return server;
}

test.beforeAll(async () => {
  elsewhere = await serveStatic({ routes: { '/store.json': elsewhereStore } });
});
test.afterAll(async () => {
  await Promise.all([elsewhere, ...servers].map((s) => s.close()));
});

/** The build as a host serves it, its policy as a header, with a few redirects of its own. */
function newsroom(
  options: {
    root?: string;
    withoutPolicy?: boolean;
    transformHtml?: (html: string) => string;
  } = {},
) {
  const root = options.root ?? DIST;
  const { 'Content-Security-Policy': policy, ...others } = headersFromFile(
    path.join(root, '_headers'),
  );
  return host({
    root,
    headers: options.withoutPolicy ? others : { ...others, 'Content-Security-Policy': policy! },
    routes: {
      '/redirect-away': redirectTo(`${elsewhere.origin}/store.json`),
      '/redirect-home': redirectTo('/data/trump-russia.json'),
    },
    ...(options.transformHtml && { transformHtml: options.transformHtml }),
  });
}

test.describe('a data link that redirects', () => {
  test('to another site shows nothing from there, and says so', async ({ page }) => {
    const site = await newsroom();
    await page.goto(`${site.url}?data=%2Fredirect-away`);
    await expect(failure(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(
      /The data link “http:\/\/127\.0\.0\.1:\d+\/redirect-away” led to another site, which is not allowed/,
    );
    await expect(elsewhereHeading(page)).toHaveCount(0);
  });

  test('to another site is refused by the app itself where no policy stops it', async ({
    page,
  }) => {
    // A host or an embedding page that drops the policy: the app's own check still holds.
    const site = await newsroom({
      withoutPolicy: true,
      transformHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
    });
    await page.goto(`${site.url}?data=%2Fredirect-away`);
    const origin = elsewhere.origin.replaceAll('.', '\\.');
    await expect(page.getByRole('alert')).toHaveText(
      new RegExp(`/redirect-away” led to another site \\(${origin}\\), which is not allowed`),
    );
    await expect(elsewhereHeading(page)).toHaveCount(0);
  });

  test('within this site loads', async ({ page }) => {
    const site = await newsroom();
    await page.goto(`${site.url}?data=%2Fredirect-home`);
    await expect(markers(page)).toHaveCount(SEED_COUNT);
  });
});

test.describe('another site’s data', () => {
  const link = () => `?data=${encodeURIComponent(`${elsewhere.origin}/store.json`)}`;

  test('loads once the site is allowed with npm run allow-origin', async ({ page }) => {
    const built = mkdtempSync(path.join(tmpdir(), 'newsline-dist-'));
    cpSync(DIST, built, { recursive: true });
    allowOrigin(elsewhere.origin, built);
    const site = await newsroom({ root: built });
    await page.goto(`${site.url}${link()}`);
    await expect(elsewhereHeading(page)).toBeVisible();
    await expect(markers(page)).toHaveCount(SEED_COUNT);
  });

  test('is refused while config.json does not list it', async ({ page }) => {
    const site = await newsroom();
    await page.goto(`${site.url}${link()}`);
    await expect(page.getByRole('alert')).toHaveText(/points to another site/);
    await expect(elsewhereHeading(page)).toHaveCount(0);
  });

  test('a broken config.json is named, and this site’s data still loads', async ({ page }) => {
    const site = await host({
      root: DIST,
      headers: headersFromFile(path.join(DIST, '_headers')),
      routes: {
        '/config.json': (_, response) => {
          response.setHeader('Content-Type', 'application/json');
          response.end('{ "allowedDataOrigins": ["docs.google.com"] }');
        },
      },
    });
    await page.goto(`${site.url}?data=data%2Ftrump-russia.json`);
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    await expect(page.getByRole('alert').filter({ hasText: 'config.json' })).toHaveText(
      /entry 1 of “allowedDataOrigins” "docs\.google\.com": it must start with https:\/\//,
    );
  });
});

test.describe('a site listed in config.json by hand, after the build', () => {
  test('is refused by the page’s policy, and the reader is told why and how to allow it', async ({
    page,
  }) => {
    const origin = 'https://data.example';
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { allowedDataOrigins: [origin] } }),
    );
    // Were the policy not to stop it, the store would load: the failure is the policy's alone.
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({
        json: JSON.parse(readFileSync(path.join(DIST, 'data/trump-russia.json'), 'utf8')),
        headers: { 'Access-Control-Allow-Origin': '*' },
      }),
    );
    await page.goto(`./?data=${encodeURIComponent(`${origin}/x.json`)}`);
    await expect(failure(page)).toBeVisible();
    const message = page.getByRole('alert');
    await expect(message).toContainText(
      'this site’s security policy does not allow data from https://data.example, even though config.json lists it',
    );
    await expect(message).toContainText('npm run allow-origin -- https://data.example');
    await expect(message).not.toContainText('check your connection');
    await expect(markers(page)).toHaveCount(0);
  });
});
