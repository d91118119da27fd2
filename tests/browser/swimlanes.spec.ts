import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, timeline } from './helpers.ts';

/** A store with three groups, events outside any group, two topics and three eras (two overlap). */
const STORE = readFileSync(new URL('../fixtures/groups/swimlanes.json', import.meta.url));

async function openStore(page: Page, search = ''): Promise<void> {
  await page.route('**/data/swimlanes.json', (route) =>
    route.fulfill({ body: STORE, contentType: 'application/json' }),
  );
  await openApp(page, `?data=data/swimlanes.json${search}`);
}

const groupBy = (page: Page) => timeline(page).getByRole('combobox', { name: 'Group by' });
const eventList = (page: Page) => page.getByRole('region', { name: /^Event by event/ });
const marker = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^\\W?${title}`) });

/** The top of each named marker's button, once the view has come to rest. */
async function tops(page: Page, titles: readonly string[]): Promise<number[]> {
  const result: number[] = [];
  for (const title of titles) {
    const box = await marker(page, title).boundingBox();
    if (!box) throw new Error(`no marker for ${title}`);
    result.push(box.y);
  }
  return result;
}

const SENATE = ['Senate hearing on the budget', 'Senate passes the farm bill'];
const HOUSE = ['House opens an inquiry', 'House passes the spending bill'];

test('Group by draws a band per group, in the dataset’s order, and writes it to the address', async ({
  page,
}) => {
  await openStore(page);
  await expect(groupBy(page)).toHaveValue('none');
  await expect(eventList(page).getByRole('heading', { level: 3 })).toHaveCount(0);

  await groupBy(page).selectOption({ label: 'Groups' });
  await expect(page).toHaveURL(/[?&]group=groups(&|$)/);
  await expect(eventList(page).getByRole('heading', { level: 3 })).toHaveText([
    'Senate',
    'House',
    'Courts',
    'Other',
  ]);
  // Every Senate marker lies above every House marker: each band has lanes of its own.
  await expect(marker(page, SENATE[0] as string)).toBeVisible();
  const senate = await tops(page, SENATE);
  const house = await tops(page, HOUSE);
  expect(Math.max(...senate)).toBeLessThan(Math.min(...house));

  // The address opens the same view.
  await page.reload();
  await expect(groupBy(page)).toHaveValue('groups');
  await expect(eventList(page).getByRole('heading', { level: 3 }).first()).toHaveText('Senate');

  await groupBy(page).selectOption({ label: 'None' });
  await expect(page).not.toHaveURL(/group=/);
  await expect(eventList(page).getByRole('heading', { level: 3 })).toHaveCount(0);
});

test('?group=topic bands events by their first topic; filters and search empty bands away', async ({
  page,
}) => {
  await openStore(page, '&group=topic');
  await expect(groupBy(page)).toHaveValue('topic');
  const headings = eventList(page).getByRole('heading', { level: 3 });
  await expect(headings).toHaveText(['Hearings', 'Votes']);

  await page.getByRole('button', { name: /^Votes/ }).click();
  await expect(headings).toHaveText(['Votes']);
  await expect(page).toHaveURL(/topics=votes/);
  await expect(page).toHaveURL(/group=topic/);
});

test('the keyboard walks the markers in time order across bands', async ({ page }) => {
  await openStore(page, '&group=groups');
  const first = marker(page, 'Senate hearing on the budget');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  // March 4 (House) follows February 12 (Senate), in another band.
  await expect(marker(page, 'House opens an inquiry')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(marker(page, 'Court hears the first appeal')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText(
    'Court hears the first appeal',
  );
  await expect(page).toHaveURL(/group=groups/);
});

test('a dataset without groups offers no Groups, and ?group=groups shows its packed lanes', async ({
  page,
}) => {
  await openApp(page, '?group=groups');
  await expect(groupBy(page).getByRole('option')).toHaveText(['None', 'Topic']);
  await expect(groupBy(page)).toHaveValue('none');
});

test('eras are drawn behind the lanes, and listed under the timeline with their dates', async ({
  page,
}) => {
  await openStore(page);
  await expect(page.getByRole('list', { name: 'Eras' }).getByRole('listitem')).toHaveText([
    'First session, January 2019 – December 2019',
    'Summer recess, July 2019 – September 2019',
    'Second session, January 2020 – December 2020',
  ]);
  // The canvas, probed where each era's label row lies: the first session's row (the top row)
  // in its first months, and the recess's (the second row, stacked below) in August 2019.
  const probe = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return null;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const alphaAt = (x: number, y: number) =>
      context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data[3];
    const right = canvas.getBoundingClientRect().width - 4;
    return {
      row1: alphaAt(60, 10),
      row2: alphaAt(230, 28),
      // Past the last era's end (the view's margin after December 2020), its row is bare.
      pastTheEras: alphaAt(right, 10),
      // Before the recess, its row is bare too: eras stack only where they overlap.
      beforeTheRecess: alphaAt(60, 28),
    };
  });
  expect(probe).not.toBeNull();
  expect(probe?.row1).toBeGreaterThan(0);
  expect(probe?.row2).toBeGreaterThan(0);
  expect(probe?.pastTheEras).toBe(0);
  expect(probe?.beforeTheRecess).toBe(0);
});

test('a crowded band gathers what its lanes cannot hold into a badge of its own', async ({
  page,
}) => {
  // Thirty events on each of two days: more than a band's lanes can hold side by side.
  const crowded = Array.from({ length: 60 }, (_, i) => ({
    id: `a-${i + 1}`,
    title: `Crowded desk item number ${i + 1}`,
    date: { precision: 'day', start: `2019-03-${i % 2 ? '10' : '11'}` },
    topics: ['news'],
    group: 'a',
  }));
  const store = {
    version: 1,
    title: 'Two desks',
    topics: [{ id: 'news', label: 'News', color: '#1d4ed8' }],
    groups: [
      { id: 'a', label: 'Busy desk' },
      { id: 'b', label: 'Quiet desk' },
    ],
    events: [
      ...crowded,
      {
        id: 'b-1',
        title: 'Quiet desk item',
        date: { precision: 'day', start: '2019-03-15' },
        topics: ['news'],
        group: 'b',
      },
    ],
  };
  await page.route('**/data/desks.json', (route) =>
    route.fulfill({ body: JSON.stringify(store), contentType: 'application/json' }),
  );
  await openApp(page, '?data=data/desks.json&group=groups');
  const badge = timeline(page)
    .getByRole('button', { name: /^\d+ events, March 2019/ })
    .first();
  await expect(badge).toBeVisible();
  const quiet = marker(page, 'Quiet desk item');
  await expect(quiet).toBeVisible();
  // The busy desk's badge stays in its band, above the quiet desk's marker.
  const [badgeBox, quietBox] = [await badge.boundingBox(), await quiet.boundingBox()];
  expect(badgeBox && quietBox && badgeBox.y + badgeBox.height <= quietBox.y).toBe(true);
  await expect(eventList(page).getByRole('heading', { level: 3 })).toHaveText([
    'Busy desk',
    'Quiet desk',
  ]);
});

test('an embed draws the bands its address asks for', async ({ page }) => {
  await openStore(page, '&embed=1&group=groups');
  await expect(groupBy(page)).toHaveValue('groups');
  await expect(marker(page, SENATE[0] as string)).toBeVisible();
  const senate = await tops(page, SENATE);
  const house = await tops(page, HOUSE);
  expect(Math.max(...senate)).toBeLessThan(Math.min(...house));
});

test('a pan over bands taller than the screen leaves the bands below it drawn once it rests', async ({
  page,
}) => {
  // Twelve desks of three events each: the bands run far below the first screen.
  const desks = Array.from({ length: 12 }, (_, d) => ({ id: `d${d + 1}`, label: `Desk ${d + 1}` }));
  const store = {
    version: 1,
    title: 'Twelve desks',
    topics: [{ id: 'news', label: 'News', color: '#1d4ed8' }],
    groups: desks,
    events: desks.flatMap((desk, d) =>
      [1, 2, 3].map((n) => ({
        id: `${desk.id}-${n}`,
        title: `Desk ${d + 1} item ${n}`,
        date: { precision: 'day', start: `2019-0${n + 2}-1${n}` },
        topics: ['news'],
        group: desk.id,
      })),
    ),
  };
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route('**/data/desks.json', (route) =>
    route.fulfill({ body: JSON.stringify(store), contentType: 'application/json' }),
  );
  await openApp(page, '?data=data/desks.json&group=groups');
  // Zoomed in, the view has room to pan (at Fit all it holds the whole span).
  await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
  const last = marker(page, 'Desk 12 item 2');
  await expect(last).toBeVisible();
  await expect(timeline(page).locator('.timeline__track')).not.toHaveAttribute('data-moving');
  const before = await last.boundingBox();
  if (!before) throw new Error('no box for the last marker');
  expect(before.y).toBeGreaterThan(720);
  const inkBefore = await inkIn(page, before);
  expect(inkBefore).toBeGreaterThan(20);

  const area = await timeline(page).locator('.timeline__viewport').boundingBox();
  if (!area) throw new Error('no timeline viewport');
  const y = area.y + 60;
  await page.mouse.move(area.x + 500, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(area.x + 500 - i * 10, y);
  await page.mouse.up();
  // Its button takes the marker's new place once the view has come to rest.
  await expect
    .poll(async () => (await last.boundingBox())?.x ?? Infinity)
    .toBeLessThan(before.x - 40);
  await expect(timeline(page).locator('.timeline__track')).not.toHaveAttribute('data-moving');

  // The canvas holds the marker's drawing at its new place, though it never came on screen:
  // the whole of it, and on the strip it has moved onto.
  const after = await last.boundingBox();
  if (!after) throw new Error('no box for the last marker');
  expect(await inkIn(page, after)).toBeGreaterThan(inkBefore * 0.8);
  expect(await inkIn(page, { ...after, width: before.x - after.x })).toBeGreaterThan(10);
});

/** How many of the canvas's pixels are inked in a box of the page (not merely tinted, as a band is). */
async function inkIn(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return page.evaluate((b) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline__canvas');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return 0;
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    const { data } = context.getImageData(
      Math.round((b.x - rect.left) * ratio),
      Math.round((b.y - rect.top) * ratio),
      Math.max(1, Math.round(b.width * ratio)),
      Math.max(1, Math.round(b.height * ratio)),
    );
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 128) inked++;
    return inked;
  }, box);
}
