import { expect, test } from '@playwright/test';
import { markers } from './helpers.ts';
import { expectSwapUnseen, shownPicture } from './timeline-picture.ts';

/** The timeline's picture on a phone (375 px, twice the pixels): timeline-picture.spec.ts. */
test.describe('on the phone screen the build draws for (375×667)', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the picture and the canvas that replaces it differ at most by antialiasing', async ({
    page,
    context,
  }) => {
    await expectSwapUnseen(page, context, './e/g7/');
  });
});

test.describe('on a phone of a height the build draws no picture for (375×812)', () => {
  test('the page shows no picture, and the canvas draws as before', async ({ page, context }) => {
    const served = await context.newPage();
    await served.route(/\.js$/, (route) => route.abort());
    await served.goto('./');
    await expect(served.locator('.timeline__picture > svg').first()).toBeAttached();
    await expect(shownPicture(served)).toHaveCount(0);

    await page.goto('./');
    await expect(markers(page).first()).toBeVisible();
    await expect(page.locator('.timeline__picture')).toHaveCount(0);
  });
});
