import { expect, type BrowserContext, type Page } from '@playwright/test';
import { markers } from './helpers.ts';

/** The one picture of the timeline the page's stylesheet shows for this screen. */
export const shownPicture = (page: Page) => page.locator('.timeline__picture > svg:visible');

/** Waits until the app has drawn the canvas and the picture has gone. */
export async function takenOver(page: Page): Promise<void> {
  await expect(markers(page).first()).toBeVisible();
  await expect(page.locator('.timeline__picture')).toHaveCount(0);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** The timeline's part of the screen, as a PNG in base64. */
async function timelineArea(page: Page): Promise<string> {
  const box = await page.locator('.timeline__viewport').boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error('no timeline laid out');
  const clip = { ...box, height: Math.min(box.height, viewport.height - box.y) };
  return (await page.screenshot({ clip })).toString('base64');
}

/**
 * The timeline's part of the screen once two shots a tenth of a second apart are the same: on a
 * loaded machine the app may still be finishing its first frames (a picture decoding, the open
 * event's panel coming in) when the canvas has taken over.
 */
async function steadyTimelineArea(page: Page): Promise<string> {
  let shot = await timelineArea(page);
  for (let tries = 0; tries < 30; tries++) {
    await page.waitForTimeout(100);
    const next = await timelineArea(page);
    if (next === shot) return next;
    shot = next;
  }
  return shot;
}

/**
 * The page at `address` as served, its script refused, and once the app has taken it over: the
 * timeline's pixels differ at most by antialiasing (edges of text and shapes a little lighter or
 * darker, nothing moved).
 */
export async function expectSwapUnseen(
  page: Page,
  context: BrowserContext,
  address: string,
): Promise<void> {
  const served = await context.newPage();
  await served.route(/\.js$/, (route) => route.abort());
  await served.goto(address);
  await expect(shownPicture(served)).toHaveCount(1);
  // Drawn for the timeline's width on this screen (the build's table of screens says it).
  const width = await served.locator('.timeline__viewport').evaluate((e) => e.clientWidth);
  expect(Number(await shownPicture(served).getAttribute('width'))).toBe(width);
  const before = await timelineArea(served);

  await page.goto(address);
  await takenOver(page);
  const after = await steadyTimelineArea(page);

  const blank = await context.newPage();
  const diff = await blank.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes]));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no 2D canvas');
        context2d.drawImage(bitmap, 0, 0);
        return context2d.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.width !== y.width || x.height !== y.height) return null;
      let differing = 0;
      let far = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d = Math.max(
          Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)),
          Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)),
          Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0)),
        );
        if (d > 0) differing++;
        if (d > 96) far++;
      }
      return { differing, far, total: x.data.length / 4 };
    },
    [before, after] as const,
  );
  expect(diff).not.toBeNull();
  if (!diff) return;
  expect(diff.differing / diff.total).toBeLessThan(0.01);
  expect(diff.far / diff.total).toBeLessThan(0.001);
}
