import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { holdTime } from '../../src/story/hold-time.ts';
import { details, openApp, SEED_COUNT, timeline, viewportBox } from './helpers.ts';

const story = (page: Page) => page.getByRole('group', { name: 'Story' });
const progress = (page: Page) => story(page).locator('.story__progress');
const detailsTitle = (page: Page) => details(page).getByRole('heading', { level: 2 });
const announcer = (page: Page) => story(page).locator('[aria-live="polite"]');
/** Every count of the open event's place on the page: the story's "7 / 27", the details' "7 of 27". */
const counts = (page: Page) => page.getByText(/^(Step )?\d+ (\/|of) \d+$/);

/** How long the open step holds at a speed, from what the details panel shows. */
async function openHold(page: Page, speed = 1): Promise<number> {
  const title = await detailsTitle(page).textContent();
  const summary = await details(page).locator('.details__summary').textContent();
  return holdTime(title ?? '', summary ?? undefined, speed);
}

test.describe('story mode', () => {
  test.beforeEach(async ({ page }) => {
    // The story's timer runs on the page's clock: the test moves it on instead of waiting. (A
    // paused clock would also hold the app's start and React's Suspense, which use timers.)
    await page.clock.install();
  });

  test('plays from the first shown event, holds each step to read, Pause holds, Resume goes on', async ({
    page,
  }) => {
    await openApp(page);
    await story(page).getByRole('button', { name: 'Play story' }).click();
    await expect(progress(page)).toHaveText(`Step 1 / ${SEED_COUNT}`);
    await expect(page).toHaveURL(/\?story=1$/);

    // The page's clock also runs on its own, a little, while the test looks: hence the margins.
    const hold = await openHold(page);
    await page.clock.runFor(hold - 2_000);
    await expect(progress(page)).toHaveText(`Step 1 / ${SEED_COUNT}`);
    // One count while the story is on: the story's own.
    await expect(counts(page)).toHaveCount(1);
    await expect(details(page).getByText(`1 of ${SEED_COUNT}`)).toHaveCount(0);
    await page.clock.runFor(2_100);
    await expect(progress(page)).toHaveText(`Step 2 / ${SEED_COUNT}`);
    await expect(counts(page)).toHaveCount(1);
    await expect(page).toHaveURL(/\?story=2$/);

    // Pause and Resume are one button, which keeps the focus.
    const button = story(page).getByRole('button', { name: 'Pause' });
    await button.click();
    await expect(story(page).getByRole('button', { name: 'Resume' })).toBeFocused();
    await page.clock.runFor(60_000);
    await expect(progress(page)).toHaveText(`Step 2 / ${SEED_COUNT}`);

    await story(page).getByRole('button', { name: 'Resume' }).click();
    await expect(story(page).getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.clock.runFor((await openHold(page)) + 200);
    await expect(progress(page)).toHaveText(`Step 3 / ${SEED_COUNT}`);
  });

  test('the first step, the longest read, moves on within 12 s at 1×', async ({ page }) => {
    await openApp(page);
    await story(page).getByRole('button', { name: 'Play story' }).click();
    await expect(progress(page)).toHaveText(`Step 1 / ${SEED_COUNT}`);
    await page.clock.runFor(12_100);
    await expect(progress(page)).toHaveText(`Step 2 / ${SEED_COUNT}`);
  });

  test('a faster speed shortens the hold', async ({ page }) => {
    await openApp(page, '?story=4');
    await story(page).getByLabel('Speed').selectOption('2');
    const hold = await openHold(page, 2);
    await story(page).getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(hold + 200);
    await expect(progress(page)).toHaveText(`Step 5 / ${SEED_COUNT}`);
    expect(hold).toBeLessThan(await openHold(page, 1));
  });

  test('arrows step, Escape leaves the story with its event open', async ({ page }) => {
    await openApp(page);
    const play = story(page).getByRole('button', { name: 'Play story' });
    await play.click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(progress(page)).toHaveText(`Step 3 / ${SEED_COUNT}`);
    await page.keyboard.press('ArrowLeft');
    await expect(progress(page)).toHaveText(`Step 2 / ${SEED_COUNT}`);
    const title = await detailsTitle(page).textContent();

    await page.keyboard.press('Escape');
    await expect(progress(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/story=/);
    await expect(page).toHaveURL(/\?event=/);
    await expect(detailsTitle(page)).toHaveText(title ?? '');
    // Out of the story, the details count the event's place again.
    await expect(details(page).getByText(`2 of ${SEED_COUNT}`)).toBeVisible();
    await expect(counts(page)).toHaveCount(1);
    // Focus stayed on the button, which is "Play story" again.
    await expect(story(page).getByRole('button', { name: 'Play story' })).toBeFocused();
    // No timer is left behind.
    await page.clock.runFor(60_000);
    await expect(detailsTitle(page)).toHaveText(title ?? '');
  });

  test('Exit story hands the focus to the button that stays', async ({ page }) => {
    await openApp(page, '?story=3');
    await story(page).getByRole('button', { name: 'Exit story' }).click();
    await expect(story(page).getByRole('button', { name: 'Play story' })).toBeFocused();
    await expect(page).not.toHaveURL(/story=/);
  });

  test('?story=N opens that step of the filtered events, paused, and the steps follow the filters', async ({
    page,
  }) => {
    await openApp(page, '?story=7&topics=diplomacy');
    await expect(progress(page)).toHaveText('Step 7 / 11');
    await expect(counts(page)).toHaveCount(1);
    await expect(story(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    // Paused: a shared link moves on only when the reader asks.
    await page.clock.runFor(60_000);
    await expect(progress(page)).toHaveText('Step 7 / 11');

    for (let step = 8; step <= 11; step++) {
      await story(page).getByRole('button', { name: 'Next' }).click();
      await expect(progress(page)).toHaveText(`Step ${step} / 11`);
      await expect(counts(page)).toHaveCount(1);
      await expect(
        details(page).getByRole('button', { name: 'Show only Diplomacy' }),
      ).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`\\?story=${step}&topics=diplomacy$`));
    }
    await expect(story(page).getByRole('button', { name: 'Next' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // The link as written opens the same step again.
    await page.reload();
    await expect(progress(page)).toHaveText('Step 11 / 11');
    await expect(story(page).getByRole('button', { name: 'Play again' })).toBeVisible();
  });

  test('announces each step by its title only, and never takes the focus', async ({ page }) => {
    await openApp(page);
    await expect(announcer(page)).toHaveText('');
    await story(page).getByRole('button', { name: 'Play story' }).click();
    const elsewhere = page.getByRole('button', { name: 'Dark mode' });
    await elsewhere.focus();
    for (let step = 1; step <= 3; step++) {
      await expect(progress(page)).toHaveText(`Step ${step} / ${SEED_COUNT}`);
      const title = (await detailsTitle(page).textContent()) ?? '';
      await expect(announcer(page)).toHaveText(title);
      await page.clock.runFor((await openHold(page)) + 100);
    }
    await expect(progress(page)).toHaveText(`Step 4 / ${SEED_COUNT}`);
    await expect(elsewhere).toBeFocused();
    // The panel is not live: only the title is read out.
    await expect(details(page).locator('[aria-live]')).toHaveCount(0);
  });

  test('stops when the reader takes the timeline in hand', async ({ page }) => {
    await openApp(page);
    await story(page).getByRole('button', { name: 'Play story' }).click();
    await expect(progress(page)).toHaveText(`Step 1 / ${SEED_COUNT}`);
    await timeline(page).getByRole('button', { name: 'Zoom out' }).click();
    await expect(story(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    await story(page).getByRole('button', { name: 'Resume' }).click();

    const box = await viewportBox(page);
    const y = box.y + box.height - 60;
    await page.mouse.move(box.x + 40, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, y, { steps: 4 });
    await page.mouse.up();
    await expect(story(page).getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.clock.runFor(60_000);
    await expect(progress(page)).toHaveText(`Step 1 / ${SEED_COUNT}`);
  });

  test('the story bar passes axe, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openApp(page, '?story=7&topics=diplomacy');
      await expect(progress(page)).toBeVisible();
      await expect(detailsTitle(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).include('#story-controls').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }
  });

  test('screenshot: a story step', async ({ page }) => {
    await openApp(page, '?story=7&topics=diplomacy');
    await expect(detailsTitle(page)).toBeVisible();
    await page.clock.runFor(1_000);
    await expect(page).toHaveScreenshot('story-step.png');
  });
});

/** How many different views the animation frames of a second showed: the range and the axis. */
async function framesMoving(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    const w = window as unknown as { __frames: Set<string>; __sampled: boolean };
    w.__frames = seen;
    w.__sampled = false;
    const began = performance.now();
    let firstChange: number | null = null;
    // Counted for a second from the first change, however late a busy machine lets the key in.
    const sample = () => {
      const ticks = [...document.querySelectorAll('.time-axis .tick')];
      seen.add(
        [
          document.getElementById('timeline-heading')?.textContent,
          ...ticks.map((tick) => tick.getAttribute('transform')),
        ].join('|'),
      );
      const now = performance.now();
      if (firstChange === null && seen.size > 1) firstChange = now;
      const until = firstChange === null ? began + 5000 : firstChange + 1000;
      if (now < until) requestAnimationFrame(sample);
      else w.__sampled = true;
    };
    requestAnimationFrame(sample);
  });
  await act();
  await page.waitForFunction(() => (window as unknown as { __sampled: boolean }).__sampled);
  return page.evaluate(() => (window as unknown as { __frames: Set<string> }).__frames.size);
}

test.describe('story mode and motion', () => {
  test('glides to a step, or jumps for readers who ask for less motion', async ({ page }) => {
    await openApp(page, '?story=3');
    const gliding = await framesMoving(page, () => page.keyboard.press('ArrowRight'));
    expect(gliding).toBeGreaterThan(5);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, '?story=3');
    const jumping = await framesMoving(page, () => page.keyboard.press('ArrowRight'));
    expect(jumping).toBeLessThanOrEqual(3);
    await expect(progress(page)).toHaveText(`Step 4 / ${SEED_COUNT}`);
  });
});
