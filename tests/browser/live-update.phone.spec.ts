import { expect, test } from '@playwright/test';
import { details, timeline } from './helpers.ts';
import { ADDED, announcement, FILE, FIRST, openLive, serve, story } from './live-store.ts';

test('on a phone, a new version shows under an open sheet, which stays open and keeps the focus', async ({
  page,
}) => {
  const served = await serve(page, story(FIRST));
  await openLive(page, `?data=data/${FILE}`);
  await timeline(page)
    .getByRole('button', { name: /^The court rules/ })
    .tap();
  const close = details(page).getByRole('button', { name: 'Close details' });
  await close.focus();

  served.publish(story([...FIRST, ...ADDED]));
  await page.clock.fastForward('05:00');
  await expect(announcement(page, '2 new events')).toHaveCount(1);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('The court rules');
  await expect(details(page)).toBeInViewport();
  await expect(close).toBeFocused();
  await expect(
    page
      .getByRole('link', { name: /^A new filing/ })
      .or(page.getByRole('button', { name: /^A new filing/ }))
      .first(),
  ).toBeAttached();
});
