/**
 * Parses a store's bytes in a worker when it is large enough to freeze the page, on the page
 * otherwise: a worker costs some tens of milliseconds to start, which a small store does not
 * repay. Where there are no workers (tests in jsdom, very old browsers) it parses on the page.
 */
import type { EncodedStore } from './decode-store.ts';
import type { ParseRequest, ParseResponse } from './parse-protocol.ts';
import { parseStore } from './parse-store.ts';
import type { LoadResult, OnRecords } from './parse-result.ts';
import { currentLocale } from '../i18n/locale.ts';
import { failed } from './result.ts';

/**
 * Stores from this size on are parsed in a worker: about 12,000 full events, or 70,000 minimal.
 * Below it, parsing on the page holds it for a few hundred milliseconds at most, less than a
 * worker's start and the trip back add to the first render (10,000 full events drew later in one).
 */
export const WORKER_FROM_BYTES = 8 * 1024 * 1024;

/** The part of a Worker used here, so that tests can stand in for one. */
export interface ParseWorker {
  postMessage(message: ParseRequest, transfer: Transferable[]): void;
  onmessage: ((message: MessageEvent<ParseResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A module worker from a same-origin file, as a `worker-src 'self'` policy allows. */
export function startParseWorker(): ParseWorker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./parse-worker.ts', import.meta.url), {
    type: 'module',
    name: 'parse-store',
  });
}

export interface OffThreadOptions {
  onRecords?: OnRecords;
  startWorker?: () => ParseWorker | null;
  /** The size from which a worker parses; WORKER_FROM_BYTES unless a test says otherwise. */
  workerFromBytes?: number;
}

export function parseOffThread(
  store: EncodedStore,
  {
    onRecords,
    startWorker = startParseWorker,
    workerFromBytes = WORKER_FROM_BYTES,
  }: OffThreadOptions = {},
): Promise<LoadResult> {
  const worker = store.bytes.byteLength >= workerFromBytes ? startWorker() : null;
  if (!worker) return parseStore(store, onRecords);
  // Fetched while the worker parses: only a page that uses the worker needs it.
  const receiving = import('./packed-result.ts').then((m) => m.resultReceiver());
  return new Promise((resolve) => {
    let finished = false;
    const finish = (result: LoadResult) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      resolve(result);
    };
    // The bytes went to the worker, so there is nothing left to parse here.
    const stopped = () => finish(failed({ code: 'worker-stopped', name: store.name }));
    worker.onmessage = ({ data }) => {
      if (data.type === 'records') onRecords?.(data.count);
      // In the order they came: each part is rebuilt while the worker packs the next. A part
      // that cannot be rebuilt (its code not loaded, say) ends the load with a sentence.
      else
        receiving
          .then((receive) => {
            const result = receive(data);
            if (result) finish(result);
          })
          .catch(stopped);
    };
    worker.onerror = stopped;
    // Transferred, not copied: the page does not need the bytes again.
    worker.postMessage({ store, locale: currentLocale() }, [store.bytes.buffer as ArrayBuffer]);
  });
}
