import { expect, test, type Page } from '@playwright/test';
import { details, timeline } from './helpers.ts';
import { atRest } from './labels.ts';
import { arcPixels, detailsTitle, marker, openStore, type Pixel } from './event-links.ts';

/**
 * Links between events: the details panel lists them, and the timeline draws the open (or
 * focused) event's links as arcs in its colour (found on the canvas as event-links.ts says).
 */

/** Zooms in with Ctrl + wheel around a marker, and waits for the view to rest. */
async function zoomAround(page: Page, id: string, notches: number): Promise<void> {
  const box = await marker(page, id).boundingBox();
  if (!box) throw new Error(`no marker for ${id}`);
  await page.mouse.move(box.x + 10, box.y + 8);
  await page.keyboard.down('Control');
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  // The card the pointer raised would cover the view.
  await page.mouse.move(2, 2);
  await atRest(page);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
}

test('the details list an event’s links by kind; following one opens it, and Back returns', async ({
  page,
}) => {
  await openStore(page, '&event=summit');
  await expect(detailsTitle(page)).toHaveText('The summit at the lake');
  const list = (name: string) => details(page).getByRole('list', { name });
  await expect(list('Led to').getByRole('link')).toHaveText(['New sanctions are announced']);
  await expect(list('Led to')).toContainText('The summit’s failure, the minister said');
  await expect(list('In response to').getByRole('link')).toHaveText(['An incident at the border']);
  await expect(list('See also').getByRole('link')).toHaveText([
    'The old treaty is signed',
    'A reply to the summit',
  ]);
  const sanctions = list('Led to').getByRole('link', { name: 'New sanctions are announced' });
  await expect(sanctions).toHaveAttribute('href', '?data=data%2Flinks.json&event=sanctions');

  await sanctions.click();
  await expect(detailsTitle(page)).toHaveText('New sanctions are announced');
  await expect(detailsTitle(page)).toBeFocused();
  await expect(page).toHaveURL(/[?&]event=sanctions(&|$)/);
  // The summit's link to it, seen from here.
  await expect(list('See also').getByRole('link')).toHaveText(['The summit at the lake']);

  await page.goBack();
  await expect(detailsTitle(page)).toHaveText('The summit at the lake');
  await expect(page).toHaveURL(/[?&]event=summit(&|$)/);

  // Opened in a tab of its own, the link shows the same event.
  await page.goto(`./${await sanctions.getAttribute('href')}`);
  await expect(detailsTitle(page)).toHaveText('New sanctions are announced');
});

test('a link to an event the filters hide opens it, Close still in the column', async ({
  page,
}) => {
  await openStore(page, '&topics=moves&event=summit');
  await details(page).getByRole('link', { name: 'New sanctions are announced' }).click();
  await expect(detailsTitle(page)).toHaveText('New sanctions are announced');
  await expect(details(page).getByText('Hidden by the filters')).toBeVisible();
  const panel = await details(page).boundingBox();
  const close = await details(page).getByRole('button', { name: 'Close details' }).boundingBox();
  expect(panel && close && close.x + close.width <= panel.x + panel.width).toBe(true);
});

test('a marker with links names them in its description', async ({ page }) => {
  await openStore(page);
  await expect(marker(page, 'summit')).toHaveAccessibleDescription(
    'Led to: New sanctions are announced. In response to: An incident at the border. ' +
      'See also: The old treaty is signed; A reply to the summit.',
  );
  await expect(marker(page, 'treaty')).toHaveAccessibleDescription(
    'See also: The summit at the lake.',
  );
  await expect(marker(page, 'vote')).toHaveAccessibleDescription('');
});

test('the open event’s links are drawn as arcs from its marker to each linked one', async ({
  page,
}) => {
  const arcs = await arcPixels(page, '&event=summit');
  expect(arcs.length).toBeGreaterThan(200);
  const summit = await marker(page, 'summit').boundingBox();
  const treaty = await marker(page, 'treaty').boundingBox();
  if (!summit || !treaty) throw new Error('markers not drawn');
  // The arcs rise above the summit's marker, and reach as far left as the treaty's.
  expect(Math.min(...arcs.map(([, y]) => y))).toBeLessThan(summit.y);
  expect(Math.min(...arcs.map(([x]) => x))).toBeLessThan(treaty.x + 20);
});

test('with ?group=, arcs run across the bands', async ({ page }) => {
  const arcs = await arcPixels(page, '&event=summit&group=groups');
  const summit = await marker(page, 'summit').boundingBox();
  const sanctions = await marker(page, 'sanctions').boundingBox();
  if (!summit || !sanctions) throw new Error('markers not drawn');
  // The summit is in the first band, East; the sanctions it led to far below, in West.
  expect(sanctions.y).toBeGreaterThan(summit.y + summit.height + 40);
  const between = arcs.filter(([, y]) => y > summit.y + summit.height && y < sanctions.y);
  expect(between.length).toBeGreaterThan(20);
});

test('zoomed in, a link to an event out of view points to the side it lies on', async ({
  page,
}) => {
  const fitAll = await arcPixels(page, '&event=summit');
  const edge = (pixels: Pixel[]) => pixels.filter(([x]) => x < 20);
  const box = await timeline(page).locator('.timeline__canvas').boundingBox();
  const left = box?.x ?? 0;
  // At first the treaty is in view, years to the left: its arc ends at its marker.
  expect(edge(fitAll.map(([x, y]) => [x - left, y]))).toEqual([]);
  const zoomed = await arcPixels(page, '&event=summit', (p) => zoomAround(p, 'summit', 6));
  await expect(marker(page, 'treaty')).toHaveCount(0);
  expect(edge(zoomed.map(([x, y]) => [x - left, y])).length).toBeGreaterThan(10);
});

test('the marker with the keyboard focus shows its links too', async ({ page }) => {
  const focusTheSummit = async (p: Page) => {
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Tab');
      if (await marker(p, 'treaty').evaluate((el) => el === document.activeElement)) break;
    }
    // Past the vote, the incident and the hearing.
    for (let i = 0; i < 4; i++) await p.keyboard.press('ArrowRight');
    await expect(marker(p, 'summit')).toBeFocused();
  };
  const arcs = await arcPixels(page, '', focusTheSummit);
  expect(arcs.length).toBeGreaterThan(200);
  await expect(details(page)).toHaveCount(0);
});

test('screenshot: an open event’s links across bands, one pointing out of view', async ({
  page,
}) => {
  await openStore(page, '&event=summit&group=groups');
  await zoomAround(page, 'summit', 5);
  // Dragged to the left, the view brings in what the summit led to and what answered it.
  const view = await page.locator('.timeline__viewport').boundingBox();
  if (!view) throw new Error('no viewport');
  await page.mouse.move(view.x + 600, view.y + 300);
  await page.mouse.down();
  await page.mouse.move(view.x + 350, view.y + 300, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(2, 2);
  await atRest(page);
  await expect(marker(page, 'treaty')).toHaveCount(0);
  await expect(marker(page, 'sanctions')).toBeVisible();
  // Arcs are thin: without them some 1,100 pixels (0.45%) differ, which the tolerance of the
  // other screenshots (2%) would pass.
  await expect(timeline(page).getByRole('group', { name: 'Events' })).toHaveScreenshot(
    'event-links.png',
    { maxDiffPixelRatio: 0.002 },
  );
});
