/**
 * Loads a store from a link or a file: reads its bytes, then parses and validates them. Never
 * throws, so the page always has something to say.
 */
import { parseStore, type LoadResult } from './parse-store.ts';
import { readStore, type ReadOptions, type StoreSource } from './read-store.ts';

export type { LoadResult } from './parse-store.ts';
export type { StoreSource } from './read-store.ts';

export async function loadStore(
  source: StoreSource,
  options: ReadOptions = {},
): Promise<LoadResult> {
  const read = await readStore(source, options);
  if (!read.ok) return { status: 'failed', message: read.message, problems: [] };
  return parseStore(read.store);
}
