import { expect, test, type Page } from '@playwright/test';
import { details, openApp, rangeHeading, SEED_COUNT, timeline, viewportBox } from './helpers.ts';

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a phone never scrolls sideways, with or without the details', async ({ page }) => {
  await openApp(page);
  // At a phone's width the full range puts some episodes of the same month in one cluster.
  await expect(page.getByRole('region', { name: `Events in view (${SEED_COUNT})` })).toBeAttached();
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
  await expect(page.getByRole('region', { name: `Events in view (${SEED_COUNT})` })).toBeAttached();
  await expect(page).toHaveScreenshot('phone-home.png', { fullPage: true });
  await openApp(page, '?event=syria-withdrawal');
  await expect(details(page)).toBeVisible();
  await expect(page).toHaveScreenshot('phone-details.png', { fullPage: true });
});
