import { expect, test } from '@playwright/test';
import { details, openApp, timeline } from './helpers.ts';
import { drawnLabels, settled } from './labels.ts';

const PHONES = [
  { width: 375, height: 667 },
  { width: 390, height: 844 },
] as const;

for (const size of PHONES) {
  test(`at ${size.width}×${size.height} the axis is on the first screen, home and event pages`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await expect(page.locator('.time-axis')).toBeInViewport({ ratio: 1 });

    // An event's page: the masthead's title, the axis above the sheet, and the open title whole.
    await page.goto('./e/deripaska-sanctions/');
    const sheet = details(page);
    await expect(sheet).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    const axis = await page.locator('.time-axis').boundingBox();
    const sheetTop = (await sheet.boundingBox())?.y ?? 0;
    expect((axis?.y ?? Infinity) + (axis?.height ?? 0)).toBeLessThanOrEqual(sheetTop);
    await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
  });
}

test('at 375×667 half the events or more carry a label at Fit all, and every target takes a finger', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openApp(page);
  await settled(page);
  const labels = await drawnLabels(page);
  const labelled = labels.filter((l) => l.label !== '').length;
  // Each event is in view at Fit all: drawn with a marker, or counted by a badge.
  const badges = await timeline(page)
    .getByRole('button', { name: /^\d+ events?, / })
    .evaluateAll((buttons) =>
      buttons.reduce((n, b) => n + Number(/^\d+/.exec(b.getAttribute('aria-label') ?? '')?.[0]), 0),
    );
  const inView = labels.length + badges;
  expect(inView).toBe(27);
  expect(labelled * 2).toBeGreaterThanOrEqual(inView);

  const small = await page.locator('.timeline__targets > button').evaluateAll((buttons) =>
    buttons
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width < 24 || r.height < 24)
      .map((r) => `${r.width}×${r.height}`),
  );
  expect(small).toEqual([]);
});

test('a story on a phone keeps its controls, the axis and two lanes or more above the sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openApp(page);
  await timeline(page).getByRole('button', { name: 'Play story' }).click();
  const sheet = details(page);
  await expect(sheet).toBeVisible();
  const pause = timeline(page).getByRole('button', { name: 'Pause' });
  await expect(async () => {
    const sheetTop = (await sheet.boundingBox())?.y ?? 0;
    const axis = await page.locator('.time-axis').boundingBox();
    if (!axis) throw new Error('no axis');
    expect(axis.y).toBeGreaterThanOrEqual(0);
    // LANE_HEIGHT is 52 px: two lanes between the axis and the sheet.
    expect(sheetTop - (axis.y + axis.height)).toBeGreaterThanOrEqual(2 * 52);
    await expect(pause).toBeInViewport({ ratio: 1 });
  }).toPass();
});
