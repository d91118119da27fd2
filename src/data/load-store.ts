/**
 * Loads a store from a link or a file: reads its bytes, then parses and validates them, off the
 * page's thread when the store is large. Never throws, so the page always has something to say,
 * and says how far it has got as it goes.
 */
import { parseOffThread, type ParseWorker } from './parse-off-thread.ts';
import type { LoadResult } from './parse-result.ts';
import { readStore, type ReadOptions, type StoreSource } from './read-store.ts';

export type { LoadResult } from './parse-result.ts';
export type { StoreSource } from './read-store.ts';

/** How far a load has got: bytes arriving, then records being read and checked. */
export type LoadProgress =
  | { stage: 'fetching'; loaded: number; total: number | null }
  | { stage: 'reading'; records: number | null };

export interface LoadOptions extends Omit<ReadOptions, 'onProgress'> {
  onProgress?: (progress: LoadProgress) => void;
  startWorker?: () => ParseWorker | null;
}

export async function loadStore(
  source: StoreSource,
  { onProgress, startWorker, ...readOptions }: LoadOptions = {},
): Promise<LoadResult> {
  const read = await readStore(source, {
    ...readOptions,
    ...(onProgress && {
      onProgress: (loaded, total) => onProgress({ stage: 'fetching', loaded, total }),
    }),
  });
  if (!read.ok) return { status: 'failed', message: read.message, problems: [] };
  onProgress?.({ stage: 'reading', records: null });
  return parseOffThread(read.store, {
    ...(onProgress && { onRecords: (records) => onProgress({ stage: 'reading', records }) }),
    ...(startWorker && { startWorker }),
  });
}
