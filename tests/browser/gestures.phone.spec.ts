import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { details, openApp, rangeHeading, timeline, viewportBox } from './helpers.ts';

// Touch goes through Chromium's own input pipeline (CDP Input.dispatchTouchEvent), so
// touch-action and the browser's gesture recognition decide, as they do on a phone.
// (Input.synthesizeScrollGesture scrolls nothing in headless Chromium here.)

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const overview = (page: Page) =>
  page.getByRole('slider', { name: 'Overview of the whole timeline' });
const position = async (page: Page) => Number(await overview(page).getAttribute('aria-valuenow'));
/** The width of the window drawn on the overview: the span of time in view. */
const spanShown = async (page: Page) =>
  (await page.locator('.overview__window').boundingBox())?.width ?? NaN;

type Point = { x: number; y: number };

/** One finger from `from` to `to`, in small steps, as a drag on glass. */
async function drag(client: CDPSession, from: Point, to: Point, steps = 12) {
  await client.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ ...from, id: 1 }],
  });
  for (let i = 1; i <= steps; i++) {
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        {
          x: from.x + ((to.x - from.x) * i) / steps,
          y: from.y + ((to.y - from.y) * i) / steps,
          id: 1,
        },
      ],
    });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function zoomIn(page: Page) {
  const range = await rangeHeading(page).textContent();
  for (let i = 0; i < 2; i++) await timeline(page).getByRole('button', { name: 'Zoom in' }).tap();
  await expect(rangeHeading(page)).not.toHaveText(range ?? '');
}

test('a vertical swipe over the timeline scrolls the page and leaves the timeline alone', async ({
  page,
}) => {
  await openApp(page);
  const box = await viewportBox(page);
  const range = await rangeHeading(page).textContent();
  const before = await scrollY(page);
  const client = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(client, at, { x: at.x + 10, y: at.y - 200 });
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 100);
  await expect(rangeHeading(page)).toHaveText(range ?? '');
});

test('a vertical swipe starting on a marker scrolls too, and opens nothing', async ({ page }) => {
  await openApp(page);
  const marker = timeline(page).getByRole('button', { name: /^Trump hired Manafort/ });
  await marker.scrollIntoViewIfNeeded();
  const box = await marker.boundingBox();
  if (!box) throw new Error('the marker is not laid out');
  const before = await scrollY(page);
  const client = await page.context().newCDPSession(page);
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await drag(client, at, { x: at.x, y: at.y - 150 });
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 50);
  await expect(details(page)).toHaveCount(0);
});

test('a sideways drag pans the timeline, keeping the span', async ({ page }) => {
  await openApp(page);
  await zoomIn(page);
  const box = await viewportBox(page);
  const span = await spanShown(page);
  const start = await position(page);
  const before = await scrollY(page);
  const client = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  // Dragging leftwards brings later times into view.
  await drag(client, { x: box.x + box.width * 0.8, y }, { x: box.x + box.width * 0.2, y });
  await expect.poll(() => position(page)).toBeGreaterThan(start);
  expect(Math.abs((await spanShown(page)) - span)).toBeLessThanOrEqual(1);
  expect(await scrollY(page)).toBe(before);
  await expect(details(page)).toHaveCount(0);
});

test('a two-finger pinch zooms around the fingers', async ({ page }) => {
  await openApp(page);
  const box = await viewportBox(page);
  const span = await spanShown(page);
  const client = await page.context().newCDPSession(page);
  // Off-centre, to the left: the left part of the range stays in view.
  const cx = box.x + box.width * 0.25;
  const cy = box.y + box.height / 2;
  const fingers = (spread: number) => [
    { x: cx - spread, y: cy, id: 1 },
    { x: cx + spread, y: cy, id: 2 },
  ];
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 25; spread <= 80; spread += 5)
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(spread),
    });
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => spanShown(page)).toBeLessThan(span / 2);
  expect(await position(page)).toBeLessThan(40);
  expect(await page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
});

test('tapping a marker still opens it, after a pan too', async ({ page }) => {
  await openApp(page);
  const box = await viewportBox(page);
  const client = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  await zoomIn(page);
  await drag(client, { x: box.x + box.width * 0.3, y }, { x: box.x + box.width * 0.6, y });
  await timeline(page).getByRole('button', { name: 'Fit all' }).tap();
  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .tap();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump hired Manafort to run his campaign',
  );
});

test('the hint line speaks of pinching and dragging sideways', async ({ page }) => {
  await openApp(page);
  await expect(timeline(page).getByText('Pinch to zoom, drag sideways to pan')).toBeVisible();
  await expect(
    timeline(page)
      .getByText(/Ctrl|⌘|Shift/)
      .filter({ visible: true }),
  ).toHaveCount(0);
});

test('the page as served already speaks of pinching, before its script runs', async ({ page }) => {
  // The script never arrives: what shows is the markup built ahead of time, with its stylesheet.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./');
  await expect(timeline(page).getByText('Pinch to zoom, drag sideways to pan')).toBeVisible();
  await expect(
    timeline(page)
      .getByText(/Ctrl|⌘|Shift/)
      .filter({ visible: true }),
  ).toHaveCount(0);
  // Still the served page: the range in view is written by the script only.
  await expect(rangeHeading(page)).not.toHaveText(/showing\s*\S/);
});
