import { expect, test, type Page } from '@playwright/test';
import { details, markers, openApp, SEED_COUNT, timeline } from './helpers.ts';
import { settled } from './labels.ts';

/** The bottom of the time axis, in the viewport's coordinates. */
const axisBottom = async (page: Page) =>
  (await page.locator('.time-axis').boundingBox())?.y ?? Number.POSITIVE_INFINITY;

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
] as const;

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the dates are on the first screen, home and event pages`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    const axis = page.locator('.time-axis');
    await expect(axis).toBeInViewport({ ratio: 1 });
    // One "Zoom in" opens more lanes below the axis, never above it.
    const before = await axisBottom(page);
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await settled(page);
    expect(await axisBottom(page)).toBe(before);

    await page.goto('./e/deripaska-sanctions/');
    await expect(details(page)).toBeVisible();
    await expect(axis).toBeInViewport({ ratio: 1 });
  });
}

test('the axis stays in sight while the lanes scroll past the top of the screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await openApp(page);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await expect(page.locator('.time-axis')).toBeInViewport({ ratio: 1 });
  expect(Math.round((await page.locator('.time-axis').boundingBox())?.y ?? -1)).toBe(0);
});

test('an introduction holds the details column until an event opens, and a way in', async ({
  page,
}) => {
  await openApp(page);
  const intro = page.getByRole('region', { name: '37 times President Trump was soft on Russia' });
  await expect(intro).toBeVisible();
  await expect(intro).toContainText('Episodes, from Trump’s praise of Putin');
  await expect(intro).toContainText('Source: CNN');
  const timelineBox = await timeline(page).boundingBox();
  const introBox = await intro.boundingBox();
  // Beside the timeline, not below it.
  expect(introBox && timelineBox && introBox.x).toBeGreaterThan(
    (timelineBox?.x ?? 0) + (timelineBox?.width ?? 0) - 1,
  );
  await intro.getByRole('button', { name: 'Start with the first episode' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump has repeatedly praised Putin',
  );
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(intro).toHaveCount(0);
});

test('clicking an event moves nothing under the pointer: the marker keeps its box, no other card shows', async ({
  page,
}) => {
  await openApp(page);
  await settled(page);
  const widthBefore = (await timeline(page).boundingBox())?.width;
  const boxes = () =>
    markers(page).evaluateAll((buttons) =>
      Object.fromEntries(
        buttons.map((b) => {
          const r = b.getBoundingClientRect();
          return [b.getAttribute('aria-label'), [r.x, r.y, r.width, r.height].map(Math.round)];
        }),
      ),
    );
  const before = await boxes();
  const marker = markers(page).nth(5);
  const name = (await marker.getAttribute('aria-label')) ?? '';
  await marker.click();
  await expect(details(page)).toBeVisible();
  await settled(page);
  // Every marker, the clicked one included, is where it was.
  expect(await boxes()).toEqual(before);
  expect((await timeline(page).boundingBox())?.width).toBe(widthBefore);
  // The pointer rests where it clicked: a card, if any, is the clicked event's, never another's.
  const title = name.replace(/, [^,]+$/, '');
  expect(title).not.toBe('');
  const cards = page.getByRole('tooltip');
  expect(await cards.count()).toBeLessThanOrEqual(1);
  if ((await cards.count()) === 1) await expect(cards).toContainText(title);

  // Stepping and closing keep the timeline as it is too. The panel slides in as it first opens:
  // a click while it moves can miss its button, and Playwright then scrolls the page to retry.
  await details(page).evaluate((panel) =>
    Promise.all(panel.getAnimations({ subtree: true }).map((a) => a.finished)),
  );
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await details(page).getByRole('button', { name: 'Close details' }).click();
  await settled(page);
  expect(await boxes()).toEqual(before);
  expect((await timeline(page).boundingBox())?.width).toBe(widthBefore);
});

test('the details show within a frame of the click, never a blank panel', async ({ page }) => {
  await openApp(page);
  await settled(page);
  const title = await page.evaluate(async () => {
    const marker = document.querySelector<HTMLElement>('[data-event-id]');
    marker?.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return document.querySelector('[aria-label="Event details"] h2')?.textContent ?? null;
  });
  expect(title).not.toBeNull();
  expect(title?.length).toBeGreaterThan(0);
});

test('Previous and Next hold their place at the top of the column, whatever the text', async ({
  page,
}) => {
  await openApp(page);
  await markers(page).first().click();
  const next = details(page).getByRole('button', { name: 'Next event' });
  // The panel slides in as it first opens: measure once it is in place.
  await details(page).evaluate((panel) =>
    Promise.all(panel.getAnimations({ subtree: true }).map((a) => a.finished)),
  );
  const first = await next.boundingBox();
  const heights = new Set<number>();
  for (let i = 0; i < 4; i++) {
    await next.click();
    await expect(details(page)).toContainText(`${i + 2} of ${SEED_COUNT}`);
    heights.add(Math.round((await details(page).boundingBox())?.height ?? 0));
    expect(await next.boundingBox()).toEqual(first);
  }
  // The events' texts differ in length: the test would see a button that moved with them.
  expect(heights.size).toBeGreaterThan(1);
});

test('a hover card opens only once the pointer moves, and never over the details column', async ({
  page,
}) => {
  await openApp(page);
  await markers(page).first().click();
  await settled(page);
  // The rightmost marker: its card would reach into the column if nothing kept it out.
  const boxes = await markers(page).evaluateAll((buttons) =>
    buttons.map((b) => b.getBoundingClientRect().right),
  );
  const rightmost = markers(page).nth(boxes.indexOf(Math.max(...boxes)));
  const box = await rightmost.boundingBox();
  if (!box) throw new Error('no marker box');
  await page.mouse.move(box.x + box.width - 4, box.y + 4, { steps: 3 });
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  const column = await page.locator('.details-column').boundingBox();
  const cardBox = await card.boundingBox();
  expect((cardBox?.x ?? 0) + (cardBox?.width ?? 0)).toBeLessThanOrEqual(column?.x ?? 0);
});

test('the count reads as a news page would, and the list is headed for readers', async ({
  page,
}) => {
  await openApp(page);
  await expect(page.getByRole('status', { name: 'Events shown' })).toHaveText(
    `All ${SEED_COUNT} events`,
  );
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeVisible();
  await markers(page).first().click();
  // The note on how the date was set follows the story, not before it.
  const note = details(page).getByText(/^About the date:/);
  const summary = details(page).getByText(/^While he was a private citizen/);
  await expect(note).toBeVisible();
  const [noteBox, summaryBox] = [await note.boundingBox(), await summary.boundingBox()];
  expect(noteBox?.y ?? 0).toBeGreaterThan(summaryBox?.y ?? Number.POSITIVE_INFINITY);
});
