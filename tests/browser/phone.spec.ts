import { expect, test, type Page } from '@playwright/test';
import {
  details,
  filters,
  markers,
  openApp,
  rangeHeading,
  SEED_COUNT,
  timeline,
  viewportBox,
} from './helpers.ts';

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a phone never scrolls sideways, with or without the details', async ({ page }) => {
  await openApp(page);
  // At a phone's width the full range puts some episodes of the same month in one cluster.
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeAttached();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .tap();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump hired Manafort to run his campaign',
  );
  await expect(details(page)).toBeInViewport();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test('the axis and the first markers are on the first screen', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeAttached();
  const screenHeight = page.viewportSize()!.height;
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const axis = await page.locator('.time-axis').boundingBox();
  expect(axis!.y).toBeGreaterThan(0);
  expect(axis!.y).toBeLessThan(screenHeight);
  const first = await markers(page).first().boundingBox();
  expect(first!.y + first!.height).toBeLessThan(screenHeight);
  // The count and Clear filters stay in sight, the title and the source too.
  await expect(filters(page).getByRole('status', { name: 'Events shown' })).toBeInViewport();
  await expect(filters(page).getByRole('button', { name: 'Clear filters' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.getByRole('banner').getByText(/^Source:/)).toBeInViewport();
});

test('the topics wait behind a disclosure that counts the pressed ones', async ({ page }) => {
  await openApp(page);
  const disclosure = filters(page).getByRole('button', { name: /^Topics/ });
  const sanctions = filters(page).getByRole('button', { name: /^Sanctions/ });
  await expect(sanctions).toBeHidden();
  await disclosure.tap();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await sanctions.tap();
  await expect(sanctions).toHaveAttribute('aria-pressed', 'true');
  await filters(page)
    .getByRole('button', { name: /^Syria/ })
    .tap();
  await expect(disclosure).toHaveText('Topics (2) active');
  await expect(filters(page).getByRole('status', { name: 'Events shown' })).toHaveText(
    `8 of ${SEED_COUNT} events`,
  );
  await disclosure.tap();
  await expect(sanctions).toBeHidden();
  await expect(disclosure).toHaveText('Topics (2) active');
  await filters(page).getByRole('button', { name: 'Clear filters' }).tap();
  await expect(disclosure).toHaveText('Topics');
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeAttached();
});

test('the details are a sheet over the timeline that Back, Close or Escape closes', async ({
  page,
}) => {
  await openApp(page);
  const screen = page.viewportSize()!;
  await timeline(page)
    .getByRole('button', { name: /^Trump refused to say Putin is a killer/ })
    .tap();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump refused to say Putin is a killer',
  );
  await expect(page).toHaveURL(/\?event=putin-killer$/);
  await details(page).evaluate((panel) =>
    Promise.all(panel.getAnimations().map((animation) => animation.finished)),
  );
  const sheet = (await details(page).boundingBox())!;
  expect(sheet.y + sheet.height).toBeCloseTo(screen.height, 0);
  expect(sheet.height).toBeLessThanOrEqual(screen.height * 0.7 + 1);
  // The page scrolls the open event's marker clear of the sheet.
  const marker = timeline(page).getByRole('button', {
    name: /^Trump refused to say Putin is a killer/,
  });
  await expect
    .poll(async () => {
      const box = (await marker.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= sheet.y;
    })
    .toBe(true);

  // The sheet scrolls inside itself, and Close stays in sight.
  const close = details(page).getByRole('button', { name: 'Close details' });
  await expect(close).toHaveAttribute('title', 'Close');
  await details(page).evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
  await expect(details(page).getByRole('button', { name: 'Next event' })).toBeInViewport();
  await expect(close).toBeInViewport();

  // Not modal: the page behind stays in use, and nothing holds the focus in the sheet.
  await timeline(page)
    .getByRole('button', { name: /^Trump has repeatedly praised Putin/ })
    .tap();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump has repeatedly praised Putin',
  );
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump refused to say Putin is a killer',
  );
  await page.goBack();
  await expect(details(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);

  await page.goForward();
  await expect(details(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);

  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .tap();
  await close.tap();
  await expect(details(page)).toHaveCount(0);
});

test('a control that takes the focus is not left hidden under the sheet', async ({ page }) => {
  await openApp(page, '?event=g7');
  await expect(details(page)).toBeVisible();
  const list = page.getByRole('region', { name: /^Event by event/ });
  for (const name of [/^Trump has repeatedly praised Putin/, /^Trump has denied the veracity/]) {
    const link = list.getByRole('link', { name });
    await link.focus();
    await expect(link).toBeFocused();
    const sheetTop = (await details(page).boundingBox())!.y;
    await expect.poll(async () => (await link.boundingBox())!.y + 1).toBeLessThan(sheetTop);
  }
});

test('at 320px wide nothing scrolls sideways, with or without the sheet', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page);
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeAttached();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await filters(page)
    .getByRole('button', { name: /^Topics/ })
    .tap();
  await expect(filters(page).getByRole('button', { name: /^Praise for Putin/ })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await openApp(page, '?event=skripal-sanctions');
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  await details(page).evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  expect(await details(page).evaluate((panel) => panel.scrollWidth - panel.clientWidth)).toBe(0);
});

test('pinching the timeline zooms it', async ({ page }) => {
  await openApp(page);
  const before = await rangeHeading(page).textContent();
  const box = await viewportBox(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const client = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    client.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (let spread = 30; spread <= 150; spread += 15) await touch('touchMove', spread);
  await touch('touchEnd', 150);
  await expect(rangeHeading(page)).not.toHaveText(before ?? '');
});

test('screenshots: phone home and details', async ({ page }) => {
  await openApp(page);
  // At a phone's width the full range puts some episodes of the same month in one cluster.
  await expect(page.getByRole('region', { name: `Event by event (${SEED_COUNT})` })).toBeAttached();
  await expect(page).toHaveScreenshot('phone-home.png', { fullPage: true });
  await openApp(page, '?event=syria-withdrawal');
  await expect(details(page)).toBeVisible();
  // The screen as the reader sees it: a full-page capture would put the fixed sheet mid-page.
  await expect(page).toHaveScreenshot('phone-details.png');
});

test('screenshot: phone, dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveScreenshot('phone-dark.png');
});
