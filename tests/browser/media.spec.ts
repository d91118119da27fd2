import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { details, timeline } from './helpers.ts';

const DEMO = '?data=data/media-demo.json';
const BIKE_LANES_ALT = /^Bar chart of bike lanes in Riverton/;
const THIRD_PARTY = /youtube|ytimg|googlevideo|vimeo|vimeocdn/;

/** A 2×2 PNG: a picture that loads. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR42mP8z8DwnwEJMDIgAQAi8gP9vn5GgQAAAABJRU5ErkJggg==',
  'base64',
);

interface LayoutShift {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

/** Opens a page of the demo store and waits until the timeline answers. */
async function openDemo(page: Page, search = '') {
  await page.goto(`./${DEMO}${search}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A year in pictures/);
}

/** A store of one topic whose events carry the given media, served at /media-test.json. */
async function serveStore(page: Page, media: Record<string, unknown>[][]) {
  const store = {
    version: 1,
    title: 'Media test',
    topics: [{ id: 'a', label: 'A', color: '#1d4ed8' }],
    events: media.map((items, i) => ({
      id: `event-${i + 1}`,
      title: `Event ${i + 1}`,
      summary: `The text of event ${i + 1}.`,
      date: { precision: 'day', start: `2020-01-${String(i + 10)}` },
      topics: ['a'],
      media: items,
    })),
  };
  await page.route('**/media-test.json', (route) => route.fulfill({ json: store }));
}

test('a picture sits above the text, lazy and sized before it loads: nothing moves when it arrives', async ({
  page,
}) => {
  // Hold the picture back, so that it arrives after the panel is laid out.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/media-demo/bar-chart*.png', async (route: Route) => {
    await held;
    await route.continue();
  });
  await openDemo(page);
  // The store's problem is listed above the page once it is read: let that settle first.
  await expect(page.getByText('1 problem in the data')).toBeVisible();
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as {
      shifts: number;
      moved: string[];
      observer: PerformanceObserver;
    };
    w.shifts = 0;
    w.moved = [];
    w.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as LayoutShift[]) {
        // What follows the reader's own click is theirs; the picture arrives long after it.
        if (entry.hadRecentInput) continue;
        w.shifts += entry.value;
        for (const { node } of entry.sources) {
          w.moved.push(
            node instanceof Element ? `${node.tagName}.${node.className}` : String(node?.nodeName),
          );
        }
      }
    });
    w.observer.observe({ type: 'layout-shift' });
  });
  await page
    .getByRole('region', { name: /^Event by event/ })
    .getByRole('link', { name: /^Riverton’s bike lanes pass 100 kilometres/ })
    .click();
  const picture = details(page).getByRole('img', { name: BIKE_LANES_ALT });
  await expect(picture).toHaveAttribute('loading', 'lazy');
  await expect(picture).toHaveAttribute('decoding', 'async');
  await expect(picture).toHaveAttribute('srcset', /bar-chart-320\.png 320w/);
  // Where the text comes to rest once the panel has opened (it may still be scrolling into view).
  const text = details(page).getByText(/^The made-up city of Riverton/);
  let before = await text.boundingBox();
  await expect
    .poll(async () => {
      const last = before;
      await page.waitForTimeout(150);
      before = await text.boundingBox();
      return before?.y === last?.y;
    })
    .toBe(true);
  release();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const after = await details(page)
    .getByText(/^The made-up city of Riverton/)
    .boundingBox();
  expect(after?.y).toBe(before?.y);
  const shifted = await page.evaluate(() => {
    const w = window as unknown as { shifts: number; moved: string[] };
    return { shifts: w.shifts, moved: w.moved };
  });
  expect(shifted).toEqual({ shifts: 0, moved: [] });
  // The caption and the credit always show, under the picture and above the story.
  const figure = details(page).getByRole('figure');
  await expect(figure).toContainText('Kilometres of bike lanes open at the end of each year.');
  await expect(figure).toContainText('Drawing: Newsline demo');
  const figureBox = await figure.boundingBox();
  expect((figureBox?.y ?? 0) + (figureBox?.height ?? 0)).toBeLessThanOrEqual(after?.y ?? 0);
});

test('a YouTube video asks nothing of YouTube until the reader presses play, then plays without cookies', async ({
  page,
}) => {
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (THIRD_PARTY.test(new URL(request.url()).hostname)) thirdParty.push(request.url());
  });
  // The player itself is not fetched from the network in a test: its request is what counts.
  await page.route(/youtube-nocookie\.com/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }),
  );
  await openDemo(page, '&event=open-air-film-night');
  const play = details(page).getByRole('button', {
    name: 'Play video: Open-air film night on the riverbank',
  });
  await expect(play).toBeVisible();
  await expect(details(page)).toContainText('Video: Blender Foundation, CC BY 3.0');
  await page.waitForTimeout(500);
  expect(thirdParty).toEqual([]);

  await play.click();
  const player = details(page).locator('iframe');
  await expect(player).toHaveAttribute(
    'title',
    'YouTube video: Open-air film night on the riverbank',
  );
  await expect.poll(() => thirdParty.length).toBeGreaterThan(0);
  expect(thirdParty.every((url) => new URL(url).hostname === 'www.youtube-nocookie.com')).toBe(
    true,
  );
  expect(new URL(thirdParty[0] ?? '').pathname).toBe('/embed/aqz-KE-bpKQ');
});

test('Vimeo plays with do-not-track, video and sound files in the page’s own players, none by itself', async ({
  page,
}) => {
  const vimeo: string[] = [];
  await page.route(/player\.vimeo\.com/, (route) => {
    vimeo.push(route.request().url());
    return route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>player</title>',
    });
  });
  await openDemo(page, '&event=film-club-second-screening');
  await details(page)
    .getByRole('button', { name: /^Play video: / })
    .click();
  await expect.poll(() => vimeo.length).toBe(1);
  expect(new URL(vimeo[0] ?? '').searchParams.get('dnt')).toBe('1');

  await details(page).getByRole('button', { name: 'Next event' }).click();
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'The old mill’s noon bell rings again',
  );
  const sound = details(page).locator('audio');
  await expect(sound).toHaveAttribute('controls', '');
  expect(await sound.evaluate((a: HTMLAudioElement) => a.autoplay || !a.paused)).toBe(false);
  await details(page).getByRole('button', { name: 'Previous event' }).click();
  const video = details(page).locator('video');
  await expect(video).toHaveAttribute('controls', '');
  await expect(video).toHaveAttribute('poster', /clip-poster\.png$/);
  expect(await video.evaluate((v: HTMLVideoElement) => v.autoplay || !v.paused)).toBe(false);
});

test('a picture without alt text is a listed problem; a bad address or a missing file says so, and the caption stays', async ({
  page,
}) => {
  await serveStore(page, [
    [
      {
        url: 'no-such-picture.png',
        alt: 'A picture that is not there',
        caption: 'Caption one',
        credit: 'Credit one',
      },
    ],
    [{ url: 'javascript:alert(1)', caption: 'Caption two', credit: 'Credit two' }],
    [{ url: 'https://example.org/page.html', caption: 'Caption three' }],
  ]);
  await page.route('**/no-such-picture.png', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./?data=media-test.json&event=event-1');
  await expect(details(page)).toContainText('This picture could not be loaded.');
  await expect(details(page)).toContainText('Caption one Credit one');
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(details(page)).toContainText('This picture or video cannot be shown');
  await expect(details(page)).toContainText('Caption two Credit two');
  expect(await page.locator('a[href^="javascript"], img[src^="javascript"]').count()).toBe(0);
  await page.getByText(/^2 problems in the data/).click();
  await expect(page.getByText(/is not a web address/)).toBeVisible();
  await expect(
    page.getByText(/is not a picture, video or sound the timeline can tell/),
  ).toBeVisible();

  // The demo's own problem case.
  await openDemo(page);
  await page.getByText('1 problem in the data').click();
  await expect(page.getByText(/is missing: describe the picture/)).toBeVisible();
});

test('a picture from a site the policy allows shows; from another, it says the policy refused it', async ({
  page,
}) => {
  // The site as `npm run allow-origin -- --media https://images.example.org` leaves it.
  await page.route(
    (url) => url.pathname === '/' && url.searchParams.has('data'),
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /img-src 'self' data: blob:/,
        "img-src 'self' data: blob: https://images.example.org",
      );
      await route.fulfill({ response, body: html });
    },
  );
  await page.route('https://images.example.org/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: PNG }),
  );
  await serveStore(page, [
    [{ url: 'https://images.example.org/allowed.png', alt: 'An allowed picture' }],
    [
      {
        url: 'https://elsewhere.example.net/refused.png',
        alt: 'A refused picture',
        caption: 'Still captioned',
      },
    ],
  ]);
  await page.goto('./?data=media-test.json&event=event-1');
  const allowed = details(page).getByRole('img', { name: 'An allowed picture' });
  await expect
    .poll(() => allowed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(2);
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(details(page)).toContainText(
    'This picture is not shown: it is from elsewhere.example.net, which this site’s security policy does not allow.',
  );
  await expect(details(page)).toContainText('Still captioned');
});

test('the printout shows each event’s pictures with their captions and credits', async ({
  page,
}) => {
  await openDemo(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: 'Printable list of events' });
  await expect(printed).toBeVisible();
  const picture = printed.getByRole('img', { name: BIKE_LANES_ALT });
  await expect(picture).toBeVisible();
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(printed.getByRole('figure').first()).toContainText('Drawing: Newsline demo');
  // No player prints: a video's caption and credit do.
  expect(await printed.locator('iframe, video, audio, button').count()).toBe(0);
  await expect(printed).toContainText('Video: Blender Foundation, CC BY 3.0');
});

test('the footer opens the timeline with pictures', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'See a timeline with pictures' }).click();
  await expect(page).toHaveURL(/\?data=data%2Fmedia-demo\.json|\?data=data\/media-demo\.json/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A year in pictures/);
  await expect(
    page.getByRole('img', { name: /^An illustrated newspaper front page/ }),
  ).toBeVisible();
});

/** Blue pixels in a marker's thumbnail box, on the canvas: the bar chart's bars. */
async function bluesBesideLabel(page: Page, name: RegExp): Promise<number> {
  const marker = timeline(page).getByRole('button', { name });
  const box = await marker.boundingBox();
  if (!box) throw new Error(`no marker ${name}`);
  return page.locator('canvas.timeline__canvas').evaluate((canvas: HTMLCanvasElement, box) => {
    const rect = canvas.getBoundingClientRect();
    const ratio = canvas.width / rect.width;
    // The thumbnail lies under the label's first two lines: below the dot, at the label's start.
    const x = Math.round((box.x - rect.left) * ratio);
    const y = Math.round((box.y - rect.top + 17) * ratio);
    const data = canvas.getContext('2d')!.getImageData(x, y, 70 * ratio, 30 * ratio).data;
    let blues = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 200 && b > 150 && b - r > 80 && b - g > 40) blues++;
    }
    return blues;
  }, box);
}

test('markers show their pictures beside their labels, and nothing moves when the pictures arrive', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked = new Set<string>();
  await page.route('**/media-demo/*-320.png', async (route: Route) => {
    asked.add(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });
  await openDemo(page);
  // The store's problem is listed above the page once it is read: the markers' places are
  // compared from then on.
  await expect(page.getByText('1 problem in the data')).toBeVisible();
  const bikeLanes = /^Riverton’s bike lanes pass 100 kilometres/;
  await expect(timeline(page).getByRole('button', { name: bikeLanes })).toBeVisible();
  // Asked for at once, for the markers with room beside their labels; the box waits empty.
  await expect.poll(() => asked.has('/data/media-demo/bar-chart-320.png')).toBe(true);
  const markerBoxes = () =>
    page
      .locator('.timeline [data-item-key]')
      .evaluateAll((buttons) =>
        buttons.map((b) => `${b.dataset.itemKey} ${JSON.stringify(b.getBoundingClientRect())}`),
      );
  const before = await markerBoxes();
  expect(await bluesBesideLabel(page, bikeLanes)).toBe(0);

  release();
  await expect.poll(() => bluesBesideLabel(page, bikeLanes)).toBeGreaterThan(100);
  expect(await markerBoxes()).toEqual(before);
  // The sound has no picture: its label starts beside its dot, with nothing drawn before it.
  expect(await bluesBesideLabel(page, /^The old mill’s noon bell/)).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshot: a timeline with pictures, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openDemo(page);
    await expect.poll(() => bluesBesideLabel(page, /^Riverton’s bike lanes/)).toBeGreaterThan(100);
    // Every thumbnail in, and drawn in the frame after.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    // The markers' track: what a reader sees of the canvas, which may run on below it.
    await expect(timeline(page).getByRole('group', { name: 'Events' })).toHaveScreenshot(
      `media-timeline-${colorScheme}.png`,
    );
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`screenshots: an event with a picture and a video poster, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openDemo(page, '&event=bike-lanes-reach-100-km');
    const picture = details(page).getByRole('img', { name: BIKE_LANES_ALT });
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(details(page)).toHaveScreenshot(`media-image-${colorScheme}.png`);
    await page.goto(`./${DEMO}&event=open-air-film-night`);
    const poster = details(page).getByRole('button', { name: /^Play video/ });
    await expect
      .poll(() => poster.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(poster).toHaveScreenshot(`media-poster-${colorScheme}.png`);
  });
}

test('story mode shows each step’s media', async ({ page }) => {
  await openDemo(page);
  await timeline(page).getByRole('button', { name: 'Play story' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Riverton’s bike lanes pass 100 kilometres',
  );
  await expect(details(page).getByRole('img', { name: BIKE_LANES_ALT })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(
    details(page).getByRole('img', { name: /^Line chart of the river level/ }),
  ).toBeVisible();
});

test('axe finds nothing wrong with a picture, a poster and a video, light and dark', async ({
  page,
}) => {
  for (const event of ['bike-lanes-reach-100-km', 'open-air-film-night', 'river-festival']) {
    await openDemo(page, `&event=${event}`);
    await expect(details(page).getByRole('figure')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('.details').analyze();
      expect(results.violations.map((v) => `${event}, ${colorScheme}: ${v.id} ${v.help}`)).toEqual(
        [],
      );
    }
  }
});
