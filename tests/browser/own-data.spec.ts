import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openFile, SEED_COUNT, timeline } from './helpers.ts';

const template = readFileSync(resolve(import.meta.dirname, '../../public/data/template.csv'));
const SMALL_CSV = [
  'Title,Start,End,Topics,Summary',
  'Treaty signed,1987-12-08,,Arms control,The INF treaty is signed.',
  'Treaty ends,2019-08-02,,Arms control; Diplomacy,The United States leaves the treaty.',
  'Talks,2010-04,2010-12,Diplomacy,',
].join('\n');

const eventButtons = (page: Page) =>
  timeline(page).locator('[data-item-key]:not([aria-label$="zoom in"])');

test('the spreadsheet template opens from the file picker as the same 27 events', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, { name: 'template.csv', mimeType: 'text/csv', buffer: template });
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
    'Opened “template.csv”: 27 events.',
  );
  await expect(page).toHaveURL(/\?file=template\.csv$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '37 times President Trump was soft on Russia',
  );
  const list = page.getByRole('region', { name: /^Event by event/ });
  await expect(list.getByRole('listitem')).toHaveCount(SEED_COUNT);
});

test('a CSV of its own shows its events and its topics, and its events deep-link by file name', async ({
  page,
  context,
}) => {
  await openApp(page);
  await openFile(page, {
    name: 'arms control.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SMALL_CSV),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arms control');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('button', { name: /^Arms control/ })).toBeVisible();
  await expect(filters.getByRole('button', { name: /^Diplomacy/ })).toBeVisible();
  await expect(filters.getByRole('button', { name: /^NATO/ })).toHaveCount(0);
  await timeline(page)
    .getByRole('button', { name: /^Treaty ends/ })
    .click();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText(
    'The United States leaves the treaty.',
  );
  await expect(page).toHaveURL(/\?file=arms%20control\.csv&event=treaty-ends$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = page.getByRole('complementary', { name: 'Event details' });
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.getByRole('status')).toContainText(
    'It names “arms control.csv”, a file on this computer: others will need the file to see the event.',
  );
});

test('a file dropped on the page opens', async ({ page }) => {
  await openApp(page);
  await page.evaluate((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true }));
    }
    document.documentElement.dataset.sawOutline = String(
      document.documentElement.hasAttribute('data-file-over'),
    );
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
  }, SMALL_CSV);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('dropped');
  await expect(page.locator('html')).toHaveAttribute('data-saw-outline', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-file-over');
});

test('a bad file says what is wrong, and the timeline that was showing stays', async ({ page }) => {
  await openApp(page);
  await openFile(page, {
    name: 'page.json',
    mimeType: 'application/json',
    buffer: Buffer.from('<!doctype html><p>Sign in'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'page.json' })).toContainText(
    '“page.json” is a web page, not timeline data.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '37 times President Trump was soft on Russia',
  );
  await expect(eventButtons(page).first()).toBeAttached();
  await expect(page).toHaveURL(/\/$/);
});

test('bad rows of a CSV are skipped and listed by row number; the good ones show', async ({
  page,
}) => {
  await openApp(page);
  const csv = `${SMALL_CSV}\nNo date,,,Diplomacy,\nWrong date,20/01/2017,,Diplomacy,\n`;
  await openFile(page, { name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const notice = page.getByRole('alert').filter({ hasText: 'events skipped' });
  await notice.getByText('2 events skipped').click();
  await expect(notice.getByRole('listitem')).toHaveText([
    /^row 5 "no-date", start: /,
    /^row 6 "wrong-date", start: “20\/01\/2017” is not a date the timeline reads/,
  ]);
  await expect(
    page.getByRole('region', { name: /^Event by event/ }).getByRole('listitem'),
  ).toHaveCount(3);
});

test('a link to a file explains that the file is not on the web, and offers to open it', async ({
  page,
}) => {
  await page.goto('./?file=our%20events.csv&event=treaty-ends');
  await expect(page.getByRole('alert')).toHaveText(
    "This link was made from “our events.csv”, a file opened on someone's computer. That file is not on the web, so the link cannot show it. If you have the file, open it here.",
  );
  await openFile(page, {
    name: 'our events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SMALL_CSV),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('our events');
  await expect(page).toHaveURL(/\?file=our%20events\.csv$/);
});

test('?data= opens a CSV store by its ending', async ({ page }) => {
  await openApp(page, '?data=data/template.csv&event=g7');
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Event by event/ }).getByRole('listitem'),
  ).toHaveCount(SEED_COUNT);
});

test('Back from an opened file returns to the timeline shown before it', async ({ page }) => {
  await openApp(page);
  await openFile(page, { name: 'arms.csv', mimeType: 'text/csv', buffer: Buffer.from(SMALL_CSV) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('arms');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '37 times President Trump was soft on Russia',
  );
});
