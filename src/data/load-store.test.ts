import { describe, expect, it } from 'vitest';
import { checkForUpdate, loadStore } from './load-store.ts';

const store = (titles: string[]) =>
  JSON.stringify({
    version: 1,
    title: 'A developing story',
    topics: [{ id: 'news', label: 'News', color: '#1d4ed8' }],
    events: titles.map((title, i) => ({
      id: `event-${i + 1}`,
      title,
      date: { precision: 'day', start: `2020-07-0${i + 1}` },
      topics: ['news'],
    })),
  });

const serving =
  (body: string | null, init: ResponseInit = {}): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));

const since = { etag: '"v1"', lastModified: null };
const PAGE = 'https://news.example/';

describe('loadStore', () => {
  it('says which version the server sent', async () => {
    const seen: unknown[] = [];
    const result = await loadStore(
      { kind: 'url', url: 'data/story.json' },
      {
        fetchImpl: serving(store(['First']), { headers: { etag: '"v1"' } }),
        onValidators: (validators) => seen.push(validators),
      },
    );
    expect(result.kind).toBe('ok');
    expect(seen).toEqual([since]);
  });
});

describe('checkForUpdate', () => {
  const check = (fetchImpl: typeof fetch) =>
    checkForUpdate({ url: 'data/story.json' }, since, { fetchImpl, pageBase: PAGE });

  it('parses nothing when the server says the store is unchanged', async () => {
    expect(await check(serving(null, { status: 304 }))).toEqual({ kind: 'unchanged' });
  });

  it('parses a changed store as a load does, with its new version', async () => {
    const result = await check(serving(store(['First', 'Second']), { headers: { etag: '"v2"' } }));
    expect(result.kind === 'updated' && result.result.dataset.events.map((e) => e.title)).toEqual([
      'First',
      'Second',
    ]);
    expect(result).toMatchObject({ validators: { etag: '"v2"' } });
  });

  it('reads a spreadsheet’s new version as the first load does', async () => {
    const csv = 'title,start,topics\nFirst,2020-07-01,news\nSecond,2020-07-02,news\n';
    const result = await checkForUpdate({ url: 'https://sheets.example/pub?output=csv' }, since, {
      fetchImpl: serving(csv, { headers: { etag: '"v2"', 'content-type': 'text/csv' } }),
      pageBase: PAGE,
    });
    expect(result.kind === 'updated' && result.result.dataset.events.map((e) => e.title)).toEqual([
      'First',
      'Second',
    ]);
  });

  it('says what is wrong with a store that turned bad, with the bad version, to ask past it', async () => {
    const result = await check(
      serving('{"version": 1, "title": ""}', { headers: { etag: '"v3"' } }),
    );
    expect(result).toMatchObject({
      kind: 'failed',
      reason: {
        code: 'not-a-timeline',
        name: 'data/story.json',
        problems: expect.arrayContaining([expect.objectContaining({ field: 'title' })]),
      },
      reached: true,
      validators: { etag: '"v3"', lastModified: null },
    });
  });

  it('keeps no version for a server that failed to send one', async () => {
    expect(await check(serving('', { status: 502 }))).toMatchObject({
      kind: 'failed',
      reason: { code: 'server-error', status: 502 },
      reached: true,
      validators: null,
    });
  });
});
