/**
 * Loads a store from a link or a file: reads its bytes, then parses and validates them, off the
 * page's thread when the store is large. Never throws, so the page always has something to say,
 * and says how far it has got as it goes. A store from a link can be checked again later, and is
 * read and parsed again only when its server says it has changed.
 */
import { assertNever } from '../lib/assert-never.ts';
import { parseOffThread, type ParseWorker } from './parse-off-thread.ts';
import type { Loaded, LoadResult } from './parse-result.ts';
import type { LoadFailure } from './load-failure.ts';
import {
  readStore,
  rereadStore,
  type ReadOptions,
  type RereadOptions,
  type StoreSource,
} from './read-store.ts';
import type { Validators } from './validators.ts';

export type { Loaded, LoadResult } from './parse-result.ts';
export type { LoadFailure } from './load-failure.ts';
export type { StoreSource } from './read-store.ts';

/** How far a load has got: bytes arriving, then records being read and checked. */
export type LoadProgress =
  | { stage: 'fetching'; loaded: number; total: number | null }
  | { stage: 'reading'; records: number | null };

export interface LoadOptions extends Omit<ReadOptions, 'onProgress'> {
  onProgress?: (progress: LoadProgress) => void;
  startWorker?: () => ParseWorker | null;
  /** Told the version the server named for what it sent, for checking for a newer one later. */
  onValidators?: (validators: Validators) => void;
}

export async function loadStore(
  source: StoreSource,
  { onProgress, startWorker, onValidators, ...readOptions }: LoadOptions = {},
): Promise<LoadResult> {
  const read = await readStore(source, {
    ...readOptions,
    ...(onProgress && {
      onProgress: (loaded, total) => onProgress({ stage: 'fetching', loaded, total }),
    }),
  });
  if (read.kind === 'failed') return read;
  onValidators?.(read.validators);
  onProgress?.({ stage: 'reading', records: null });
  return parseOffThread(read.store, {
    ...(onProgress && { onRecords: (records) => onProgress({ stage: 'reading', records }) }),
    ...(startWorker && { startWorker }),
  });
}

/**
 * What checking a shown store again came to. A failure that was read (a store that turned bad)
 * carries the bad version's validators, so that the next check asks past it and costs a 304
 * until the store changes again; `reached` says whether the server answered at all.
 */
export type UpdateCheck =
  | { kind: 'unchanged' }
  | { kind: 'updated'; result: Loaded; validators: Validators }
  | { kind: 'failed'; reason: LoadFailure; reached: boolean; validators: Validators | null };

export interface UpdateOptions extends RereadOptions {
  startWorker?: () => ParseWorker | null;
}

/** Asks for a store from a link again, and parses it (as loadStore does) if it has changed. */
export async function checkForUpdate(
  source: { url: string; name?: string },
  since: Validators,
  { startWorker, ...rereadOptions }: UpdateOptions = {},
): Promise<UpdateCheck> {
  const read = await rereadStore(source, since, rereadOptions);
  switch (read.kind) {
    case 'unchanged':
      return read;
    case 'failed':
      return { ...read, validators: null };
    case 'changed': {
      const result = await parseOffThread(read.store, { ...(startWorker && { startWorker }) });
      if (result.kind === 'ok') return { kind: 'updated', result, validators: read.validators };
      return { ...result, reached: true, validators: read.validators };
    }
    default:
      return assertNever(read);
  }
}
