/**
 * Transfer size of the JS and CSS that a page needs, compressed the way a good static host would
 * serve it (gzip -9, brotli quality 11). Files are found through the benchmark server's own URL
 * map, so what is weighed is exactly what the browser is served.
 */
import type { Browser } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { findFile } from '../serve.ts';
import { KEEP_NAMES_SHIM } from './page-hooks.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = 'http://bench.invalid/';

export interface WeighedFile {
  url: string;
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Weight {
  files: WeighedFile[];
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * The scripts and stylesheets an HTML page names: `<script src>`, and `<link href>` whose rel is
 * stylesheet or modulepreload (both are fetched before the app runs).
 * @param pagePath e.g. '' for the app, 'vis/' for a peer
 * @returns URL pathnames
 */
export async function assetsNamedBy(pagePath: string): Promise<string[]> {
  const file = await findFile(`/${pagePath}`);
  if (!file) throw new Error(`No HTML page at /${pagePath}`);
  const html = await readFile(file, 'utf8');
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const urls: string[] = [];
  for (const [tag] of withoutComments.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const src = attr('src');
    const href = attr('href');
    if (/^<script/i.test(tag) && src) urls.push(src);
    else if (/^<link/i.test(tag) && href && /^(stylesheet|modulepreload)$/i.test(attr('rel') ?? ''))
      urls.push(href);
  }
  return urls.map((url) => new URL(url, new URL(pagePath, BASE)).pathname);
}

/** Raw, gzip and brotli sizes of the files behind some URL pathnames, each and in total. */
export async function weigh(pathnames: readonly string[]): Promise<Weight> {
  const files: WeighedFile[] = [];
  for (const pathname of new Set(pathnames)) {
    const file = await findFile(pathname);
    if (!file) throw new Error(`The server has no file for ${pathname}`);
    const bytes = await readFile(file);
    files.push({
      url: pathname,
      file: relative(ROOT, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    });
  }
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/**
 * The JS and CSS a page actually fetches until it is drawn and the network has gone quiet: this
 * also catches chunks loaded by dynamic import() at start-up, which index.html does not name.
 * It also proves that the page runs offline: a request to any other origin (a web font, a CDN,
 * analytics) is an error, since it would make timings depend on the network.
 * @param url the page, with its ?data=
 * @param origin the server's origin
 */
export async function assetsFetchedAtStartup(
  browser: Browser,
  url: string,
  origin: string,
  mark: string,
  timeoutMs: number,
): Promise<string[]> {
  const context = await browser.newContext();
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  try {
    const page = await context.newPage();
    const seen: string[] = [];
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (requestUrl.origin !== origin && /^https?:$/.test(requestUrl.protocol))
        elsewhere.push(request.url());
    });
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const responseUrl = new URL(response.url());
      if ((type === 'script' || type === 'stylesheet') && responseUrl.origin === origin)
        seen.push(responseUrl.pathname);
    });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, {
      timeout: timeoutMs,
      polling: 100,
    });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs });
    if (elsewhere.length)
      throw new Error(`${url} fetched from other sites: ${[...new Set(elsewhere)].join(', ')}`);
    return seen;
  } finally {
    await context.close();
  }
}
