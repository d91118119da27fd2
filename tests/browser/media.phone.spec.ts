import { expect, test } from '@playwright/test';
import { details } from './helpers.ts';

test('on a phone the sheet shows the picture at its width, its caption, and the video poster', async ({
  page,
}) => {
  await page.goto('./?data=data/media-demo.json&event=bike-lanes-reach-100-km');
  const picture = details(page).getByRole('img', { name: /^Bar chart of bike lanes in Riverton/ });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const box = await picture.boundingBox();
  const sheet = await details(page).boundingBox();
  // The picture fills the sheet's column, in its 16:9 box, and nothing spills sideways.
  expect(box?.width ?? 0).toBeGreaterThan((sheet?.width ?? 0) * 0.8);
  expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 16 / 9)).toBeLessThan(0.02);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(details(page).getByRole('figure')).toContainText('Drawing: Newsline demo');

  await details(page).getByRole('button', { name: 'Next event' }).click();
  for (let i = 0; i < 7; i++)
    await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Open-air film night on the riverbank',
  );
  await expect(
    details(page).getByRole('button', { name: 'Play video: Open-air film night on the riverbank' }),
  ).toBeVisible();
});
