/**
 * Writes the pages built ahead of time into dist/, after `vite build`: the home page and one page
 * per event of the bundled store (`e/<id>/index.html`), each with the app's markup, its head tags
 * (description, Open Graph, Twitter card, canonical, oEmbed discovery), its oEmbed JSON and its
 * preview image, and its picture of the timeline (lib/timeline-pictures.ts), with the stylesheet
 * that shows it. Absolute URLs come from SITE_URL. `--store` publishes another store as the
 * site's own first, `--home-only` leaves out the event pages (lib/prerender-options.ts).
 *
 * Usage: SITE_URL=https://example.org/timeline/ tsx scripts/prerender.ts [--store FILE]
 *        [--home-only] [distDir]
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { problemLine } from '../src/ui/problem-text.ts';
import { inlineCode } from '../build/csp.ts';
import { parseJsonText } from '../src/data/parse-json.ts';
import { loadFailureText } from '../src/app/load-failure-text.ts';
import type { Dataset } from '../src/data/schema.ts';
import { embedSnippet } from '../src/lib/embed-snippet.ts';
import { eventPagePath, pageTitle } from '../src/state/event-page.ts';
import { DEFAULT_DATA_URL } from '../src/app/start-app.ts';
import {
  checkTemplate,
  fillPage,
  headTags,
  oembedJson,
  DEFAULT_SITE_URL,
  shortenAtWord,
  siteRoot,
  siteUrlWarning,
  type PageMeta,
} from './lib/page-head.ts';
import { eventPreviewCard, homePreviewCard } from './lib/dataset-previews.ts';
import { localPicture } from './lib/local-picture.ts';
import { writePreviewImages, type PreviewJob } from './lib/preview-batch.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview-image.ts';
import type { Loaded } from '../src/data/parse-result.ts';
import { openBrowserMeasure } from './lib/browser-measure.ts';
import {
  parsePrerenderArgs,
  PRERENDER_USAGE,
  type PrerenderOptions,
} from './lib/prerender-options.ts';
import type { TimelinePictures } from './lib/timeline-pictures.ts';

interface Page {
  /** Relative to the root: "" for the home page, "e/<id>/" for an event's. */
  dir: string;
  eventId: string | null;
  title: string;
  headline: string;
  description: string;
  type: PageMeta['type'];
  imageName: string;
  /** What its preview image shows. */
  preview: (path: string) => PreviewJob;
  /** The query string the embed snippet carries. */
  embedSearch: string;
}

/**
 * `storeFile` and `root` place the store on the site, for its events' own pictures; `which` says
 * whether the events get pages.
 */
function pagesOf(
  dataset: Dataset,
  storeFile: string,
  root: string,
  which: PrerenderOptions['pages'],
): Page[] {
  const home: Page = {
    dir: '',
    eventId: null,
    title: dataset.title,
    headline: dataset.title,
    description: shortenAtWord(dataset.description || dataset.title),
    type: 'website',
    imageName: 'home.png',
    preview: (path) => ({ kind: 'home', path, card: homePreviewCard(dataset) }),
    embedSearch: '',
  };
  if (which === 'home') return [home];
  const events = dataset.events.map((event): Page => {
    return {
      dir: eventPagePath(event.id),
      eventId: event.id,
      title: pageTitle(dataset.title, event.title),
      headline: event.title,
      description: shortenAtWord(event.summary || event.title),
      type: 'article',
      imageName: `${event.id}.png`,
      preview: (path) => ({
        kind: 'event',
        path,
        card: eventPreviewCard(dataset, event, localPicture(event, storeFile, root)),
      }),
      embedSearch: `?event=${encodeURIComponent(event.id)}`,
    };
  });
  return [home, ...events];
}

async function prerender(options: PrerenderOptions, site: string): Promise<void> {
  const started = performance.now();
  const dist = path.resolve(options.dist);
  // The server render runs React's production build, as the client does.
  process.env.NODE_ENV = 'production';
  const { renderApp, openPage } = await import('../src/app/server-entry.tsx');
  const template = await readFile(path.join(dist, 'index.html'), 'utf8');
  checkTemplate(template);
  const storePath = path.join(dist, DEFAULT_DATA_URL);
  const storeText = await readFile(options.store ?? storePath, 'utf8');
  const loaded = parseJsonText(storeText, path.basename(options.store ?? DEFAULT_DATA_URL));
  if (loaded.kind === 'failed')
    throw new Error(
      `${options.store ?? `The bundled store (${DEFAULT_DATA_URL})`} did not load: ${loadFailureText(loaded.reason)}`,
    );
  // The home page opens the site's own store: a store the pages show must be that one, or the
  // app would take over a picture of one store with the events of another.
  if (options.store !== null) await writeFile(storePath, storeText);
  const dataset = loaded.dataset;
  if (loaded.problems.length) {
    // The build serves what the app would show, notice included; the problems are the data's to
    // fix, so the newsroom reads them here first.
    console.warn(
      [
        `prerender: ${options.store ?? DEFAULT_DATA_URL} has ${loaded.problems.length} problem(s); the pages show them as the app does:`,
        ...loaded.problems.map((p) => `  ${problemLine(p)}`),
      ].join('\n'),
    );
  }

  await mkdir(path.join(dist, 'og'), { recursive: true });
  const pages = pagesOf(dataset, storePath, dist, options.pages);
  const pictures = await picturesOf(
    loaded,
    pages.map((page) => page.eventId),
    openPage,
  );
  const picturesLink = pictures ? await writePicturesCss(dist, pictures.css) : '';
  for (const page of pages) {
    const url = new URL(page.dir, site).href;
    const imageUrl = new URL(`og/${page.imageName}`, site).href;
    const oembedUrl = new URL('oembed.json', url).href;
    const head = headTags({
      title: page.title,
      headline: page.headline,
      description: page.description,
      url,
      type: page.type,
      siteName: dataset.title,
      image: { url: imageUrl, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, alt: page.headline },
      oembedUrl,
    });
    const appHtml = await renderApp(
      loaded,
      page.eventId,
      pictures?.markup.get(page.eventId) ?? null,
    );
    const depth = page.dir.split('/').filter(Boolean).length;
    const html = fillPage(template, {
      title: page.title,
      head: head + picturesLink,
      appHtml,
      base: depth ? '../'.repeat(depth) : null,
    });
    const inline = inlineCode(html);
    if (inline.length) {
      throw new Error(
        `${page.dir}index.html has inline code the Content-Security-Policy would block: ${inline.slice(0, 3).join(', ')}`,
      );
    }
    const dir = path.join(dist, page.dir);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.html'), html);
    await writeFile(
      path.join(dir, 'oembed.json'),
      oembedJson({
        title: page.headline,
        providerName: dataset.title,
        providerUrl: site,
        html: embedSnippet(site, page.embedSearch),
        thumbnail: { url: imageUrl, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT },
      }),
    );
  }
  // All images at once, on worker threads: one after another they would be most of the build.
  const imageStart = performance.now();
  await writePreviewImages(
    pages.map((page) => page.preview(path.join(dist, 'og', page.imageName))),
  );
  const imageMs = performance.now() - imageStart;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `prerender: ${pages.length} pages for ${site} in ${seconds(performance.now() - started)} s (preview images ${seconds(imageMs)} s)`,
  );
}

/** The timeline's pictures, or null (said why) where no browser can measure their texts. */
async function picturesOf(
  loaded: Extract<Loaded, { kind: 'ok' }>,
  eventIds: readonly (string | null)[],
  openPage: (loaded: Loaded, eventId: string | null) => void,
): Promise<TimelinePictures | null> {
  const browser = await openBrowserMeasure();
  if (typeof browser === 'string') {
    console.warn(
      `prerender: ${browser}: the pages show no picture of the timeline before the app draws it`,
    );
    return null;
  }
  try {
    // Loaded as the server entry is, once React's production build is chosen.
    const { drawTimelinePictures } = await import('./lib/timeline-pictures.ts');
    return await drawTimelinePictures(loaded, eventIds, openPage, browser);
  } finally {
    await browser.close();
  }
}

/** The pictures' stylesheet, named by its content; the tag that links it. */
async function writePicturesCss(dist: string, css: string): Promise<string> {
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 8);
  const file = `assets/timeline-pictures-${hash}.css`;
  await writeFile(path.join(dist, file), css);
  return `\n    <link rel="stylesheet" href="${file}" />`;
}

let command;
try {
  command = parsePrerenderArgs(process.argv.slice(2));
} catch (error) {
  console.error(
    `prerender: ${error instanceof Error ? error.message : String(error)}\n\n${PRERENDER_USAGE}`,
  );
  process.exit(2);
}
if (command.kind === 'help') {
  console.log(PRERENDER_USAGE);
} else {
  const warning = siteUrlWarning(process.env.SITE_URL, DEFAULT_SITE_URL);
  if (warning) console.warn(`\n${warning}\n`);
  await prerender(command.options, siteRoot(process.env.SITE_URL, DEFAULT_SITE_URL));
}
