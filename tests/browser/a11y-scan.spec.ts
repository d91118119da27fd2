import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { details, filters, markers, openApp } from './helpers.ts';

/**
 * axe's whole default rule set, every impact: the page must have no violation at all. (This file
 * runs in the desktop project only; the phone cases set a phone's viewport themselves.)
 */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Label in name (WCAG 2.5.3): axe 4.14 runs it by default, older releases only when asked.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join(', ')}]`,
  );
}

const screens = [
  { name: 'desktop', phone: false, use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    phone: true,
    use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
  },
] as const;

for (const screen of screens) {
  test.describe(`axe at ${screen.name} width`, () => {
    test.use(screen.use);

    test('the home page', async ({ page }) => {
      await openApp(page);
      await expect(markers(page).first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('an event open', async ({ page }) => {
      await openApp(page, '?event=skripal-sanctions');
      await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('a topic pressed and a search typed', async ({ page }) => {
      await openApp(page);
      // On a phone the toggles are behind the Topics disclosure.
      if (screen.phone) await filters(page).getByRole('button', { name: 'Topics' }).click();
      await filters(page)
        .getByRole('button', { name: /^Diplomacy/ })
        .click();
      await filters(page).getByRole('searchbox', { name: 'Search' }).fill('Putin');
      await expect(filters(page).getByRole('status', { name: 'Events shown' })).toHaveText(
        /^\d+ of 27 events$/,
      );
      await expect(filters(page).getByRole('status', { name: 'Events shown' })).not.toHaveText(
        'All 27 events',
      );
      expect(await violations(page)).toEqual([]);
    });
  });
}
