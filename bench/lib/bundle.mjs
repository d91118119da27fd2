/**
 * Transfer size of the JS and CSS that a page needs, compressed the way a good static host would
 * serve it (gzip -9, brotli quality 11). Files are found through the benchmark server's own URL
 * map, so what is weighed is exactly what the browser is served.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { findFile } from '../serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = 'http://bench.invalid/';

/**
 * The scripts and stylesheets an HTML page names: `<script src>`, and `<link href>` whose rel is
 * stylesheet or modulepreload (both are fetched before the app runs).
 * @param {string} pagePath e.g. '' for the app, 'vis/' for the peer
 * @returns {Promise<string[]>} URL pathnames
 */
export async function assetsNamedBy(pagePath) {
  const file = await findFile(`/${pagePath}`);
  if (!file) throw new Error(`No HTML page at /${pagePath}`);
  const html = await readFile(file, 'utf8');
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const urls = [];
  for (const [tag] of withoutComments.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.push(attr('src'));
    else if (/^<link/i.test(tag) && /^(stylesheet|modulepreload)$/i.test(attr('rel') ?? ''))
      urls.push(attr('href'));
  }
  return urls.map((url) => new URL(url, new URL(pagePath, BASE)).pathname);
}

/**
 * Raw, gzip and brotli sizes of the files behind some URL pathnames, each and in total.
 * @param {string[]} pathnames
 */
export async function weigh(pathnames) {
  const files = [];
  for (const pathname of [...new Set(pathnames)]) {
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
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/**
 * The JS and CSS a page actually fetches until it is drawn and the network has gone quiet: this
 * also catches chunks loaded by dynamic import() at start-up, which index.html does not name.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the page, with its ?data=
 * @param {string} origin the server's origin, to leave out anything else
 */
export async function assetsFetchedAtStartup(browser, url, origin, mark, timeoutMs) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const seen = [];
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
    return seen;
  } finally {
    await context.close();
  }
}
