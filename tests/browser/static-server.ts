import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface StaticServer {
  /** With a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** The headers a `_headers` file gives every path (its `/*` block), as a host that reads it would. */
export function headersFromFile(file: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inBlock && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * A static host for a built site on its own port (its own origin): the files of `root`, the
 * `headers` on every answer, and `routes` answered by code first.
 */
export async function serveStatic({
  root,
  headers = {},
  routes = {},
  transformHtml = (html) => html,
}: {
  root?: string;
  headers?: Record<string, string>;
  routes?: Record<string, Route>;
  transformHtml?: (html: string) => string;
}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const route = routes[pathname];
    if (route) return route(request, response);
    if (!root) return notFound(response);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root)) return notFound(response);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return notFound(response);
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.setHeader('Content-Type', type);
    response.end(type.startsWith('text/html') ? transformHtml(body.toString('utf8')) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function notFound(response: ServerResponse) {
  response.statusCode = 404;
  response.end('Not found');
}
