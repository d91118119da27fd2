import { expect, test } from '@playwright/test';
import { details, openApp } from './helpers.ts';
import { settled } from './labels.ts';

// The first screen a reader sees, at the phone sizes, in light and dark: home, and an event open.
for (const size of [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot: ${size.width}×${size.height}, ${scheme}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await settled(page);
      await expect(page).toHaveScreenshot(`layout-${size.width}-${scheme}-home.png`);
      await openApp(page, '?event=deripaska-sanctions');
      await expect(details(page)).toBeVisible();
      await settled(page);
      await expect(page).toHaveScreenshot(`layout-${size.width}-${scheme}-event.png`);
    });
  }
}
