import { expect, type Page } from '@playwright/test';

export const SEED_COUNT = 27;

export const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline, showing/ });
export const markers = (page: Page) => timeline(page).getByRole('button', { name: /^Trump/ });
export const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
export const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
export const rangeHeading = (page: Page) => timeline(page).getByRole('heading', { level: 2 });

export async function openApp(page: Page, search = ''): Promise<void> {
  await page.goto(`./${search}`);
  await expect(timeline(page)).toBeVisible();
  // The prerendered page is visible before the script takes it over: the range in view is
  // written by the script only, so once it is there the controls answer.
  await expect(rangeHeading(page)).toHaveText(/showing\s*\S/);
}

/** Chooses a file through the "Open a file…" button, as a reader does. */
export async function openFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await (await chooser).setFiles(file);
}

/** The axis' tick labels as drawn. */
export async function ticks(page: Page): Promise<string[]> {
  return page.locator('.time-axis .tick text').allTextContents();
}

export async function viewportBox(page: Page) {
  const viewport = page.locator('.timeline__viewport');
  await viewport.scrollIntoViewIfNeeded();
  const box = await viewport.boundingBox();
  if (!box) throw new Error('the timeline viewport is not laid out');
  return box;
}
