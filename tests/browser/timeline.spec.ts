import { expect, test } from '@playwright/test';
import {
  details,
  filters,
  markers,
  openApp,
  rangeHeading,
  SEED_COUNT,
  ticks,
  timeline,
  viewportBox,
} from './helpers.ts';

test.describe('the home page', () => {
  test('shows every seed episode on the timeline', async ({ page }) => {
    await openApp(page);
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    for (const title of [
      'Trump has denied the veracity of US intelligence reports',
      'Trump hired Manafort to run his campaign',
      'Trump repeated Kremlin talking points on ISIS',
    ]) {
      await expect(
        timeline(page).getByRole('button', { name: new RegExp(`^${title}`) }),
      ).toBeVisible();
    }
    await expect(filters(page).getByText(`All ${SEED_COUNT} events`)).toBeVisible();
    expect(await ticks(page)).toContain('2016');
  });
});

test('the build uses relative paths only, so it works under any sub-path', async ({ page }) => {
  const html = await (await page.request.get('./')).text();
  expect(html).toMatch(/<script[^>]+src="\.\/assets\//);
  expect(html).not.toMatch(/(src|href)="\//);
});

test('the app works from a sub-path, deep links included', async ({ page, baseURL }) => {
  // Serve the same build under /newsroom/timeline/, as a static host's sub-folder would.
  await page.route('**/newsroom/timeline/**', async (route) => {
    const url = new URL(route.request().url());
    url.pathname = url.pathname.replace('/newsroom/timeline/', '/');
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
  await page.goto(`${baseURL}newsroom/timeline/?event=g7`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Trump asked allies to let Russia back in the G7',
  );
  await timeline(page)
    .getByRole('button', { name: /^Trump hired Manafort/ })
    .click();
  await expect(page).toHaveURL(/\/newsroom\/timeline\/\?event=hired-manafort$/);
});

test.describe('zoom and pan', () => {
  test('Ctrl + wheel zooms around the pointer; ticks go from years to months to days', async ({
    page,
  }) => {
    await openApp(page);
    const before = await rangeHeading(page).textContent();
    const box = await viewportBox(page);
    // Among the episodes: the first one reaches back alone to 2007, left of the middle.
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
    const seen = { months: false, days: false };
    for (let i = 0; i < 12 && !seen.days; i++) {
      const previous = await ticks(page);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -250);
      await page.keyboard.up('Control');
      await expect.poll(() => ticks(page)).not.toEqual(previous);
      const now = await ticks(page);
      if (
        now.some((t) =>
          /^(January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
            t,
          ),
        )
      )
        seen.months = true;
      if (now.some((t) => /^[A-Z][a-z]{2} \d{2}$/.test(t))) seen.days = true;
    }
    expect(seen).toEqual({ months: true, days: true });
    await expect(rangeHeading(page)).not.toHaveText(before ?? '');
    await expect(markers(page)).not.toHaveCount(SEED_COUNT);
  });

  test('no two axis labels overlap, down to weeks and days', async ({ page }) => {
    // Eighty windows, each checked as drawn.
    test.slow();
    // As wide as a 1440 px laptop, where two days' ticks sit closest for their labels.
    await page.setViewportSize({ width: 1440, height: 900 });
    await openApp(page);
    const overview = page.getByRole('slider', { name: 'Overview of the whole timeline' });
    /** The labels, as drawn in the next frame, that run into their right-hand neighbour. */
    const overlaps = () =>
      page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const boxes = [...document.querySelectorAll('.time-axis .tick text')]
          .filter((text) => text.textContent !== '')
          .map((text) => ({ label: text.textContent, ...text.getBoundingClientRect().toJSON() }))
          .sort((a, b) => a.left - b.left);
        return boxes.slice(1).flatMap((b, i) => {
          const a = boxes[i];
          return a && a.right > b.left ? [`${a.label} / ${b.label}`] : [];
        });
      });
    const seen = new Set<string>();
    // From months down to a week, a window at a time from the start of the range: month names on
    // week ticks, labels anchored inward at either edge.
    for (let zoom = 1; zoom <= 13; zoom++) {
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
      if (zoom < 6) continue;
      await overview.focus();
      await overview.press('Home');
      for (let step = 0; step < 10; step++) {
        await overview.press('PageUp');
        expect(await overlaps()).toEqual([]);
        for (const label of await ticks(page)) {
          if (/^[A-Z][a-z]{2} \d{2}$/.test(label)) seen.add('day');
          if (/^[A-Z][a-z]{3,}$/.test(label)) seen.add('month');
        }
      }
    }
    expect([...seen].sort()).toEqual(['day', 'month']);
  });

  test('the overview strip is captioned, and its name holds the caption', async ({ page }) => {
    await openApp(page);
    const overview = page.getByRole('slider', { name: 'Overview of the whole timeline' });
    const caption = timeline(page).getByText('Whole timeline', { exact: true });
    await expect(caption).toBeVisible();
    // What it is seen as, it is named as (WCAG 2.5.3, label in name).
    await expect(overview).toHaveAccessibleName(/whole timeline/i);
    const [captionBox, stripBox] = await Promise.all([
      caption.boundingBox(),
      overview.boundingBox(),
    ]);
    if (!captionBox || !stripBox) throw new Error('the overview is not laid out');
    // Right above the strip it names.
    expect(captionBox.y + captionBox.height).toBeLessThanOrEqual(stripBox.y + 1);
    expect(stripBox.y - (captionBox.y + captionBox.height)).toBeLessThan(12);
  });

  test('dragging pans the axis, and Fit all brings everything back', async ({ page }) => {
    await openApp(page);
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    const before = await ticks(page);
    const box = await viewportBox(page);
    const y = box.y + box.height - 10;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => ticks(page)).not.toEqual(before);
    // Dragging leftwards moves later years into view.
    const lastYear = (labels: string[]) =>
      Math.max(...labels.filter((t) => /^\d{4}$/.test(t)).map(Number));
    expect(lastYear(await ticks(page))).toBeGreaterThan(lastYear(before));
    await timeline(page).getByRole('button', { name: 'Fit all' }).click();
    await expect(markers(page)).toHaveCount(SEED_COUNT);
  });

  test('Zoom in and Zoom out narrow and widen the window', async ({ page }) => {
    await openApp(page);
    const fit = await rangeHeading(page).textContent();
    const fitTicks = await ticks(page);
    for (let i = 0; i < 3; i++)
      await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
    await expect(rangeHeading(page)).not.toHaveText(fit ?? '');
    // About four times narrower: the axis spans fewer years and some episodes leave the view.
    const years = (labels: string[]) => {
      const found = labels.filter((t) => /^\d{4}$/.test(t)).map(Number);
      return found.length ? Math.max(...found) - Math.min(...found) : 0;
    };
    await expect.poll(async () => years(await ticks(page))).toBeLessThan(years(fitTicks) / 2);
    await expect.poll(() => markers(page).count()).toBeLessThan(SEED_COUNT);
    for (let i = 0; i < 3; i++)
      await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect(rangeHeading(page)).toHaveText(fit ?? '');
    await expect(markers(page)).toHaveCount(SEED_COUNT);
  });
});

test.describe('events and deep links', () => {
  test('clicking an event opens the details and sets ?event=', async ({ page }) => {
    await openApp(page);
    await timeline(page)
      .getByRole('button', { name: /^Trump eased sanctions on Deripaska/ })
      .click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump eased sanctions on Deripaska',
    );
    await expect(details(page).getByText('2018 – January 2019')).toBeVisible();
    await expect(details(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page).toHaveURL(/\?event=deripaska-sanctions$/);
  });

  test('a deep link opens in a fresh browser, zoomed or not', async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseURL}?event=isis-talking-points`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump repeated Kremlin talking points on ISIS',
    );
    const marker = timeline(page).getByRole('button', {
      name: /^Trump repeated Kremlin talking points on ISIS/,
    });
    await expect(marker).toBeInViewport();
    await expect(marker).toHaveAttribute('aria-current', 'true');
    await context.close();
  });

  test('selecting an event outside the window brings it into view', async ({ page }) => {
    await openApp(page, '?event=russian-bounties');
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    await expect(timeline(page).locator('[aria-current="true"]')).toHaveCount(0);
    await details(page).getByRole('button', { name: 'Previous event' }).click();
    const selected = timeline(page).getByRole('button', {
      name: /^Trump’s Syria withdrawal gave Putin a boost/,
    });
    await expect(selected).toBeInViewport();
    await expect(selected).toHaveAttribute('aria-current', 'true');
    await expect(rangeHeading(page)).toContainText('2019');
  });

  test('Back and Forward move between selected events', async ({ page }) => {
    await openApp(page);
    await timeline(page)
      .getByRole('button', { name: /^Trump hired Manafort/ })
      .click();
    await timeline(page)
      .getByRole('button', { name: /^Trump defended Soviet invasion/ })
      .click();
    await expect(page).toHaveURL(/event=soviet-afghanistan/);
    await page.goBack();
    await expect(page).toHaveURL(/event=hired-manafort/);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump hired Manafort to run his campaign',
    );
    await page.goForward();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Trump defended Soviet invasion of Afghanistan',
    );
    await page.goBack();
    await page.goBack();
    await expect(details(page)).toHaveCount(0);
  });

  test('Back after a chain of Next returns to the page before the first event', async ({
    page,
    baseURL,
  }) => {
    await openApp(page);
    await timeline(page)
      .getByRole('button', { name: /^Trump hired Manafort/ })
      .click();
    await expect(page).toHaveURL(/event=hired-manafort/);
    const next = details(page).getByRole('button', { name: 'Next event' });
    const title = details(page).getByRole('heading', { level: 2 });
    for (let i = 0; i < 3; i++) {
      const before = await title.textContent();
      await next.click();
      await expect(title).not.toHaveText(before ?? '');
    }
    await expect(page).not.toHaveURL(/event=hired-manafort/);
    await page.goBack();
    await expect(page).toHaveURL(`${baseURL}`);
    await expect(details(page)).toHaveCount(0);
  });

  test('an unknown ?event= says so and the app still works', async ({ page }) => {
    await openApp(page, '?event=does-not-exist');
    await expect(page.getByRole('alert')).toContainText('Event not found');
    await expect(markers(page)).toHaveCount(SEED_COUNT);
    await timeline(page)
      .getByRole('button', { name: /^Trump nixed US statement/ })
      .click();
    await expect(details(page)).toBeVisible();
  });

  test('Copy link puts the event page, with the filters, on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '?event=cyber-unit&topics=elections');
    await details(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(details(page).getByText('Link copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}e/cyber-unit/?topics=elections`,
    );
  });
});

test.describe('filters', () => {
  // How many seed episodes carry each topic (public/data/trump-russia.json).
  const topics: [string, number][] = [
    ['sanctions', 6],
    ['elections', 9],
    ['nato', 1],
    ['syria', 2],
    ['ukraine', 4],
    ['intelligence', 6],
    ['diplomacy', 11],
    ['praise', 4],
  ];
  test('each topic toggle filters the timeline and writes ?topics=, which a reload keeps', async ({
    page,
  }) => {
    for (const [id, expected] of topics) {
      await openApp(page);
      const toggle = filters(page)
        .getByRole('button', { pressed: false })
        .filter({ hasText: labelOf(id) });
      const count = Number(
        (await toggle.textContent())?.match(/([\d,]+) events?$/)?.[1]?.replace(/,/g, ''),
      );
      expect(count, id).toBe(expected);
      // Named by its visible text, "Sanctions 6", and then what the number counts.
      await expect(toggle).toHaveAccessibleName(
        `${labelOf(id)} ${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}`,
      );
      await toggle.click();
      await expect(
        filters(page).getByRole('button', { name: new RegExp(`^${labelOf(id)}`) }),
      ).toHaveAttribute('aria-pressed', 'true');
      await expect(markers(page)).toHaveCount(count);
      await expect(filters(page).getByText(`${count} of ${SEED_COUNT} events`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`\\?topics=${id}$`));
      await page.reload();
      await expect(markers(page)).toHaveCount(count);
    }
  });

  test('the search box filters and writes ?q=', async ({ page }) => {
    await openApp(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Bolton');
    await expect(markers(page)).toHaveCount(2);
    await expect(page).toHaveURL(/\?q=Bolton$/);
    await page.goto('./?q=Orban');
    await expect(markers(page)).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Orban');
  });

  test('filter changes replace the history entry instead of adding one', async ({ page }) => {
    await openApp(page);
    const length = await page.evaluate(() => history.length);
    await filters(page)
      .getByRole('button', { name: /^Syria/ })
      .click();
    await filters(page).getByRole('button', { name: /^NATO/ }).click();
    await expect(page).toHaveURL(/\?topics=syria,nato$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });
});

function labelOf(id: string): string {
  return (
    {
      sanctions: 'Sanctions',
      elections: 'Elections',
      nato: 'NATO',
      syria: 'Syria',
      ukraine: 'Ukraine',
      intelligence: 'Intelligence',
      diplomacy: 'Diplomacy',
      praise: 'Praise for Putin',
    }[id] ?? id
  );
}
