import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { markers, timeline } from './helpers.ts';

/**
 * The timeline's picture in the pages built ahead of time (scripts/prerender.ts): the first frame
 * drawn as SVG into the page, shown without JavaScript and replaced by the canvas without a move.
 * The picture is hidden from assistive technology (the buttons and the list name the events), so
 * it is found by its class.
 */
const store = JSON.parse(readFileSync(path.resolve('dist/data/trump-russia.json'), 'utf8')) as {
  events: { id: string; title: string }[];
};
const titleOf = (id: string) => store.events.find((e) => e.id === id)?.title ?? id;

/** The one picture the page's stylesheet shows for this screen. */
const shownPicture = (page: Page) => page.locator('.timeline__picture > svg:visible');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, address] of [
    ['the home page', './'],
    ['an event page', './e/crimea/'],
  ] as const) {
    test(`${name} shows the timeline's picture, with its markers, above the list`, async ({
      page,
    }) => {
      await page.goto(address);
      const picture = shownPicture(page);
      await expect(picture).toHaveCount(1);
      // A dot, a dashed band or a bar per event in view; labels with the events' titles.
      expect(
        await picture.locator('circle, rect[fill^="var(--picture-color"]').count(),
      ).toBeGreaterThan(10);
      await expect(
        picture.locator('text', { hasText: 'Trump has repeatedly praised' }),
      ).toHaveCount(1);
      const list = page.getByRole('region', { name: 'Printable list of events' });
      const [pictureBox, listBox] = [await picture.boundingBox(), await list.boundingBox()];
      expect(pictureBox && listBox && pictureBox.y + pictureBox.height <= listBox.y).toBe(true);
      await expect(page.locator('.timeline__picture')).toHaveAttribute('aria-hidden', 'true');
    });
  }

  test("an event page's picture outlines its event", async ({ page }) => {
    await page.goto('./e/crimea/');
    const picture = shownPicture(page);
    // The open event's label is whole, and its marker has the outline the canvas gives it.
    await expect(picture).toContainText(titleOf('crimea').split(' ').slice(0, 3).join(' '));
    expect(
      await picture.locator('rect[stroke-width="2"], rect[stroke-width="1.5"]').count(),
    ).toBeGreaterThan(0);
  });
});

/** Layout shifts from the page's start, with the elements they moved. */
async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node: Node | null }[];
      })[]) {
        const sources = entry.sources.map(({ node }) => {
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          return element?.closest('.intro') ? 'intro' : (element?.className.toString() ?? '');
        });
        w.shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the app has drawn the canvas and the picture has gone. */
async function takenOver(page: Page) {
  await expect(markers(page).first()).toBeVisible();
  await expect(page.locator('.timeline__picture')).toHaveCount(0);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

test.describe('taking over the picture', () => {
  for (const [name, address] of [
    ['the home page', './'],
    ['an event page', './e/g7/'],
  ] as const) {
    test(`${name}: the canvas replaces the picture with no layout shift`, async ({ page }) => {
      await watchShifts(page);
      // The data arrives late, as on a slow network: the picture is up meanwhile.
      await page.route('**/data/trump-russia.json', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
      await page.goto(address);
      await expect(shownPicture(page)).toHaveCount(1);
      await takenOver(page);
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
      );
      // The home page's intro card grows by the "Show changes since" control once hydrated, in
      // the details column beside the timeline: a shift of its own, left out here.
      const timelineShifts = shifts.filter((s) => s.sources.some((source) => source !== 'intro'));
      expect(timelineShifts).toEqual([]);
    });
  }

  test('the picture and the canvas that replaces it differ at most by antialiasing', async ({
    page,
    context,
  }) => {
    const area = async (p: Page) => {
      const box = await p.locator('.timeline__viewport').boundingBox();
      const viewport = p.viewportSize();
      if (!box || !viewport) throw new Error('no timeline laid out');
      const clip = { ...box, height: Math.min(box.height, viewport.height - box.y) };
      return (await p.screenshot({ clip })).toString('base64');
    };
    // Before: the page as served, its script refused.
    const served = await context.newPage();
    await served.route(/\.js$/, (route) => route.abort());
    await served.goto('./');
    await expect(shownPicture(served)).toHaveCount(1);
    // Drawn for the timeline's width on this screen (the build's table of screens says it).
    const width = await served.locator('.timeline__viewport').evaluate((e) => e.clientWidth);
    expect(Number(await shownPicture(served).getAttribute('width'))).toBe(width);
    const before = await area(served);
    // After: the app's canvas.
    await page.goto('./');
    await takenOver(page);
    await expect(timeline(page)).toBeVisible();
    const after = await area(page);

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
    // Antialiasing: edges of text and shapes a little lighter or darker, nothing moved.
    expect(diff.differing / diff.total).toBeLessThan(0.01);
    expect(diff.far / diff.total).toBeLessThan(0.001);
  });
});

test.describe('addresses whose view differs from the built one', () => {
  for (const address of ['./?topics=sanctions', './?group=topic', './e/g7/?q=putin']) {
    test(`${address} never keeps the picture`, async ({ page }) => {
      await page.goto(address);
      await expect(markers(page).first()).toBeVisible();
      await expect(page.locator('.timeline__picture')).toHaveCount(0);
    });
  }
});
