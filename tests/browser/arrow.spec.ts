import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tableToIPC } from 'apache-arrow';
import { makeMinimalDataset } from '../../scripts/lib/generated-store.ts';
import { arrowTableOf } from '../../scripts/lib/arrow-table.ts';
import { details, openApp, timeline } from './helpers.ts';

/**
 * Arrow IPC stores through `?data=`: a small one read on the page, a large one in the parse
 * worker. The bad ones (a missing column, a damaged file, bad rows) are in the bad corpus
 * (bad-files.spec.ts), opened the three ways a store arrives.
 */

/** The six Roman events of tests/fixtures/bc, as scripts/write-arrow-fixtures.ts writes them. */
const ROMAN = readFileSync(resolve(import.meta.dirname, '../fixtures/bc/roman-republic.arrow'));

async function serve(page: Page, file: string, body: Buffer | Uint8Array): Promise<void> {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ body: Buffer.from(body), contentType: 'application/vnd.apache.arrow.file' }),
  );
}

test('a small Arrow store shows its events, with its title from the metadata', async ({ page }) => {
  await serve(page, 'roman-republic.arrow', ROMAN);
  await openApp(page, '?data=data/roman-republic.arrow');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Roman Republic');
  await expect(page.getByRole('status', { name: 'Events shown' })).toHaveText('All 6 events');
  const caesar = timeline(page).getByRole('button', {
    name: /^Julius Caesar is assassinated, March 15, 44 BC/,
  });
  await expect(caesar).toBeVisible();
  await caesar.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Julius Caesar is assassinated',
  );
  // Nothing in the store was left out.
  await expect(page.getByText(/events? skipped/)).toHaveCount(0);
});

test('a large Arrow store is read in the worker, its progress shown', async ({ page }) => {
  const COUNT = 150_000;
  const bytes = tableToIPC(arrowTableOf(makeMinimalDataset(COUNT, 1)), 'file');
  // Past the size from which a store is parsed off the page (WORKER_FROM_BYTES, 8 MB).
  expect(bytes.byteLength).toBeGreaterThan(8 * 1024 * 1024);
  await serve(page, 'large.arrow', bytes);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./?data=data/large.arrow');
  await expect(page.getByRole('status').filter({ hasText: 'Reading 150,000 events…' })).toBeVisible(
    { timeout: 20_000 },
  );
  await expect(page.getByRole('status', { name: 'Events shown' })).toHaveText(
    'All 150,000 events',
    { timeout: 30_000 },
  );
  expect(workers.some((url) => /parse-worker/.test(url))).toBe(true);
});
