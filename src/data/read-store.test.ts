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
const reasonOf = async (result: ReturnType<typeof readStore>) => {
  const r = await result;
  return r.kind === 'ok' ? null : r.reason;
};

describe('readStore from a link', () => {
  it('says a missing file was not found, naming it', async () => {
    expect(await reasonOf(fromUrl('data/missing.json', respond('', { status: 404 })))).toEqual({
      code: 'not-found',
      name: 'data/missing.json',
      status: 404,
    });
  });

  it('says a file is not shared publicly, and other server failures', async () => {
    expect(await reasonOf(fromUrl('x.csv', respond('', { status: 403 })))).toEqual({
      code: 'not-shared',
      name: 'x.csv',
      status: 403,
    });
    expect(await reasonOf(fromUrl('x.csv', respond('', { status: 503 })))).toEqual({
      code: 'server-error',
      name: 'x.csv',
      status: 503,
    });
  });

  it('says when the network fails', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await reasonOf(fromUrl('x.json', offline))).toEqual({
      code: 'unreachable',
      name: 'x.json',
    });
  });

  it('refuses a file declared over the limit before reading it', async () => {
    const headers = { 'content-length': String(MAX_STORE_BYTES + 1) };
    expect(await reasonOf(fromUrl('big.json', respond('{}', { headers })))).toEqual({
      code: 'too-large',
      name: 'big.json',
      megabytes: 201,
    });
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
    expect(await reasonOf(fromUrl('big.json', respond(body)))).toEqual({
      code: 'too-large',
      name: 'big.json',
      megabytes: null,
    });
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
      kind: 'ok',
      store: { name: 'https://example.com/pub?output=csv', path: '/pub', contentType: 'text/csv' },
    });
    expect(onProgress).toHaveBeenCalledWith(11, null);
  });

  it('passes on why the data fetch refused the link', async () => {
    const refusal = { code: 'led-elsewhere', link: 'data/x.json', origin: null } as const;
    const refusing = () => Promise.reject(new DataLinkError(refusal));
    expect(await reasonOf(fromUrl('data/x.json', refusing))).toEqual({
      code: 'link-refused',
      refusal,
    });
  });
});

describe('readStore from a file', () => {
  it('reads the bytes, and refuses one over the limit by its size alone', async () => {
    // Node's Blob: jsdom's has no arrayBuffer().
    const file = new NodeBlob(['title,start'], { type: 'text/csv' }) as unknown as Blob;
    expect(await readStore({ kind: 'file', file, name: 'mine.csv' })).toMatchObject({
      kind: 'ok',
      store: { name: 'mine.csv', path: 'mine.csv', contentType: 'text/csv' },
    });
    const huge = { size: MAX_STORE_BYTES + 1, arrayBuffer: vi.fn() } as unknown as Blob;
    expect(await reasonOf(readStore({ kind: 'file', file: huge, name: 'huge.csv' }))).toEqual({
      code: 'too-large',
      name: 'huge.csv',
      megabytes: 201,
    });
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
    expect(result).toEqual({ kind: 'unchanged' });
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
      kind: 'changed',
      validators: { etag: '"v2"', lastModified: null },
      store: { path: '/data/x.json', contentType: 'application/json' },
    });
  });

  it('asks another site through the browser’s cache, and takes its copy of the same version as unchanged', async () => {
    const { calls, fetchImpl } = recording(() => new Response('{}', { headers: { etag: '"v1"' } }));
    const url = 'https://sheets.example/pub?output=csv';
    const result = await rereadStore({ url }, since, { fetchImpl, pageBase: PAGE });
    expect(result).toEqual({ kind: 'unchanged' });
    expect(calls).toEqual([{ url, init: { cache: 'no-cache' } }]);
  });

  it('tells a server’s failure from no answer at all', async () => {
    const failing = recording(() => new Response('', { status: 500 }));
    expect(
      await rereadStore({ url: 'x.json' }, since, { fetchImpl: failing.fetchImpl, pageBase: PAGE }),
    ).toEqual({
      kind: 'failed',
      reason: { code: 'server-error', name: 'x.json', status: 500 },
      reached: true,
    });
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(
      await rereadStore({ url: 'x.json' }, since, { fetchImpl: offline, pageBase: PAGE }),
    ).toMatchObject({
      kind: 'failed',
      reason: { code: 'unreachable', name: 'x.json' },
      reached: false,
    });
  });
});
