import { expect, test, type Page } from '@playwright/test';
import { details, openApp } from './helpers.ts';
import { settled } from './labels.ts';

type Scheme = 'light' | 'dark';

/** The page as it stands, in each colour scheme in turn (the page follows the system's live). */
async function inEachScheme(page: Page, size: number, name: string, order: readonly Scheme[]) {
  for (const scheme of order) {
    await page.emulateMedia({ colorScheme: scheme });
    await settled(page);
    await expect(page).toHaveScreenshot(`layout-${size}-${scheme}-${name}.png`);
  }
}

/**
 * The first screen a reader sees at each size, light and dark: home, and an event open. One
 * page per size, its colour scheme switched between shots, rather than a page per shot.
 */
export function firstScreens(sizes: readonly { width: number; height: number }[]): void {
  for (const size of sizes) {
    test(`screenshots: ${size.width}×${size.height}, light and dark`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: 'light' });
      await openApp(page);
      await inEachScheme(page, size.width, 'home', ['light', 'dark']);
      await openApp(page, '?event=deripaska-sanctions');
      await expect(details(page)).toBeVisible();
      await inEachScheme(page, size.width, 'event', ['dark', 'light']);
    });
  }
}
