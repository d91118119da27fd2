/**
 * A tiny zero-dependency static server for the benchmark: both apps, the generated stores and
 * vis-timeline come from one origin, so `?data=` stays same-origin for both pages.
 *
 *   /            → dist/ (the production build of the app)
 *   /bench-data/ → bench/data/ (generated event stores)
 *   /vis/        → bench/vis/ (the vis-timeline peer page)
 *   /vis-lib/    → vis-timeline's standalone UMD build and its CSS
 *
 * Run alone with `node bench/serve.mjs [port]` to look at the pages in a browser.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzipAsync = promisify(gzipCallback);

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(BENCH, '..');
const VIS = join(ROOT, 'node_modules/vis-timeline');

/** URL prefix → directories to look in, first hit wins. Longest prefixes first. */
export const MOUNTS = [
  ['/bench-data/', [join(BENCH, 'data')]],
  ['/vis-lib/', [join(VIS, 'standalone/umd'), join(VIS, 'styles')]],
  ['/vis/', [join(BENCH, 'vis')]],
  ['/', [join(ROOT, 'dist')]],
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path to a file path inside one of the mount's directories, or null when the
 * path tries to leave it (`..`, encoded or not) or is malformed.
 * @param {string} dir
 * @param {string} rest the path below the mount prefix, still percent-encoded
 * @returns {string | null}
 */
export function safeJoin(dir, rest) {
  let decoded;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(dir, '.' + sep + decoded);
  return full === dir || full.startsWith(dir + sep) ? full : null;
}

/**
 * Finds the file for a URL path: a directory serves its index.html. Exported so the benchmark
 * can weigh exactly the files that the pages load.
 * @param {string} pathname
 * @returns {Promise<string | null>}
 */
export async function findFile(pathname) {
  const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
  if (!mount) return null;
  const [prefix, dirs] = mount;
  for (const dir of dirs) {
    const file = safeJoin(dir, pathname.slice(prefix.length));
    if (!file) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
    if (info?.isDirectory()) {
      const index = join(file, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  }
  return null;
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without a trailing slash would break the pages' relative links.
  if (pathname === '/vis') {
    res.writeHead(301, { location: '/vis/' }).end();
    return;
  }
  const file = await findFile(pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const info = await stat(file);
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    // Every repetition runs in a fresh browser context, so caching would not carry over anyway;
    // say so explicitly to keep runs comparable.
    'cache-control': 'no-store',
    vary: 'accept-encoding',
  };
  // Static hosts compress text (GitHub Pages, Netlify and CDNs all gzip JSON and JS), so the
  // benchmark does too, for both apps alike.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) {
    const body = await gzipped(file, info.mtimeMs);
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': info.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg)/;
/** @type {Map<string, { mtimeMs: number, body: Promise<Buffer> }>} */
const gzipCache = new Map();

/** The file gzipped once per server and modification time: a 70 MB store takes a second to pack. */
function gzipped(file, mtimeMs) {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = readFile(file).then((raw) => gzipAsync(raw, { level: 6 }));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one).
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ port = 0 } = {}) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Server error: ${error.message}\n`);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.argv[2] ?? 4180) });
  console.log(`Serving the app at ${url} and the vis-timeline peer at ${url}vis/`);
}
