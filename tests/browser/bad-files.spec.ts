import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  BAD_FILES,
  BAD_RESPONSES,
  badFileBytes,
  contentTypeOf,
  messageFor,
  messagePattern,
  type ExpectedFile,
} from '../fixtures/bad/corpus.ts';
import { markers, openApp, SEED_COUNT, timeline } from './helpers.ts';

/**
 * Every file of the bad corpus (tests/fixtures/bad, with expected.json) opened the three ways a
 * store arrives: picked with "Open a file…", dropped on the page, and linked with ?data=.
 */

const SEED_TITLE = '37 times President Trump was soft on Russia';

async function pickFile(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file…' }).first().click();
  await (await chooser).setFiles(files);
}

/** Serves a corpus file at data/<file>, as a web server would. */
async function serve(page: Page, file: string, entry: ExpectedFile): Promise<void> {
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ body: badFileBytes(file), contentType: contentTypeOf(file, entry) }),
  );
}

const eventButton = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${title},`) });

/** A file that opens: its good events are on the timeline, its bad ones listed by name. */
async function expectShownWithProblems(page: Page, entry: ExpectedFile): Promise<void> {
  const count = entry.shown?.length ?? 0;
  await expect(page.getByRole('status', { name: 'Events shown' })).toHaveText(
    count === 1 ? 'One event' : `All ${count} events`,
  );
  // The view may still be where the previous timeline left it: bring every event into it.
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  for (const title of entry.shown ?? []) await expect(eventButton(page, title)).toBeVisible();
  const summary = page.getByText(`${entry.skipped} events skipped`);
  await expect(summary).toBeVisible();
  await summary.click();
  const items = page.locator('.notice--problems li');
  await expect(items).toHaveCount(entry.problems?.length ?? 0);
  for (const [i, problem] of (entry.problems ?? []).entries()) {
    await expect(items.nth(i)).toContainText(problem.record);
    await expect(items.nth(i)).toContainText(problem.field);
  }
}

/** The timeline that was showing is still there, seed events and all. */
async function expectSeedStillShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(markers(page)).toHaveCount(SEED_COUNT);
}

test.describe('a bad file picked with “Open a file…”', () => {
  for (const [file, entry] of BAD_FILES) {
    test(file, async ({ page }) => {
      await openApp(page);
      await pickFile(page, {
        name: file,
        mimeType: contentTypeOf(file, entry),
        buffer: badFileBytes(file),
      });
      if (entry.message === undefined) {
        await expectShownWithProblems(page, entry);
        return;
      }
      await expect(
        page.getByRole('alert').filter({ hasText: messageFor(entry.message, file) }),
      ).toBeVisible();
      // Said beside the button too, where the reader's eyes are.
      await expect(
        page.getByRole('status').filter({ hasText: messageFor(entry.message, file) }),
      ).toBeAttached();
      await expectSeedStillShown(page);
      if (entry.problems) {
        await page.getByText(`${entry.problems.length} problems in the data`).click();
        await expect(page.locator('.notice li')).toHaveCount(entry.problems.length);
      }
    });
  }

  test('a file over the size limit is refused without being read', async ({ page }) => {
    // A sparse file: 201 MB on paper, no disk space and no memory to write it.
    const path = join(tmpdir(), `huge-${process.pid}-${Date.now()}.json`);
    execFileSync('truncate', ['-s', String(201 * 1024 * 1024), path]);
    try {
      await openApp(page);
      await pickFile(page, path);
      const name = path.split('/').pop() as string;
      await expect(
        page.getByRole('alert').filter({
          hasText: `“${name}” is 201 MB, over the 200 MB limit for a timeline file.`,
        }),
      ).toBeVisible();
      await expectSeedStillShown(page);
    } finally {
      rmSync(path, { force: true });
    }
  });
});

test.describe('a bad file dropped on the page', () => {
  for (const file of ['bad-records.csv', 'no-start-column.csv', 'web-page.json']) {
    const entry = BAD_FILES.find(([name]) => name === file)?.[1] as ExpectedFile;
    test(file, async ({ page }) => {
      await openApp(page);
      const bytes = [...badFileBytes(file)];
      const dataTransfer = await page.evaluateHandle(
        ([name, content]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(content)], name));
          return transfer;
        },
        [file, bytes] as const,
      );
      await page.dispatchEvent('main', 'dragenter', { dataTransfer });
      await page.dispatchEvent('main', 'dragover', { dataTransfer });
      await page.dispatchEvent('main', 'drop', { dataTransfer });
      if (entry.message === undefined) {
        await expectShownWithProblems(page, entry);
      } else {
        await expect(
          page.getByRole('alert').filter({ hasText: messageFor(entry.message, file) }),
        ).toBeVisible();
        await expectSeedStillShown(page);
      }
    });
  }
});

test.describe('a bad file linked with ?data=', () => {
  for (const [file, entry] of BAD_FILES) {
    test(file, async ({ page }) => {
      await serve(page, file, entry);
      await page.goto(`./?data=data/${file}`);
      if (entry.message === undefined) {
        await expectShownWithProblems(page, entry);
        return;
      }
      await expect(
        page.getByRole('heading', { name: 'The timeline could not be loaded' }),
      ).toBeVisible();
      await expect(page.getByRole('alert').first()).toHaveText(messagePattern(entry.message, file));
      // The way on: the default timeline, or a file of one's own.
      await expect(page.getByRole('link', { name: 'Open the default timeline' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Open a file…' })).toBeVisible();
    });
  }

  for (const [file, entry] of BAD_RESPONSES) {
    test(`${file}: ${entry.status ?? (entry.networkError ? 'network error' : 'too large')}`, async ({
      page,
    }) => {
      await page.route(`**/data/${file}`, (route) => {
        if (entry.networkError) return route.abort('internetdisconnected');
        return route.fulfill({
          status: entry.status ?? 200,
          contentType: 'application/json',
          headers: entry.contentLength ? { 'content-length': String(entry.contentLength) } : {},
          body: '{}',
        });
      });
      await page.goto(`./?data=data/${file}`);
      await expect(
        page.getByRole('heading', { name: 'The timeline could not be loaded' }),
      ).toBeVisible();
      await expect(page.getByRole('alert').first()).toHaveText(messagePattern(entry.message, file));
    });
  }
});

test.describe('a store with 5,000 bad records', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `bad-${i + 1},Bad ${i + 1},someday,Port`);
  const csv = ['id,title,start,topics', 'good,A good event,2021-03-04,Port', ...rows, ''].join(
    '\n',
  );

  test('lists the first 100 problems, says how many there are, and downloads them all', async ({
    page,
  }) => {
    await openApp(page);
    await pickFile(page, { name: 'many-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(eventButton(page, 'A good event')).toBeVisible();
    await page.getByText('5,000 events skipped').click();
    await expect(page.getByText('The first 100 of 5,000 problems:')).toBeVisible();
    await expect(page.locator('.notice--problems li')).toHaveCount(100);
    await expect(page.locator('.notice--problems li').first()).toContainText('row 3 "bad-1"');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all problems (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('many-bad-problems.csv');
    const lines = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(5001);
    expect(lines[0]).toBe('record,field,problem');
    expect(lines[5000]).toMatch(/^"row 5002 ""bad-5000""",start,/);
  });
});
