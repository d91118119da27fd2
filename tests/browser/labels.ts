import { expect, type Page } from '@playwright/test';
import { markers } from './helpers.ts';

/** Each marker's title (from its accessible name) and the label drawn for it on the canvas. */
/** Marker buttons catch up with the view once it rests (see src/timeline/marker-frames.ts). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.timeline__track')).not.toHaveAttribute('data-moving');
}

/** The view no longer moving: the overview's value is the same twice, a few frames apart. */
export async function atRest(page: Page): Promise<void> {
  const overview = page.getByRole('slider', { name: 'Overview of the whole timeline' });
  await expect
    .poll(async () => {
      const before = await overview.getAttribute('aria-valuenow');
      await page.waitForTimeout(150);
      return before === (await overview.getAttribute('aria-valuenow'));
    })
    .toBe(true);
  await settled(page);
}

export async function drawnLabels(page: Page): Promise<{ title: string; label: string }[]> {
  await settled(page);
  return markers(page).evaluateAll((buttons) =>
    buttons.map((b) => ({
      title: (b.getAttribute('aria-label') ?? '').replace(/, [^,]+$/, ''),
      label: b.getAttribute('data-label') ?? '',
    })),
  );
}

export function checkNoStubs(labels: { title: string; label: string }[]) {
  for (const { title, label } of labels) {
    if (!label || label === title) continue;
    // Shortened: at a word boundary, with an ellipsis, keeping three words or more.
    expect(label, title).toMatch(/…$/);
    const kept = label.slice(0, -1);
    expect(title.startsWith(kept), `${label} is a prefix of ${title}`).toBe(true);
    expect([' ', undefined]).toContain(title[kept.length]);
    expect(kept.split(' ').length, label).toBeGreaterThanOrEqual(3);
  }
}

export const wholeCount = (labels: { title: string; label: string }[]) =>
  labels.filter((l) => l.label === l.title).length;

/** Steps the overview slider across the whole range, calling `check` at every stop. */
export async function panAcross(page: Page, check: () => Promise<void>) {
  const overview = page.getByRole('slider', { name: 'Overview of the whole timeline' });
  // A zoom just pressed glides on for a moment: pan from where it comes to rest.
  await atRest(page);
  await overview.focus();
  await page.keyboard.press('Home');
  await atRest(page);
  let stops = 0;
  for (let i = 0; i < 60; i++) {
    const before = await overview.getAttribute('aria-valuenow');
    await check();
    stops++;
    await page.keyboard.press('ArrowRight');
    // At the end of the range the window stops moving.
    const moved = await expect(overview)
      .not.toHaveAttribute('aria-valuenow', before ?? '', { timeout: 1000 })
      .then(() => true)
      .catch(() => false);
    if (!moved) break;
  }
  expect(stops).toBeGreaterThan(5);
}
