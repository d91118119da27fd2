import { expect, test } from '@playwright/test';
import { details, openApp, timeline } from './helpers.ts';
import { settled } from './labels.ts';

/** The outline drawn around the open event's marker, outside its box. */
const OUTLINE = 2;

for (const { link, id } of [
  { link: '?event=deripaska-sanctions&topics=sanctions', id: 'deripaska-sanctions' },
  // An event page, and an event at the right end of the whole range.
  { link: 'e/syria-withdrawal/', id: 'syria-withdrawal' },
]) {
  test(`${link} on a phone keeps the headline in sight and the open title whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    // The page scrolls at once instead of smoothly: where it ends can be read right away.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, link);
    const title = (await details(page).getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(title).not.toBe('');
    await settled(page);
    // The sheet scrolls the page, if at all, in the frame after it opens.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );

    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });

    const marker = timeline(page).locator(`[data-event-id="${id}"]`);
    await expect(marker).toHaveAttribute('data-label', title);
    const box = await marker.boundingBox();
    const viewport = await page.locator('.timeline__viewport').boundingBox();
    if (!box || !viewport) throw new Error('the marker or the timeline is not laid out');
    expect(box.x + box.width + OUTLINE).toBeLessThanOrEqual(viewport.x + viewport.width);
  });
}
