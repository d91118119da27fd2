import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { details, openApp } from './helpers.ts';
import { settled } from './labels.ts';

/**
 * The links test store, and how to find the arcs on the marker canvas: by comparing it with the
 * same view of the same store without links, which only the arcs tell apart.
 */

/** Nine events, a summit among them with a link of each kind, one back to it, one years away. */
const STORE = readFileSync(new URL('../fixtures/links/links.json', import.meta.url), 'utf8');
const WITHOUT_LINKS = STORE.replace(/,\s*"links": \[[^\]]*\]/g, '');

export async function openStore(page: Page, search = '', store = STORE): Promise<void> {
  await page.route('**/data/links.json', (route) =>
    route.fulfill({ body: store, contentType: 'application/json' }),
  );
  await openApp(page, `?data=data/links.json${search}`);
  await settled(page);
}

export const marker = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
export const detailsTitle = (page: Page) => details(page).getByRole('heading', { level: 2 });

/** A point of the page, in CSS pixels. */
export type Pixel = [x: number, y: number];

/**
 * Where the marker canvas is drawn in the summit's colour (its first topic's, #b91c1c, as drawn:
 * red well above green and blue), in page coordinates.
 */
async function redPixels(page: Page): Promise<Pixel[]> {
  await settled(page);
  return page.locator('.timeline__canvas').evaluate((canvas: HTMLCanvasElement) => {
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const context = canvas.getContext('2d');
    if (!context) return [];
    const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
    const found: [number, number][] = [];
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = data.subarray(i, i + 4);
      if (a > 60 && r - g > 60 && r - b > 60) {
        const p = i / 4;
        found.push([box.left + (p % width) / ratio, box.top + Math.floor(p / width) / ratio]);
      }
    }
    return found;
  });
}

/** The red pixels of the view with links that the same view without them lacks: the arcs. */
export async function arcPixels(
  page: Page,
  search: string,
  then: (page: Page) => Promise<void> = async () => {},
): Promise<Pixel[]> {
  const seen: Set<string>[] = [];
  let withLinks: Pixel[] = [];
  for (const store of [WITHOUT_LINKS, STORE]) {
    await page.unrouteAll();
    await openStore(page, search, store);
    await then(page);
    const pixels = await redPixels(page);
    seen.push(new Set(pixels.map(([x, y]) => `${x},${y}`)));
    withLinks = pixels;
  }
  const without = seen[0] ?? new Set();
  return withLinks.filter(([x, y]) => !without.has(`${x},${y}`));
}
