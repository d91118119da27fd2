import { expect, test, type Page } from '@playwright/test';
import {
  details,
  filters,
  markers,
  openApp,
  rangeHeading,
  SEED_COUNT,
  timeline,
} from './helpers.ts';
import { checkNoStubs, drawnLabels, panAcross, settled, wholeCount } from './labels.ts';

test.describe('titles you can read', () => {
  test('at Fit all, two thirds of the titles are whole and no label is a stub', async ({
    page,
  }) => {
    await openApp(page);
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    const labels = await drawnLabels(page);
    expect(wholeCount(labels)).toBeGreaterThanOrEqual(Math.ceil((SEED_COUNT * 2) / 3));
    checkNoStubs(labels);
  });

  test('in any window of three years or less, every event in view shows its whole title', async ({
    page,
  }) => {
    await openApp(page);
    for (let i = 0; i < 3; i++)
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect(rangeHeading(page)).toHaveText(/^\D*\d{4}–\d{4}$/);
    await panAcross(page, async () => {
      const range = (await rangeHeading(page).textContent()) ?? '';
      const [from, to] = range.match(/\d{4}/g)!.map(Number);
      expect(to! - from!).toBeLessThanOrEqual(3);
      const labels = await drawnLabels(page);
      const cut = labels.filter((l) => l.label !== l.title);
      expect(cut, range).toEqual([]);
    });
  });

  test('the open event keeps the label it had, and the details give its whole title', async ({
    page,
  }) => {
    await openApp(page);
    const marker = timeline(page).locator('[data-event-id="lifting-sanctions"]');
    await settled(page);
    const before = await marker.getAttribute('data-label');
    await marker.click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump was open to lifting Russian sanctions',
    );
    await settled(page);
    // Widening it to its whole title would push its neighbours about under the pointer.
    await expect(marker).toHaveAttribute('data-label', before ?? '');
  });
});

test.describe('hover and focus cards', () => {
  test('hovering a marker shows its whole title, date and topics beside it', async ({ page }) => {
    await openApp(page);
    const marker = timeline(page).getByRole('button', { name: /^Trump balked at sanctions/ });
    await marker.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toContainText('Trump balked at sanctions for Skripal poisoning');
    await expect(card).toContainText('August 2018');
    await expect(card.getByRole('listitem')).toHaveText(['Sanctions', 'Intelligence']);
    await expect(marker).toHaveAccessibleDescription(/August 2018/);
    // Beside the marker, never over it.
    const [m, c] = [await marker.boundingBox(), await card.boundingBox()];
    const overlaps =
      m!.x < c!.x + c!.width &&
      c!.x < m!.x + m!.width &&
      m!.y < c!.y + c!.height &&
      c!.y < m!.y + m!.height;
    expect(overlaps).toBe(false);
    // The pointer can move onto the card without losing it; Escape dismisses it.
    await card.hover();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  test('focusing a marker from the keyboard shows its card; Escape hides it and leaves the details open', async ({
    page,
  }) => {
    await openApp(page, '?event=g7');
    await expect(details(page)).toBeVisible();
    const marker = timeline(page).getByRole('button', { name: /^Trump asked allies/ });
    await marker.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toContainText(
      'Trump asked allies to let Russia back in the G7',
    );
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await expect(details(page)).toBeVisible();
  });
});

test.describe('the markers are one tab stop', () => {
  const focusedEventId = (page: Page) =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

  test('Tab enters at the first event in view, arrows, Home and End move, Enter opens', async ({
    page,
  }) => {
    await openApp(page);
    const tabbable = await markers(page).evaluateAll(
      (buttons) => buttons.filter((b) => (b as HTMLElement).tabIndex === 0).length,
    );
    expect(tabbable).toBe(1);
    await timeline(page).getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedEventId(page)).toBe('praised-putin');
    await page.keyboard.press('ArrowRight');
    expect(await focusedEventId(page)).toBe('putin-killer');
    await page.keyboard.press('End');
    await expect.poll(() => focusedEventId(page)).toBe('russian-bounties');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEventId(page)).toBe('syria-withdrawal');
    // Moving focus opens nothing; Enter does.
    await expect(details(page)).toHaveCount(0);
    await page.keyboard.press('Home');
    expect(await focusedEventId(page)).toBe('praised-putin');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=praised-putin/);
  });

  test('Tab enters at the selected event; two Tabs reach the panel, at its top', async ({
    page,
  }) => {
    await openApp(page, '?event=nato-allies');
    await expect(details(page)).toBeVisible();
    await timeline(page).getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedEventId(page)).toBe('nato-allies');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(details(page).getByRole('button', { name: 'Previous event' })).toBeFocused();
  });

  test('with an event open, arrows carry the focus and the open event along, into view', async ({
    page,
  }) => {
    await openApp(page, '?event=nato-allies');
    for (let i = 0; i < 3; i++)
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    const g7 = timeline(page).locator('[data-event-id="g7"]');
    await expect(g7).toHaveCount(0);
    await timeline(page).locator('[data-event-id="nato-allies"]').focus();
    const heading = details(page).getByRole('heading', { level: 2 });
    for (let i = 0; i < 15; i++) {
      if ((await heading.textContent()) === 'Trump asked allies to let Russia back in the G7')
        break;
      await page.keyboard.press('ArrowRight');
    }
    await expect(heading).toHaveText('Trump asked allies to let Russia back in the G7');
    await expect(g7).toBeInViewport();
    await expect.poll(() => focusedEventId(page)).toBe('g7');
  });
});

test.describe('polish', () => {
  test('no axis tick label is cut at either edge, at any zoom', async ({ page }) => {
    await openApp(page);
    const clipped = () =>
      page.evaluate(() => {
        const svg = document.querySelector('.time-axis')!.getBoundingClientRect();
        return [...document.querySelectorAll('.time-axis .tick text')]
          .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
          .filter(({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5)
          .map(({ text }) => text);
      });
    expect(await clipped()).toEqual([]);
    for (let i = 0; i < 3; i++) {
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
      await panAcross(page, async () => expect(await clipped()).toEqual([]));
    }
  });

  test('a search that matches nothing says so and draws no lane rules', async ({ page }) => {
    await openApp(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz');
    await expect(timeline(page)).toContainText('No events match these filters.');
    await expect(page.locator('.timeline__track')).toHaveCSS('background-image', 'none');
  });
});

test.describe('filters refit the view', () => {
  const years = async (page: Page) =>
    ((await rangeHeading(page).textContent()) ?? '').match(/\d{4}/g)!.map(Number);

  test('a topic fits the view to its events; clearing it fits all again', async ({ page }) => {
    await openApp(page);
    // The episodes' own years: the first begins in 2013, though Fit all's margin reaches 2012.
    await expect(rangeHeading(page)).toHaveText(/2013–2020/);
    await filters(page)
      .getByRole('button', { name: /^Syria/ })
      .click();
    // Syria's two episodes are both of October 2019.
    await expect(rangeHeading(page)).toHaveText(/2019/);
    await expect(rangeHeading(page)).not.toHaveText(/2012/);
    await expect(timeline(page).getByRole('button', { name: /^Trump/ })).toHaveCount(2);
    for (const marker of await timeline(page)
      .getByRole('button', { name: /^Trump/ })
      .all()) {
      await expect(marker).toBeInViewport();
    }
    await filters(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(rangeHeading(page)).toHaveText(/2013–2020/);
  });

  test('the search refits too, and an open event stays in view', async ({ page }) => {
    await openApp(page, '?event=skripal-sanctions');
    await expect(details(page)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('Bolton');
    await expect.poll(async () => (await years(page))[0]).toBeGreaterThanOrEqual(2017);
    await expect(timeline(page).locator('[data-event-id="skripal-sanctions"]')).toBeInViewport();
    await expect(details(page)).toBeVisible();
  });

  test('Fit all fits the shown events, not the whole range', async ({ page }) => {
    await openApp(page, '?topics=nato');
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(rangeHeading(page)).not.toHaveText(/2012/);
    await expect(timeline(page).getByRole('button', { name: /^Trump criticized/ })).toBeVisible();
  });

  test('under reduced motion the view jumps at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page);
    await filters(page)
      .getByRole('button', { name: /^Syria/ })
      .click();
    // No glide: the very next frames already show the fitted window.
    const heading = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve(document.querySelector('#timeline-heading')?.textContent ?? ''),
            ),
          ),
        ),
    );
    expect(heading).not.toMatch(/2012/);
  });
});
