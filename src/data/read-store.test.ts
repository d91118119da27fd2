import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { DataLinkError } from './data-link-error.ts';
import { MAX_STORE_BYTES, readStore, rereadStore } from './read-store.ts';

const respond =
  (body: BodyInit | null, init: ResponseInit = {}, url = '') =>
  () => {
    const response = new Response(body, init);
    if (url) Object.defineProperty(response, 'url', { value: url });
    return Promise.resolve(response);
  };
const fromUrl = (url: string, fetchImpl: typeof fetch, extra = {}) =>
  readStore({ kind: 'url', url }, { fetchImpl, ...extra });
const message = async (result: ReturnType<typeof readStore>) => {
  const r = await result;
  return r.ok ? null : r.message;
};

describe('readStore from a link', () => {
  it('says a missing file was not found, naming it', async () => {
    expect(await message(fromUrl('data/missing.json', respond('', { status: 404 })))).toBe(
      '“data/missing.json” was not found: the server answered that there is no such file (404). Check the link.',
    );
  });

  it('says a file is not shared publicly, and other server failures', async () => {
    expect(await message(fromUrl('x.csv', respond('', { status: 403 })))).toMatch(
      /not shared publicly.*\(403\)/,
    );
    expect(await message(fromUrl('x.csv', respond('', { status: 503 })))).toBe(
      'The server could not send “x.csv” (it answered 503). Try again later.',
    );
  });

  it('says when the network fails', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await message(fromUrl('x.json', offline))).toBe(
      'Could not reach “x.json”. Check your connection and the link, then try again.',
    );
  });

  it('refuses a file declared over the limit before reading it', async () => {
    const headers = { 'content-length': String(MAX_STORE_BYTES + 1) };
    expect(await message(fromUrl('big.json', respond('{}', { headers })))).toBe(
      '“big.json” is 201 MB, over the 200 MB limit for a timeline file.',
    );
  });

  it('stops reading a body that grows past the limit without having declared its size', async () => {
    const chunk = new Uint8Array(64 * 1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 4) controller.enqueue(chunk);
        else controller.close();
      },
    });
    expect(await message(fromUrl('big.json', respond(body)))).toBe(
      '“big.json” is larger than the 200 MB limit for a timeline file.',
    );
    expect(sent).toBeLessThanOrEqual(5);
  });

  it('reports progress and keeps the content type and path for telling CSV from JSON', async () => {
    const onProgress = vi.fn();
    const result = await fromUrl(
      'https://example.com/pub?output=csv',
      respond('title,start', { headers: { 'content-type': 'text/csv' } }),
      { onProgress },
    );
    expect(result).toMatchObject({
      ok: true,
      store: { name: 'https://example.com/pub?output=csv', path: '/pub', contentType: 'text/csv' },
    });
    expect(onProgress).toHaveBeenCalledWith(11, null);
  });

  it('says what the data fetch refused, as it says it', async () => {
    const refusing = () => Promise.reject(new DataLinkError('The data link led elsewhere.'));
    expect(await message(fromUrl('data/x.json', refusing))).toBe('The data link led elsewhere.');
  });
});

describe('readStore from a file', () => {
  it('reads the bytes, and refuses one over the limit by its size alone', async () => {
    // Node's Blob: jsdom's has no arrayBuffer().
    const file = new NodeBlob(['title,start'], { type: 'text/csv' }) as unknown as Blob;
    expect(await readStore({ kind: 'file', file, name: 'mine.csv' })).toMatchObject({
      ok: true,
      store: { name: 'mine.csv', path: 'mine.csv', contentType: 'text/csv' },
    });
    const huge = { size: MAX_STORE_BYTES + 1, arrayBuffer: vi.fn() } as unknown as Blob;
    expect(await message(readStore({ kind: 'file', file: huge, name: 'huge.csv' }))).toMatch(
      /^“huge.csv” is 201 MB, over the 200 MB limit/,
    );
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('rereadStore', () => {
  const since = { etag: '"v1"', lastModified: null };
  const PAGE = 'https://news.example/timeline/';
  const recording = (response: () => Response) => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return Promise.resolve(response());
    }) as typeof fetch;
    return { calls, fetchImpl };
  };

  it('asks only for a newer version, and reads no body when there is none', async () => {
    const { calls, fetchImpl } = recording(() => new Response(null, { status: 304 }));
    const result = await rereadStore({ url: 'data/x.json' }, since, { fetchImpl, pageBase: PAGE });
    expect(result).toEqual({ status: 'unchanged' });
    expect(calls).toEqual([
      { url: 'data/x.json', init: { cache: 'no-store', headers: { 'If-None-Match': '"v1"' } } },
    ]);
  });

  it('reads a newer version, with the version it names', async () => {
    const { fetchImpl } = recording(
      () =>
        new Response('{"v":2}', { headers: { etag: '"v2"', 'content-type': 'application/json' } }),
    );
    const result = await rereadStore({ url: 'data/x.json' }, since, { fetchImpl, pageBase: PAGE });
    expect(result).toMatchObject({
      status: 'changed',
      validators: { etag: '"v2"', lastModified: null },
      store: { path: '/data/x.json', contentType: 'application/json' },
    });
  });

  it('asks another site through the browser’s cache, and takes its copy of the same version as unchanged', async () => {
    const { calls, fetchImpl } = recording(() => new Response('{}', { headers: { etag: '"v1"' } }));
    const url = 'https://sheets.example/pub?output=csv';
    const result = await rereadStore({ url }, since, { fetchImpl, pageBase: PAGE });
    expect(result).toEqual({ status: 'unchanged' });
    expect(calls).toEqual([{ url, init: { cache: 'no-cache' } }]);
  });

  it('tells a server’s failure from no answer at all', async () => {
    const failing = recording(() => new Response('', { status: 500 }));
    expect(
      await rereadStore({ url: 'x.json' }, since, { fetchImpl: failing.fetchImpl, pageBase: PAGE }),
    ).toEqual({
      status: 'failed',
      message: 'The server could not send “x.json” (it answered 500). Try again later.',
      reached: true,
    });
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(
      await rereadStore({ url: 'x.json' }, since, { fetchImpl: offline, pageBase: PAGE }),
    ).toMatchObject({
      status: 'failed',
      reached: false,
    });
  });
});
