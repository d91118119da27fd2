import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { details, openApp, rangeHeading, ticks, timeline } from './helpers.ts';

/** Six events of the Roman Republic, from 509 BC to 14 AD (tests/fixtures/bc). */
const FILE = 'roman-republic.json';
const store = readFileSync(resolve(import.meta.dirname, '../fixtures/bc', FILE));

/** Serves the fixture where `?data=data/roman-republic.json` asks for it. */
async function serve(page: Page): Promise<void> {
  await page.route(`**/data/${FILE}`, (route) =>
    route.fulfill({ body: store, contentType: 'application/json' }),
  );
}

test('the axis and the range name years before Christ in their era', async ({ page }) => {
  await serve(page);
  await openApp(page, `?data=data/${FILE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Roman Republic');
  await expect(rangeHeading(page)).toHaveText(/509 BC–14 AD/);
  await expect.poll(() => ticks(page)).toContain('500 BC');
  const labels = await ticks(page);
  expect(labels).toEqual(expect.arrayContaining(['500 BC', '100 BC', '1 AD']));
  // Every year on the axis carries its era: no ISO year ("-0500") and no bare "501".
  for (const label of labels.filter(Boolean)) expect(label).toMatch(/^\d+ (BC|AD)$/);
});

test('an event’s details give its day in BC', async ({ page }) => {
  await serve(page);
  await openApp(page, `?data=data/${FILE}&event=ides-of-march`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Julius Caesar is assassinated',
  );
  await expect(details(page)).toContainText('March 15, 44 BC');
  // Its marker names the same day.
  await expect(
    timeline(page).getByRole('button', { name: /^Julius Caesar is assassinated, March 15, 44 BC/ }),
  ).toBeVisible();
});

test.describe('in Spanish', () => {
  test('the axis, the range and the details say a. C.', async ({ page }) => {
    await serve(page);
    await page.goto(`./?data=data/${FILE}&lang=es&event=ides-of-march`);
    const cronologia = page.getByRole('region', { name: /^Cronología/ });
    await expect(cronologia.getByRole('heading', { level: 2 })).toHaveText(
      /509 a\. C\.–14 d\. C\./,
    );
    await expect.poll(() => ticks(page)).toContain('500 a. C.');
    const panel = page.getByRole('complementary', { name: 'Detalles del acontecimiento' });
    await expect(panel).toContainText('15 de marzo de 44 a. C.');
  });
});
