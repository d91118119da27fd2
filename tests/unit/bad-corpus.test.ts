import { describe, expect, it } from 'vitest';
import {
  BAD_FILES,
  BAD_RESPONSES,
  badFileBytes,
  contentTypeOf,
  messageFor,
} from '../fixtures/bad/corpus.ts';
import { parseStore } from '../../src/data/parse-store.ts';
import { READERS_AT_HAND } from '../../src/data/format-readers.ts';
import { problemsOf, type LoadResult } from '../../src/data/parse-result.ts';
import { loadFailureText } from '../../src/app/load-failure-text.ts';
import { problemRecordText } from '../../src/ui/problem-text.ts';
import { readStore, MAX_STORE_BYTES } from '../../src/data/read-store.ts';
import { loadStore } from '../../src/data/load-store.ts';

/** The sentence the reader is given for a failure, as the page words it. */
const said = (result: LoadResult) =>
  result.kind === 'failed' ? loadFailureText(result.reason) : null;

describe('every file of the bad corpus (tests/fixtures/bad) ends in its expected message', () => {
  it.each(BAD_FILES)('%s', async (file, entry) => {
    const bytes = new Uint8Array(badFileBytes(file));
    const result = await parseStore(
      { bytes, name: file, path: file, contentType: contentTypeOf(file, entry) },
      undefined,
      READERS_AT_HAND,
    );
    if (entry.message !== undefined) {
      expect(said(result)).toBe(messageFor(entry.message, file));
      // Every sentence names the file, so that the reader knows which one to fix.
      expect(said(result)).toContain(`“${file}”`);
    } else {
      if (result.kind !== 'ok')
        throw new Error(`${file} did not load: ${JSON.stringify(result.reason)}`);
      expect(result.skipped).toBe(entry.skipped);
      expect(result.dataset.events.map((e) => e.title)).toEqual(entry.shown);
    }
    const problems = problemsOf(result).map((p) => ({
      record: problemRecordText(p.record),
      field: p.field,
    }));
    expect(problems).toHaveLength(entry.problems?.length ?? 0);
    entry.problems?.forEach((expected, i) => {
      expect(problems[i]?.record.startsWith(expected.record)).toBe(true);
      expect(problems[i]?.field).toBe(expected.field);
    });
  });

  it('names the file the same way whatever it is called, even without a file ending', async () => {
    const result = await parseStore({
      bytes: new Uint8Array(badFileBytes('web-page.json')),
      name: 'Sheet export',
      path: 'Sheet export',
      contentType: '',
    });
    expect(said(result)).toMatch(/^“Sheet export” is a web page/);
  });
});

describe('every bad answer of a server in the corpus ends in its expected message', () => {
  const url = (file: string) => `https://newsroom.example/data/${file}`;
  const fetchFor =
    (entry: (typeof BAD_RESPONSES)[number][1]): typeof fetch =>
    () => {
      if (entry.networkError) return Promise.reject(new TypeError('Failed to fetch'));
      const headers = new Headers({ 'content-type': 'application/json' });
      if (entry.contentLength) headers.set('content-length', String(entry.contentLength));
      return Promise.resolve(new Response('{}', { status: entry.status ?? 200, headers }));
    };

  it.each(BAD_RESPONSES)('%s', async (file, entry) => {
    const result = await loadStore({ kind: 'url', url: url(file) }, { fetchImpl: fetchFor(entry) });
    expect(said(result)).toBe(messageFor(entry.message, url(file)));
  });

  it('stops reading a body that runs past the limit when the server did not say its size', async () => {
    const chunk = new Uint8Array(16 * 1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const fetchImpl = () => Promise.resolve(new Response(body));
    const result = await readStore({ kind: 'url', url: url('endless.json') }, { fetchImpl });
    expect(result.kind === 'failed' && loadFailureText(result.reason)).toBe(
      `“${url('endless.json')}” is larger than the 200 MB limit for a timeline file.`,
    );
    // Cancelled soon after the limit, not read to the end of an endless stream.
    expect(sent).toBeLessThan(MAX_STORE_BYTES + 3 * chunk.byteLength);
  });

  it('refuses a picked file over the limit without reading it', async () => {
    const huge = {
      size: MAX_STORE_BYTES + 1,
      type: '',
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const result = await readStore({
      kind: 'file',
      file: huge as unknown as Blob,
      name: 'huge.json',
    });
    expect(result.kind === 'failed' && loadFailureText(result.reason)).toBe(
      '“huge.json” is 201 MB, over the 200 MB limit for a timeline file.',
    );
  });
});
