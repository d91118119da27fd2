import { expect, test } from '@playwright/test';
import { details, markers, openApp, rangeHeading, SEED_COUNT, timeline } from './helpers.ts';

test('keyboard only: Tab to an event, Enter, arrows, Escape, + and -', async ({ page }) => {
  await openApp(page);
  let focusedEvent: string | undefined;
  for (let i = 0; i < 40 && !focusedEvent; i++) {
    await page.keyboard.press('Tab');
    focusedEvent = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.eventId,
    );
  }
  expect(focusedEvent).toBe('praised-putin');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCSS('outline-style', 'solid');

  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump has repeatedly praised Putin',
  );
  await expect(page).toHaveURL(/event=praised-putin/);

  await page.keyboard.press('ArrowRight');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump refused to say Putin is a killer',
  );
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'putin-killer');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump refused to say Putin is a killer',
  );

  // The first Escape dismisses the focused marker's card; the next closes the details.
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await expect(details(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);

  const fit = await rangeHeading(page).textContent();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(rangeHeading(page)).not.toHaveText(fit ?? '');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(rangeHeading(page)).toHaveText(fit ?? '');
  await expect(markers(page)).toHaveCount(SEED_COUNT);
});

test('focus stays where the reader put it: zooming, closing the panel, the overview slider', async ({
  page,
}) => {
  await openApp(page);
  const focusedEventId = () =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);
  const spanning = timeline(page).getByRole('button', {
    name: /^Trump has repeatedly praised Putin/,
  });
  await spanning.focus();
  await page.keyboard.press('Enter');
  await expect(details(page)).toBeVisible();
  // The markers are one tab stop: Tab leaves them for the overview, and zooming leaves it there.
  await page.keyboard.press('Tab');
  const overview = page.getByRole('slider', { name: 'Overview of the whole timeline' });
  await expect(overview).toBeFocused();
  await page.keyboard.press('+');
  await expect(rangeHeading(page)).not.toHaveText(/2013–2020/);
  await expect(overview).toBeFocused();

  // Closing the panel from inside it hands focus back to the event's marker.
  await details(page).getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Enter');
  await expect(details(page)).toHaveCount(0);
  expect(await focusedEventId()).toBe('praised-putin');

  // Arrow keys on the overview move the view, not the selection.
  const before = await rangeHeading(page).textContent();
  await page.getByRole('slider', { name: 'Overview of the whole timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(rangeHeading(page)).not.toHaveText(before ?? '');
  await expect(details(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('a skip link comes first, shows itself on focus and moves focus into the timeline', async ({
  page,
}) => {
  await openApp(page);
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(timeline(page)).toBeFocused();
  // The address holds the app's state: the jump must not add #timeline to it.
  await expect(page).toHaveURL(/\/$/);
  await page.keyboard.press('Tab');
  expect(await timeline(page).evaluate((region) => region.contains(document.activeElement))).toBe(
    true,
  );
});

test('prefers-reduced-motion turns the panel animation off', async ({ page }) => {
  await openApp(page, '?event=g7');
  await expect(details(page)).toHaveCSS('animation-name', 'details-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(details(page)).toBeVisible();
  await expect(details(page)).toHaveCSS('animation-name', 'none');
  await expect(
    timeline(page)
      .getByRole('button', { name: /^Trump/ })
      .first(),
  ).toHaveCSS('transition-duration', '0s');
});

test('screenshots: home and details', async ({ page }) => {
  await openApp(page);
  await expect(markers(page)).toHaveCount(SEED_COUNT);
  await expect(page).toHaveScreenshot('desktop-home.png', { fullPage: true });
  await openApp(page, '?event=nato-allies');
  await expect(details(page)).toBeVisible();
  await expect(page).toHaveScreenshot('desktop-details.png', { fullPage: true });
});

test('screenshot: dark, with an event open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, '?event=skripal-sanctions');
  await expect(details(page)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page).toHaveScreenshot('desktop-dark.png', { fullPage: true });
});
