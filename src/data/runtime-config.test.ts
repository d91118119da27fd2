import { describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig } from './runtime-config.ts';

const respond = (body: string, init: ResponseInit = {}) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, init)));

describe('loadRuntimeConfig', () => {
  it('asks for config.json beside the page, past any cached copy', async () => {
    const fetchImpl = respond('{ "allowedDataOrigins": ["https://docs.google.com"] }');
    const config = await loadRuntimeConfig(fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('config.json', { cache: 'no-cache' });
    expect(config).toEqual({
      allowedDataOrigins: ['https://docs.google.com'],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it('takes a missing file for the default, without a word', async () => {
    expect(await loadRuntimeConfig(respond('Not found', { status: 404 }))).toEqual({
      allowedDataOrigins: [],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it('takes a single-page fallback (index.html for any path) for a missing file', async () => {
    const html = respond('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    expect(await loadRuntimeConfig(html)).toEqual({
      allowedDataOrigins: [],
      allowedMediaOrigins: [],
      problems: [],
    });
  });

  it.each([
    [
      'a server error',
      respond('', { status: 500 }),
      { code: 'config-unreachable', detail: 'HTTP 500' },
    ],
    [
      'a network failure',
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch'))),
      { code: 'config-unreachable', detail: 'Failed to fetch' },
    ],
    [
      'text that is not JSON',
      respond('{ "allowedDataOrigins": [ }'),
      { code: 'config-not-json', detail: expect.any(String) },
    ],
  ])('reports %s and falls back to this site only', async (_, fetchImpl, problem) => {
    const config = await loadRuntimeConfig(fetchImpl);
    expect(config.allowedDataOrigins).toEqual([]);
    expect(config.problems).toEqual([problem]);
  });

  it('passes on what is wrong inside the file', async () => {
    const config = await loadRuntimeConfig(
      respond('{ "allowedDataOrigins": ["docs.google.com"] }'),
    );
    expect(config.problems).toEqual([
      {
        code: 'config-bad-entry',
        setting: 'allowedDataOrigins',
        index: 0,
        value: '"docs.google.com"',
        because: { code: 'origin-no-scheme' },
      },
    ]);
  });
});
