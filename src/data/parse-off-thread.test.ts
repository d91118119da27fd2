import { describe, expect, it, vi } from 'vitest';
import { makeDataset, makeMinimalDataset } from '../../scripts/lib/generated-store.ts';
import type { EncodedStore } from './decode-store.ts';
import { sendResult } from './packed-result.ts';
import { parseOffThread, type ParseWorker } from './parse-off-thread.ts';
import type { ParseResponse } from './parse-protocol.ts';
import { parseStore } from './parse-store.ts';
import { READERS_AT_HAND } from './format-readers.ts';
import { tableToIPC } from 'apache-arrow';
import { arrowTableOf } from '../../scripts/lib/arrow-table.ts';

/** Smaller than the app's, so that the tests' stores stay quick to make. */
const WORKER_FROM = 1024 * 1024;

const encode = (json: unknown, name = 'store.json'): EncodedStore => ({
  bytes: new TextEncoder().encode(JSON.stringify(json)),
  name,
  path: name,
  contentType: 'application/json',
});

/** A generated store with a few bad events, large enough for a worker. */
function largeStore(): EncodedStore {
  const store = makeDataset(3000, 2) as { events: unknown[] };
  store.events.push({ id: 'Bad Id', title: '', date: { precision: 'day', start: '2016-02-30' } });
  // Through the schema rather than the fast path: it has a key the schema drops.
  store.events.push({ ...(store.events[0] as object), id: 'with-an-extra-key', extra: 1 });
  const encoded = encode(store);
  expect(encoded.bytes.byteLength).toBeGreaterThan(WORKER_FROM);
  return encoded;
}

/**
 * Stands in for the worker: runs its steps in this thread and answers with a structured clone,
 * as a real worker's message would arrive.
 */
function inProcessWorker(): ParseWorker & { posted: Transferable[][] } {
  const worker: ParseWorker & { posted: Transferable[][] } = {
    onmessage: null,
    onerror: null,
    posted: [],
    terminate: vi.fn(),
    postMessage({ store }, transfer) {
      worker.posted.push(transfer);
      const reply = (data: ParseResponse, transfer: Transferable[] = []) =>
        queueMicrotask(() =>
          worker.onmessage?.({ data: structuredClone(data, { transfer }) } as MessageEvent),
        );
      void parseStore(store, (count) => reply({ type: 'records', count }), READERS_AT_HAND).then(
        (result) => sendResult(result, reply, 700),
      );
    },
  };
  return worker;
}

/** Parses a store large enough for a worker with this one. */
const parseLargeStoreWith = (worker: ParseWorker) =>
  parseOffThread(largeStore(), { startWorker: () => worker, workerFromBytes: WORKER_FROM });

/** How a load ends when the worker could not finish it. */
const WORKER_STOPPED = { kind: 'failed', reason: { code: 'worker-stopped', name: 'store.json' } };

describe('parseOffThread', () => {
  it('parses on the page where there are no workers, as parseStore does', async () => {
    expect(typeof Worker).toBe('undefined');
    const onRecords = vi.fn();
    const result = await parseOffThread(largeStore(), { onRecords, workerFromBytes: WORKER_FROM });
    expect(result).toEqual(await parseStore(largeStore()));
    expect(result.kind === 'ok' && result.skipped).toBe(1);
    expect(onRecords).toHaveBeenCalledWith(3002);
  });

  it('does not start a worker for a small store', async () => {
    const startWorker = vi.fn(inProcessWorker);
    const store = encode(makeMinimalDataset(20, 1));
    expect(await parseOffThread(store, { startWorker, workerFromBytes: WORKER_FROM })).toEqual(
      await parseStore(store),
    );
    expect(startWorker).not.toHaveBeenCalled();
  });

  it.each([
    ['full events, some of them bad', largeStore],
    ['minimal events', () => encode(makeMinimalDataset(20_000, 4))],
  ])('gets the same result from a worker for %s, the bytes transferred', async (_, make) => {
    const worker = inProcessWorker();
    const store = make();
    const expected = await parseStore(make());
    const onRecords = vi.fn();
    const result = await parseOffThread(store, {
      startWorker: () => worker,
      onRecords,
      workerFromBytes: WORKER_FROM,
    });
    expect(result).toEqual(expected);
    expect(worker.posted[0]).toEqual([store.bytes.buffer]);
    expect(onRecords).toHaveBeenCalledOnce();
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('gets the same result from a worker for an Arrow store as on the page', async () => {
    const arrow = (): EncodedStore => {
      const store = makeDataset(3000, 2) as { events: { title: string }[] };
      // A row the schema refuses: its problem comes back too.
      store.events.push({ ...store.events[0], title: '' } as { title: string });
      const bytes = tableToIPC(arrowTableOf(store));
      expect(bytes.byteLength).toBeGreaterThan(WORKER_FROM);
      return { bytes, name: 'store.arrow', path: 'store.arrow', contentType: '' };
    };
    const worker = inProcessWorker();
    const expected = await parseStore(arrow(), undefined, READERS_AT_HAND);
    expect(expected.kind === 'ok' && expected.skipped).toBe(1);
    const result = await parseOffThread(arrow(), {
      startWorker: () => worker,
      workerFromBytes: WORKER_FROM,
    });
    expect(result).toEqual(expected);
    expect(worker.posted).toHaveLength(1);
  });

  it('says so in a sentence when the worker fails', async () => {
    const worker = inProcessWorker();
    worker.postMessage = () => queueMicrotask(() => worker.onerror?.({} as ErrorEvent));
    expect(await parseLargeStoreWith(worker)).toMatchObject(WORKER_STOPPED);
  });

  it('says so in a sentence when a part cannot be rebuilt, instead of loading for ever', async () => {
    const worker = inProcessWorker();
    worker.postMessage = () =>
      queueMicrotask(() =>
        worker.onmessage?.({
          data: { type: 'events', events: null },
        } as unknown as MessageEvent<ParseResponse>),
      );
    expect(await parseLargeStoreWith(worker)).toMatchObject(WORKER_STOPPED);
    expect(worker.terminate).toHaveBeenCalled();
  });
});
