import { expect, test, type Page } from '@playwright/test';
import { SEED_COUNT, ticks } from './helpers.ts';

const cronologia = (page: Page) => page.getByRole('region', { name: /^Cronología/ });

async function openSpanish(page: Page, search = '') {
  await page.goto(`./${search}`);
  await expect(cronologia(page)).toBeVisible();
  await expect(cronologia(page).getByRole('heading', { level: 2 })).toHaveText(/mostrando\s*\S/);
}

const SPANISH_MONTH =
  /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/;

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('a Spanish browser gets the interface in Spanish, with lang="es"', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openSpanish(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('searchbox', { name: 'Buscar' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filtros' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Acontecimientos mostrados' })).toHaveText(
      `Los ${SEED_COUNT} acontecimientos`,
    );
    await expect(cronologia(page).getByRole('button', { name: 'Ver todo' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Haga su propia cronología' })).toBeVisible();
    // Dates the app writes from the data's ISO dates, in Spanish; the data's own text stays.
    await expect(page.locator('.masthead__source')).toContainText(
      'primera publicación: 17 de noviembre de 2019; última actualización: julio de 2020',
    );
    // Rendered afresh, not hydrated over the English page: no mismatch to report.
    expect(errors.filter((e) => /hydrat/i.test(e))).toEqual([]);
    await expect(page.getByText('Make your own timeline')).toHaveCount(0);
  });

  test('the axis names months in Spanish once zoomed to a year', async ({ page }) => {
    await openSpanish(page);
    for (let i = 0; i < 6; i++) {
      const labels = await ticks(page);
      if (labels.some((label) => SPANISH_MONTH.test(label))) break;
      await cronologia(page).getByRole('button', { name: 'Acercar' }).click();
    }
    const labels = await ticks(page);
    expect(labels.some((label) => SPANISH_MONTH.test(label))).toBe(true);
    expect(labels.join(' ')).not.toMatch(/January|February|March|April|June|July|August/);
  });

  test('an event’s panel speaks Spanish, its data stays as written', async ({ page }) => {
    await openSpanish(page, '?event=nato-allies');
    const panel = page.getByRole('complementary', { name: 'Detalles del acontecimiento' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Copiar enlace' })).toBeVisible();
    await expect(panel.getByRole('button', { name: /Acontecimiento siguiente/ })).toBeVisible();
    // Ordinal position, Spanish words: "3 de 27".
    await expect(panel.getByText(new RegExp(`^\\d+ de ${SEED_COUNT}$`))).toBeVisible();
  });

  for (const width of [1280, 375]) {
    test(`Previous and Next keep one line each at ${width} px, named in full`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openSpanish(page, '?event=nato-allies');
      const panel = page.getByRole('complementary', { name: 'Detalles del acontecimiento' });
      const nav = panel.getByRole('navigation', { name: 'Recorrer los acontecimientos' });
      for (const [name, shown] of [
        ['Acontecimiento anterior', '← Anterior'],
        ['Acontecimiento siguiente', 'Siguiente →'],
      ] as const) {
        const button = nav.getByRole('button', { name, exact: true });
        await expect(button).toHaveText(shown);
        // Lines of text in the button: its text's boxes, a new line wherever one starts below
        // the middle of the line before.
        const lines = await button.evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const boxes = [...range.getClientRects()].sort((a, b) => a.top - b.top);
          let count = 0;
          let bottom = -Infinity;
          for (const box of boxes) {
            if (box.top + box.height / 2 > bottom) count++;
            bottom = Math.max(bottom, box.bottom);
          }
          return count;
        });
        expect(lines, name).toBe(1);
      }
    });
  }
});

test('?lang=es in an English browser gives Spanish, and the app keeps it in its addresses', async ({
  page,
}) => {
  await openSpanish(page, '?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('searchbox', { name: 'Buscar' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Buscar' }).fill('putin');
  await expect(page).toHaveURL(/[?&]q=putin/);
  await expect(page).toHaveURL(/[?&]lang=es/);
});

test('an English browser gets English, with lang="en"', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
});
