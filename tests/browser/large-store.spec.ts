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
  request,
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
  // A store of its own (the bundled one is built into the page ahead of time, and so shows at once),
  // written out before the page asks for it, so that the wait below times the app, not the test.
  const bundled = await (await request.get('data/trump-russia.json')).json();
  // The smallest valid events, shuffled by a fixed step so that they must be sorted.
  bundled.events = Array.from({ length: COUNT }, (_, i) => {
    const n = (i * 7919) % COUNT;
    return {
      id: `e-${n}`,
      title: `Event ${n}`,
      date: {
        precision: 'day',
        start: new Date(Date.UTC(1990, 0, 1) + (n % 9000) * DAY).toISOString().slice(0, 10),
      },
      topics: [bundled.topics[n % bundled.topics.length].id],
    };
  });
  const body = JSON.stringify(bundled);
  await page.route('**/data/large.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );

  await page.goto('./?data=data/large.json');
  const bar = page.getByRole('progressbar', { name: 'Loading the timeline' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Reading 200,000 events…' })).toBeVisible(
    { timeout: 15_000 },
  );
  await expect(timeline(page)).toBeVisible({ timeout: 30_000 });
  await expect(bar).toBeHidden();
  // Parsed on the page, the status would not even be drawn; in a worker, frames go on.
  expect(await page.evaluate(() => window.framesWhileReading)).toBeGreaterThan(2);
});
