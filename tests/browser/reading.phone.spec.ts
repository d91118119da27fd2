import { expect, test } from '@playwright/test';
import { openApp, rangeHeading, timeline } from './helpers.ts';
import { checkNoStubs, drawnLabels, panAcross } from './labels.ts';

test('at 375 px, every event in a one-year window shows its whole title', async ({ page }) => {
  await openApp(page);
  // Fit all spans about nine years; each step zooms in 1.6 times.
  for (let i = 0; i < 5; i++) await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  await panAcross(page, async () => {
    const range = (await rangeHeading(page).textContent()) ?? '';
    const years = (range.match(/\d{4}/g) ?? []).map(Number);
    expect(Math.max(...years) - Math.min(...years), range).toBeLessThanOrEqual(1);
    const labels = await drawnLabels(page);
    checkNoStubs(labels);
    expect(
      labels.filter((l) => l.label !== l.title),
      range,
    ).toEqual([]);
  });
});
