import { expect, test, type Page } from '@playwright/test';
import { markers, openApp, rangeHeading, timeline, viewportBox } from './helpers.ts';

// Short enough that the page scrolls with the timeline in view.
test.use({ viewport: { width: 1280, height: 600 } });

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const hint = (page: Page) => timeline(page).getByRole('status', { name: 'Zoom hint' });
const overview = (page: Page) =>
  page.getByRole('slider', { name: 'Overview of the whole timeline' });
/** The width of the window drawn on the overview: the span of time in view. */
const spanShown = async (page: Page) =>
  (await page.locator('.overview__window').boundingBox())?.width ?? NaN;

/**
 * Puts the pointer over the middle of the timeline, with room to scroll the page further, and
 * returns how far the page is scrolled.
 */
async function pointAtTimeline(page: Page): Promise<number> {
  await openApp(page);
  const box = await viewportBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight - innerHeight),
  ).toBeGreaterThan(300);
  return scrollY(page);
}

/** Zooms in with the keyboard, which leaves the pointer where it is. */
async function zoomInTwice(page: Page) {
  const range = await rangeHeading(page).textContent();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(rangeHeading(page)).not.toHaveText(range ?? '');
  // The zoom glides: wait until the range in view has stopped changing.
  await expect
    .poll(async () => {
      const now = await rangeHeading(page).textContent();
      await page.waitForTimeout(300);
      return (await rangeHeading(page).textContent()) === now;
    })
    .toBe(true);
}

test('a plain wheel over the timeline scrolls the page and hints at Ctrl + scroll', async ({
  page,
}) => {
  const top = await pointAtTimeline(page);
  const range = await rangeHeading(page).textContent();
  await expect(hint(page)).toHaveText('');

  await page.mouse.wheel(0, 120);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(top);
  await expect(hint(page)).toHaveText('Use Ctrl + scroll to zoom');
  await expect(hint(page)).toHaveAttribute('aria-live', 'polite');
  await expect(rangeHeading(page)).toHaveText(range ?? '');

  // Upwards too, and once zoomed in: the page scrolls, the timeline does not zoom.
  await zoomInTwice(page);
  const zoomed = await rangeHeading(page).textContent();
  const before = await scrollY(page);
  const box = await viewportBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, -60);
  await expect.poll(() => scrollY(page)).toBeLessThan(before);
  await expect(rangeHeading(page)).toHaveText(zoomed ?? '');

  await expect(hint(page)).toHaveText('', { timeout: 4000 });
});

test('the hint stays up while the wheel turns, then fades', async ({ page }) => {
  await pointAtTimeline(page);
  await page.mouse.wheel(0, 40);
  await expect(hint(page)).toHaveText('Use Ctrl + scroll to zoom');
  const shownAt = Date.now();
  // Keep scrolling for longer than the hint lasts on its own.
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 10);
    await page.waitForTimeout(300);
    await expect(hint(page)).toHaveText('Use Ctrl + scroll to zoom');
  }
  expect(Date.now() - shownAt).toBeGreaterThan(1800);
  await expect(hint(page)).toHaveText('', { timeout: 4000 });
});

test('the hint names ⌘ on a Mac', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 600 },
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
  });
  await page.goto(baseURL ?? '/');
  // Once the script has taken over the page built ahead of time (it writes the range in view).
  await expect(rangeHeading(page)).toHaveText(/showing\s*\S/);
  const box = await viewportBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 40);
  await expect(hint(page)).toHaveText('Use ⌘ + scroll to zoom');
  await expect(timeline(page).getByText(/^⌘ \+ scroll to zoom, drag or Shift/)).toBeVisible();
  await context.close();
});

test('Ctrl + wheel zooms around the pointer and leaves the page where it is', async ({ page }) => {
  const top = await pointAtTimeline(page);
  const range = await rangeHeading(page).textContent();
  const span = await spanShown(page);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect(rangeHeading(page)).not.toHaveText(range ?? '');
  expect(await spanShown(page)).toBeLessThan(span / 1.5);
  expect(await scrollY(page)).toBe(top);
  await expect(hint(page)).toHaveText('');

  // Out again, all the way, and past the limit: the browser must not zoom the page instead.
  await page.evaluate(() => {
    const seen: boolean[] = [];
    Object.assign(window, { wheelsPrevented: seen });
    window.addEventListener('wheel', (e) => setTimeout(() => seen.push(e.defaultPrevented)), {
      capture: true,
    });
  });
  await page.keyboard.down('Control');
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 200);
  // A fresh wheel at the limit, after d3-zoom has ended the gesture, is the one d3 ignores.
  await page.waitForTimeout(400);
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Control');
  await expect(rangeHeading(page)).toHaveText(range ?? '');
  expect(await scrollY(page)).toBe(top);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { wheelsPrevented: boolean[] }).wheelsPrevented),
    )
    .toEqual([true, true, true, true, true, true]);
});

test('⌘ + wheel zooms too', async ({ page }) => {
  const top = await pointAtTimeline(page);
  const range = await rangeHeading(page).textContent();
  await page.keyboard.down('Meta');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Meta');
  await expect(rangeHeading(page)).not.toHaveText(range ?? '');
  expect(await scrollY(page)).toBe(top);
});

for (const [name, wheel] of [
  ['Shift + wheel', { shift: true, dx: 0, dy: 150 }],
  ['a sideways wheel', { shift: false, dx: 150, dy: 10 }],
] as const) {
  test(`${name} pans, keeping the span`, async ({ page }) => {
    const top = await pointAtTimeline(page);
    await zoomInTwice(page);
    const span = await spanShown(page);
    const position = Number(await overview(page).getAttribute('aria-valuenow'));
    const range = await rangeHeading(page).textContent();

    if (wheel.shift) await page.keyboard.down('Shift');
    for (let i = 0; i < 3; i++) await page.mouse.wheel(wheel.dx, wheel.dy);
    if (wheel.shift) await page.keyboard.up('Shift');

    // Wheeling down or right moves later times into view.
    await expect
      .poll(async () => Number(await overview(page).getAttribute('aria-valuenow')))
      .toBeGreaterThan(position);
    await expect(rangeHeading(page)).not.toHaveText(range ?? '');
    expect(Math.abs((await spanShown(page)) - span)).toBeLessThanOrEqual(1);
    expect(await scrollY(page)).toBe(top);
    await expect(hint(page)).toHaveText('');
  });
}

test('the hint line speaks of Ctrl + scroll, dragging and the arrow keys', async ({ page }) => {
  await openApp(page);
  await expect(
    timeline(page).getByText(
      'Ctrl + scroll to zoom, drag or Shift + scroll to pan; ← → step through events',
    ),
  ).toBeVisible();
  await expect(timeline(page).getByText(/pinch/i).filter({ visible: true })).toHaveCount(0);
});

test('while a drag moves the view, a hand grips and no marker button is in the pointer’s way', async ({
  page,
}) => {
  await openApp(page);
  const marker = markers(page).first();
  const before = await marker.boundingBox();
  if (!before) throw new Error('No marker is shown');
  const left = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  const box = await viewportBox(page);
  const hit = (point: { x: number; y: number }) =>
    page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y);
      return {
        button: element?.closest('button') !== null,
        cursor: element ? getComputedStyle(element).cursor : '',
      };
    }, point);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 4 });
  // The buttons stay where the view was until it rests: a press there must not reach one.
  expect(await hit(left)).toEqual({ button: false, cursor: 'grabbing' });
  await page.mouse.up();

  await expect(timeline(page).locator('.timeline__track')).not.toHaveAttribute('data-moving');
  const after = await marker.boundingBox();
  if (!after) throw new Error('The marker left the view');
  const rested = await hit({ x: after.x + after.width / 2, y: after.y + after.height / 2 });
  expect(rested.button).toBe(true);
  expect(rested.cursor).not.toBe('grabbing');
});
