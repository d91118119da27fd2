import { expect, test } from '@playwright/test';
import { timeline } from './helpers.ts';

const COUNT = 200_000;
const DAY = 86_400_000;

/** Frames drawn while the loading screen said it was reading the events, counted in the page. */
declare global {
  interface Window {
    framesWhileReading: number;
  }
}

test('a large store loads with its progress shown, the page drawing frames while it is read', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.framesWhileReading = 0;
    const count = () => {
      const status = document.querySelector('[role="status"]')?.textContent ?? '';
      if (status.startsWith('Reading')) window.framesWhileReading++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  // A store of its own (the bundled one is built into the page ahead of time, and so shows at once).
  await page.route('**/data/large.json', async (route) => {
    const response = await route.fetch({
      url: route.request().url().replace('large.json', 'trump-russia.json'),
    });
    const json = await response.json();
    // The smallest valid events, shuffled by a fixed step so that they must be sorted.
    json.events = Array.from({ length: COUNT }, (_, i) => {
      const n = (i * 7919) % COUNT;
      return {
        id: `e-${n}`,
        title: `Event ${n}`,
        date: {
          precision: 'day',
          start: new Date(Date.UTC(1990, 0, 1) + (n % 9000) * DAY).toISOString().slice(0, 10),
        },
        topics: [json.topics[n % json.topics.length].id],
      };
    });
    await route.fulfill({ response, json });
  });

  await page.goto('./?data=data/large.json');
  const bar = page.getByRole('progressbar', { name: 'Loading the timeline' });
  await expect(bar).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Reading 200,000 events…' }),
  ).toBeVisible();
  await expect(timeline(page)).toBeVisible({ timeout: 30_000 });
  await expect(bar).toBeHidden();
  // Parsed on the page, the status would not even be drawn; in a worker, frames go on.
  expect(await page.evaluate(() => window.framesWhileReading)).toBeGreaterThan(2);
});
