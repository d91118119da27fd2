import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { markers } from './helpers.ts';
import { expectSwapUnseen, shownPicture, takenOver } from './timeline-picture.ts';

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

for (const viewport of [
  // A height whose lanes differ from those of the picture drawn for 1280 px.
  { width: 1280, height: 1100 },
  // A width between two screens with a picture: its timeline is as wide as neither's.
  { width: 1366, height: 800 },
]) {
  test.describe(`without JavaScript, at ${viewport.width}×${viewport.height}, a screen no picture was drawn for`, () => {
    test.use({ javaScriptEnabled: false, viewport });

    test('the page shows no empty timeline, only the list', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('region', { name: 'Printable list of events' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^Timeline, showing/ })).toBeHidden();
    });
  });
}

test.describe("every screen of the build's table gets one picture, as wide as its timeline", () => {
  // The tests above swap the picture at 1280×800 and 1920×950; phones get none (the phone spec).
  for (const viewport of [
    { width: 1440, height: 790 },
    { width: 2560, height: 1400 },
  ]) {
    test(`${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.route(/\.js$/, (route) => route.abort());
      await page.goto('./');
      await expect(shownPicture(page)).toHaveCount(1);
      const width = await page.locator('.timeline__viewport').evaluate((e) => e.clientWidth);
      expect(Number(await shownPicture(page).getAttribute('width'))).toBe(width);
    });
  }
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
    await expectSwapUnseen(page, context, './');
  });
});

test.describe('on a wide screen, where the layout has stopped growing (1920×950)', () => {
  test.use({ viewport: { width: 1920, height: 950 } });

  test('the picture and the canvas that replaces it differ at most by antialiasing', async ({
    page,
    context,
  }) => {
    await expectSwapUnseen(page, context, './');
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
