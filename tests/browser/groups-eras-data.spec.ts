import { expect, test, type Page } from '@playwright/test';
import { details, openApp } from './helpers.ts';

/** Opens the groups and eras demo as a reader does: by its link at the foot of the page. */
async function openDemo(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'See a timeline with groups and eras' }).click();
  await expect(page).toHaveURL(/\?data=data(%2F|\/)groups-demo\.json/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Apollo, 1961–1972: a demo of groups and eras',
  );
}

test('the footer opens the demo, whose details name an event’s group', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('link', { name: /^Apollo 11: the first Moon landing,/ }).click();
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Apollo 11: the first Moon landing',
  );
  await expect(panel.getByRole('term')).toHaveText(['People', 'Sources cited', 'Group', 'Topics']);
  await expect(panel.getByRole('definition').nth(2)).toHaveText('Crewed missions');

  await page.getByRole('link', { name: /^Apollo 4: the first Saturn V flies,/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Apollo 4: the first Saturn V flies',
  );
  await expect(panel.getByRole('term')).toHaveText(['Sources cited', 'Group', 'Topics']);
  await expect(panel.getByRole('definition').nth(1)).toHaveText('Uncrewed tests');
});

test('the printout lists the eras with their dates, and each event’s group', async ({ page }) => {
  await openDemo(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Printable list of events' });
  await expect(printed).toBeVisible();
  const eras = printed.getByRole('region', { name: 'Eras' });
  await expect(eras.getByRole('listitem')).toHaveText([
    'Kennedy administration: January 20, 1961 – November 22, 1963',
    'Johnson administration: November 22, 1963 – January 20, 1969',
    'Nixon administration: January 20, 1969 – August 9, 1974',
  ]);
  // The eras come before the events, as the setting they are read in.
  await expect(printed.getByRole('heading', { level: 2 })).toHaveText([
    'Eras',
    'The events, in time order',
  ]);
  const apollo13 = printed.getByRole('article').filter({
    has: page.getByRole('heading', { name: 'Apollo 13: an explosion ends a landing attempt' }),
  });
  await expect(apollo13).toContainText('Group: Crewed missions.');
});
