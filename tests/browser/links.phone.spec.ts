import { expect, test } from '@playwright/test';
import { details, openApp, rangeHeading, timeline } from './helpers.ts';
import { settled } from './labels.ts';

const DERIPASKA = 'Trump eased sanctions on Deripaska';

test('a shared event link on a phone keeps the headline in sight and the open title whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  // The page scrolls at once instead of smoothly: what it ends at can be read right away.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '?event=deripaska-sanctions&topics=sanctions');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(DERIPASKA);
  await expect(rangeHeading(page)).not.toHaveText(/2012/);
  await settled(page);
  // The sheet scrolls the page, if at all, in the frame after it opens.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });

  const marker = timeline(page).locator('[data-event-id="deripaska-sanctions"]');
  await expect(marker).toHaveAttribute('data-label', DERIPASKA);
  const box = await marker.boundingBox();
  const viewport = await page.locator('.timeline__viewport').boundingBox();
  if (!box || !viewport) throw new Error('the marker or the timeline is not laid out');
  expect(box.x).toBeGreaterThanOrEqual(viewport.x);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.x + viewport.width);
});
