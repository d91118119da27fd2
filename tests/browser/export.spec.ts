import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, openFile, SEED_COUNT, timeline } from './helpers.ts';

const TITLE = '37 times President Trump was soft on Russia';
const FILE_NAME =
  /^37-times-president-trump-was-soft-on-russia-\d{4}-\d{2}-\d{2}\.(png|svg|csv|json)$/;
const CHOICES = ['Image (PNG)', 'Image (SVG)', 'Events (CSV)', 'Events (JSON)'];

const exportButton = (page: Page) => timeline(page).getByRole('button', { name: 'Export' });

/** Chooses a menu item and returns the file it saves: its name and its bytes. */
async function exportAs(page: Page, item: string) {
  await exportButton(page).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The text of each <text> of an SVG, as the browser's XML parser reads the file. */
async function svgTexts(page: Page, svg: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
    };
  }, svg);
}

/** The events the list names once the view fits every shown event. */
async function listedEvents(page: Page) {
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  const list = page.getByRole('region', { name: /^Event by event/ });
  return list.getByRole('listitem').allTextContents();
}

test('Export is a menu button with four items, worked by the keyboard', async ({ page }) => {
  await openApp(page);
  const button = exportButton(page);
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem')).toHaveText(CHOICES);
  await expect(menu.getByRole('menuitem', { name: 'Image (PNG)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Image (SVG)' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Events (JSON)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the SVG is well-formed XML that holds the title, the filters and the source as text', async ({
  page,
}) => {
  await openApp(page);
  const { name, bytes } = await exportAs(page, 'Image (SVG)');
  expect(name).toMatch(FILE_NAME);
  expect(name.endsWith('.svg')).toBe(true);
  const svg = await svgTexts(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.texts).toContain(TITLE);
  expect(svg.texts).toContain(`All ${SEED_COUNT} events, no filters.`);
  expect(svg.texts.some((t) => t?.startsWith('Source: CNN, “'))).toBe(true);
});

test('the PNG is 2400 × 1350 px', async ({ page }) => {
  await openApp(page);
  const { name, bytes } = await exportAs(page, 'Image (PNG)');
  expect(name).toMatch(FILE_NAME);
  expect(name.endsWith('.png')).toBe(true);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1350]);
});

for (const [item, type] of [
  ['Events (CSV)', 'text/csv'],
  ['Events (JSON)', 'application/json'],
] as const) {
  test(`${item} holds the shown events only, and opens back as the same events`, async ({
    page,
  }) => {
    await openApp(page, '?topics=diplomacy');
    const shown = await listedEvents(page);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(SEED_COUNT);
    const { name, bytes } = await exportAs(page, item);
    expect(name).toMatch(FILE_NAME);

    await openFile(page, { name, mimeType: type, buffer: bytes });
    await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toHaveText(
      `Opened “${name}”: ${shown.length} events.`,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByText(/^Source:/).first()).toContainText('first published');
    expect(await listedEvents(page)).toEqual(shown);
  });
}

test('with a topic filter on, the image says the filter and draws only the shown events', async ({
  page,
}) => {
  await openApp(page, '?topics=nato');
  const { bytes } = await exportAs(page, 'Image (SVG)');
  const svg = await svgTexts(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.texts).toContain(`1 of ${SEED_COUNT} events, in the topic NATO.`);
  expect(svg.texts).toContain('Trump criticized and alienated NATO allies');
  expect(svg.texts.join(' ')).not.toContain('Trump hired Manafort');
});

test('an exported image, as drawn', async ({ page }) => {
  await openApp(page);
  const { bytes } = await exportAs(page, 'Image (SVG)');
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 1200, height: 675 });
  await viewer.setContent(
    `<body style="margin:0"><img alt="export" src="data:image/svg+xml;base64,${bytes.toString('base64')}"></body>`,
  );
  await expect(viewer.getByRole('img', { name: 'export' })).toHaveScreenshot('export-image.png');
});

test('a title with markup, quotes and a CDATA end stays text in the SVG', async ({ page }) => {
  const title = `Tom & Jerry's <b>"show"</b> ]]> <!-- end`;
  const store = {
    version: 1,
    title,
    source: { publisher: 'A & B <News>', title: '"Quoted"', published: '2020-01' },
    topics: [{ id: 'one', label: 'One <1>', color: '#1d4ed8' }],
    events: [
      {
        id: 'e',
        title: 'An <event> & more',
        date: { precision: 'day', start: '2020-03-04' },
        topics: ['one'],
      },
    ],
  };
  await openApp(page);
  await openFile(page, {
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(store)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const { name, bytes } = await exportAs(page, 'Image (SVG)');
  expect(name).toMatch(/^tom-jerry-s-b-show-b-end-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = await svgTexts(page, bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.texts).toContain(title);
  expect(svg.texts).toContain('An <event> & more');
  expect(svg.texts).toContain('Source: A & B <News>, “"Quoted"”, first published January 2020.');
});
