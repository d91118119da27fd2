import { expect, test } from '@playwright/test';
import { markers } from './helpers.ts';
import { shownPicture } from './timeline-picture.ts';

/** Phones get no picture of the timeline (PICTURE_SCREENS): the canvas draws as it always has. */
for (const viewport of [
  { width: 375, height: 667 },
  { width: 375, height: 812 },
  { width: 412, height: 780 },
]) {
  test(`at ${viewport.width}×${viewport.height} the page shows no picture, and the canvas draws as before`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize(viewport);
    const served = await context.newPage();
    await served.setViewportSize(viewport);
    await served.route(/\.js$/, (route) => route.abort());
    await served.goto('./');
    await expect(served.locator('.timeline__picture > svg').first()).toBeAttached();
    await expect(shownPicture(served)).toHaveCount(0);

    await page.goto('./');
    await expect(markers(page).first()).toBeVisible();
    await expect(page.locator('.timeline__picture')).toHaveCount(0);
  });
}
