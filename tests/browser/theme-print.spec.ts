import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { details, filters, openApp, SEED_COUNT, timeline } from './helpers.ts';

type Rgb = [number, number, number];

const darkToggle = (page: Page) => page.getByRole('button', { name: 'Dark mode' });

/** WCAG relative luminance of an sRGB color, 0 (black) to 1 (white). */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function parseRgb(css: string): Rgb {
  const [r, g, b] = css.match(/\d+(\.\d+)?/g)!.map(Number) as Rgb;
  return [r, g, b];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * The solid pixels the marker canvas drew for one event, split as drawn: the dot or band in the
 * top 15 px of its box, the label below (draw-markers' LABEL_TOP); with the page color behind.
 */
async function drawnPixels(page: Page, eventId: string) {
  const marker = timeline(page).locator(`[data-event-id="${eventId}"]`);
  await expect(marker).toBeVisible();
  // The canvas draws in a layout effect; give a theme change one frame to repaint.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const drawn = await page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas')!;
    const box = document.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const ratio = canvas.width / frame.width;
    const solid = (top: number, height: number) => {
      const data = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((box.left - frame.left) * ratio),
          Math.round((box.top - frame.top + top) * ratio),
          Math.round(box.width * ratio),
          Math.round(height * ratio),
        ).data;
      const pixels: [number, number, number][] = [];
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 220) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      }
      return pixels;
    };
    return {
      mark: solid(0, 15),
      label: solid(15, 17),
      background: getComputedStyle(document.querySelector('.timeline')!).backgroundColor,
    };
  }, eventId);
  expect(drawn.mark.length, 'the marker draws a dot or band').toBeGreaterThan(20);
  expect(drawn.label.length, 'the marker draws a label').toBeGreaterThan(20);
  const background = parseRgb(drawn.background);
  return {
    background,
    /** Median contrast of the drawn pixels against the page behind the canvas. */
    markContrast: median(drawn.mark.map((p) => contrast(p, background))),
    labelContrast: median(drawn.label.map((p) => contrast(p, background))),
    labelLuminance: median(drawn.label.map(luminance)),
  };
}

async function pageBackground(page: Page): Promise<Rgb> {
  return parseRgb(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  );
}

async function contrastViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
}

test.describe('dark theme, under a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the page is dark and the canvas draws light labels on it', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.02);
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(luminance(parseRgb(body))).toBeGreaterThan(0.7);

    const drawn = await drawnPixels(page, 'praised-putin');
    expect(luminance(drawn.background)).toBeLessThan(0.02);
    expect(drawn.labelLuminance).toBeGreaterThan(0.5);
    expect(drawn.labelContrast).toBeGreaterThanOrEqual(4.5);
    expect(drawn.markContrast).toBeGreaterThanOrEqual(3);
  });

  test('turning Dark mode off gives light, and it stays off after a reload', async ({ page }) => {
    await openApp(page);
    await darkToggle(page).click();
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await pageBackground(page)).toEqual([255, 255, 255]);
    expect((await drawnPixels(page, 'praised-putin')).labelLuminance).toBeLessThan(0.1);

    await page.reload();
    await expect(timeline(page)).toBeVisible();
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'false');
    // The page built ahead of time follows the dark system until the script has read the choice.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await pageBackground(page)).toEqual([255, 255, 255]);
  });

  test('axe finds no color contrast problem in dark: an event open, a topic pressed, a notice', async ({
    page,
  }) => {
    await openApp(page, '?event=deripaska-sanctions&topics=sanctions,no-such-topic');
    await expect(details(page)).toBeVisible();
    await expect(filters(page).getByRole('button', { name: /^Sanctions/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('alert')).toContainText('Unknown topic');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await contrastViolations(page)).toEqual([]);
  });
});

test.describe('dark theme, under a light system', () => {
  test.use({ colorScheme: 'light' });

  test('the Dark mode toggle turns the page dark and is remembered', async ({ page }) => {
    await openApp(page);
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await pageBackground(page)).toEqual([255, 255, 255]);

    await darkToggle(page).click();
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.02);
    expect((await drawnPixels(page, 'praised-putin')).labelLuminance).toBeGreaterThan(0.5);

    await page.reload();
    await expect(timeline(page)).toBeVisible();
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect(luminance(await pageBackground(page))).toBeLessThan(0.02);
  });

  test('with no choice stored, the page follows the system as it changes', async ({ page }) => {
    await openApp(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(darkToggle(page)).toHaveAttribute('aria-pressed', 'true');
    expect((await drawnPixels(page, 'praised-putin')).labelLuminance).toBeGreaterThan(0.5);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('axe finds no color contrast problem in light either', async ({ page }) => {
    await openApp(page, '?event=deripaska-sanctions&topics=sanctions,no-such-topic');
    await expect(details(page)).toBeVisible();
    expect(await contrastViolations(page)).toEqual([]);
  });
});

test.describe('forced colors', () => {
  for (const colorScheme of ['dark', 'light'] as const) {
    test(`labels and markers stand out from a ${colorScheme} system background`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, forcedColors: 'active' });
      await openApp(page);
      const drawn = await drawnPixels(page, 'praised-putin');
      expect(drawn.background).toEqual(colorScheme === 'dark' ? [0, 0, 0] : [255, 255, 255]);
      expect(drawn.labelContrast).toBeGreaterThanOrEqual(7);
      expect(drawn.markContrast).toBeGreaterThanOrEqual(3);
    });
  }

  test('turning forced colors on redraws the canvas', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    await expect
      .poll(async () => (await drawnPixels(page, 'putin-killer')).labelContrast)
      .toBeGreaterThanOrEqual(7);
  });
});

test.describe('print', () => {
  /** The titles the screen lists, in its (time) order, before the page turns to print. */
  async function screenTitles(page: Page): Promise<string[]> {
    return page
      .getByRole('region', { name: /^Event by event/ })
      .locator('.events-list__title')
      .allTextContents();
  }

  test('prints the open event, then every shown event in time order, and no controls', async ({
    page,
  }) => {
    await openApp(page, '?event=praised-putin&topics=sanctions,nato');
    await expect(details(page)).toBeVisible();
    // At "Fit all" the screen lists every shown event; zoomed in, fewer. Print them all.
    const shown = await screenTitles(page);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(SEED_COUNT);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await screenTitles(page)).length).toBeLessThan(shown.length);

    await page.emulateMedia({ media: 'print' });
    const printed = page.getByRole('region', { name: 'Printable list of events' });
    await expect(printed).toBeVisible();
    await expect(printed).toContainText(
      `${shown.length} of ${SEED_COUNT} events, in the topics Sanctions or NATO.`,
    );

    const headings = printed.getByRole('heading');
    await expect(headings.first()).toHaveText('Open event');
    await expect(headings.nth(1)).toHaveText('Trump has repeatedly praised Putin');
    const list = printed.getByRole('region', { name: 'The events, in time order' });
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(shown);
    await expect(
      list.getByText(/told The Wall Street Journal that he was open to lifting sanctions/),
    ).toBeVisible();
    await expect(list.getByText('— Donald Trump').first()).toBeVisible();
    await expect(list.getByText('Source: The Wall Street Journal.')).toBeVisible();

    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/^Source: CNN/)).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('slider')).toHaveCount(0);
    await expect(timeline(page)).toBeHidden();
    await expect(details(page)).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(printed).toHaveCount(0);
    await expect(timeline(page)).toBeVisible();
  });

  test('prints black on white from the dark theme, with link addresses spelled out', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.route('**/data/trump-russia.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.events[0].sources = [{ name: 'The Example Times', url: 'https://example.org/story' }];
      await route.fulfill({ response, json });
    });
    await openApp(page);
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await pageBackground(page)).toEqual([255, 255, 255]);
    const link = page.getByRole('link', { name: 'The Example Times' });
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      '" (https://example.org/story)"',
    );
  });

  test('a PDF of the page has the whole list, over several pages', async ({ page }, testInfo) => {
    await openApp(page, '?event=praised-putin');
    const path = testInfo.outputPath('timeline.pdf');
    // page.pdf() prints: the list is rendered by the beforeprint event, as for the print dialog.
    await page.pdf({ path, format: 'A4' });
    const pages = readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    await expect(page.getByRole('region', { name: 'Printable list of events' })).toHaveCount(0);

    const pdftotext = '/usr/bin/pdftotext';
    test.skip(!existsSync(pdftotext), 'poppler-utils is not installed: cannot read the PDF text');
    const text = execFileSync(pdftotext, [path, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('OPEN EVENT');
    expect(text).toContain('Trump has denied the veracity of US intelligence reports');
    expect(text).toContain('accusing Russia of paying bounties to Taliban fighters');
    expect(text).not.toContain('Zoom in');
  });

  test('prints every shown event of a large store, not only the 200 the screen lists', async ({
    page,
  }) => {
    const COUNT = 1200;
    await page.route('**/data/trump-russia.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.events = Array.from({ length: COUNT }, (_, i) => ({
        id: `event-${i}`,
        title: `Event number ${i}`,
        summary: `What happened in event ${i}.`,
        date: {
          precision: 'day',
          start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
        },
        topics: ['nato'],
      }));
      await route.fulfill({ response, json });
    });
    await openApp(page);
    await expect(page.getByText('What happened in event 1199.')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const list = page.getByRole('region', { name: 'The events, in time order' });
    await expect(list.getByRole('article')).toHaveCount(COUNT);
    await expect(list.getByText('What happened in event 1199.')).toBeVisible();
  });
});
