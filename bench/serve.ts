/**
 * A tiny zero-dependency static server for the benchmark: the app, its peers, the generated
 * stores and the peers' libraries come from one origin, so `?data=` stays same-origin for every
 * page and nothing is fetched from elsewhere.
 *
 *   /            → dist/ (the production build of the app)
 *   /built-1000/ → bench/.built-1000/ (the app with its home page built ahead of time for the
 *                  generated store of 1,000 events, which the benchmark writes: lib/built-sites.ts)
 *   /bench-data/ → bench/data/ (generated event stores)
 *   /vis/        → bench/vis/ (the vis-timeline peer page; `?cluster=1` clusters)
 *   /vis-lib/    → vis-timeline's standalone UMD build and its CSS
 *   /timelinejs/ → bench/timelinejs/ (the TimelineJS3 peer page)
 *   /tl-lib/     → TimelineJS3's dist/ (js/timeline.js, css/timeline.css, its icon font, locales)
 *   /peers/      → bench/peers/ (what the peer pages share)
 *
 * Run alone with `npx tsx bench/serve.ts [port]` (or BENCH_PORT=…) to look at the pages in a
 * browser.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { BUILT_AHEAD_SIZES, builtSiteDir, builtSitePath } from './lib/page-url.ts';

const gzipAsync = promisify(gzipCallback);

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const VIS = join(ROOT, 'node_modules/vis-timeline');
const TIMELINEJS = join(ROOT, 'node_modules/@knight-lab/timelinejs');

/** The port of `npx tsx bench/serve.ts` and of the benchmark's own server, when set. */
export function portFromEnv(fallback: number): number {
  const text = process.env.BENCH_PORT;
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`BENCH_PORT must be a port number, got "${text}"`);
  return port;
}

/** URL prefix → directories to look in, first hit wins. Only whole path segments match. */
export const MOUNTS: readonly (readonly [prefix: string, dirs: readonly string[]])[] = [
  ['/bench-data/', [join(BENCH, 'data')]],
  ['/vis-lib/', [join(VIS, 'standalone/umd'), join(VIS, 'styles')]],
  ['/vis/', [join(BENCH, 'vis')]],
  ['/tl-lib/', [join(TIMELINEJS, 'dist')]],
  ['/timelinejs/', [join(BENCH, 'timelinejs')]],
  ['/peers/', [join(BENCH, 'peers')]],
  ...BUILT_AHEAD_SIZES.map(
    (size) => [`/${builtSitePath(size)}`, [join(BENCH, builtSiteDir(size))]] as const,
  ),
  ['/', [join(ROOT, 'dist')]],
];

/** Pages whose URL without the trailing slash would break their relative links. */
const PAGE_DIRS = new Set([
  '/vis',
  '/timelinejs',
  ...BUILT_AHEAD_SIZES.map((size) => `/${builtSitePath(size).replace(/\/$/, '')}`),
]);

const MIME: Readonly<Record<string, string>> = {
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
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path to a file path inside one of the mount's directories, or null when the
 * path tries to leave it (`..`, encoded or not) or is malformed. `rest` is the path below the
 * mount prefix, still percent-encoded.
 */
export function safeJoin(dir: string, rest: string): string | null {
  let decoded: string;
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
 */
export async function findFile(pathname: string): Promise<string | null> {
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

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without a trailing slash would break the pages' relative links.
  if (PAGE_DIRS.has(pathname)) {
    res.writeHead(301, { location: `${pathname}/` }).end();
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
const gzipCache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>();

/** The file gzipped once per server and modification time: a 70 MB store takes a second to pack. */
function gzipped(file: string, mtimeMs: number): Promise<Buffer> {
  const hit = gzipCache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = readFile(file).then((raw) => gzipAsync(raw, { level: 6 }));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

export interface BenchServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 picks a free one). */
export function startServer({ port = 0 }: { port?: number } = {}): Promise<BenchServer> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  return new Promise<BenchServer>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.argv[2] ? Number(process.argv[2]) : portFromEnv(4180);
  const { url } = await startServer({ port });
  console.log(
    `Serving the app at ${url}, its peers at ${url}vis/, ${url}vis/?cluster=1 and ` +
      `${url}timelinejs/ (add ?data=/bench-data/events-1000.json for a generated store)`,
  );
}
