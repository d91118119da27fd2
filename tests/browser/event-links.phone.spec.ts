import { expect, test } from '@playwright/test';
import { details } from './helpers.ts';
import { arcPixels, detailsTitle, marker, openStore } from './event-links.ts';

test('on a phone, the open event’s links are drawn, and the sheet’s links open their events', async ({
  page,
}) => {
  const arcs = await arcPixels(page, '&event=summit&group=topic');
  expect(arcs.length).toBeGreaterThan(100);
  const summit = await marker(page, 'summit').boundingBox();
  if (!summit) throw new Error('the summit has no marker');
  expect(Math.min(...arcs.map(([, y]) => y))).toBeLessThan(summit.y);

  await openStore(page, '&event=summit');
  const link = details(page)
    .getByRole('list', { name: 'In response to' })
    .getByRole('link', { name: 'An incident at the border' });
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(detailsTitle(page)).toHaveText('An incident at the border');
  await page.goBack();
  await expect(detailsTitle(page)).toHaveText('The summit at the lake');
});
