import { decodeStore, type EncodedStore } from './decode-store.ts';
import { parseJsonText } from './parse-json.ts';
import { failedLoad, type LoadResult, type OnRecords } from './parse-result.ts';

/**
 * parseStore for the page: the same result, but the CSV parser (and d3-dsv) is fetched only
 * when a store turns out to be CSV, so that the default JSON store does not wait for it.
 */
export async function parseStoreOnPage(
  store: EncodedStore,
  onRecords?: OnRecords,
): Promise<LoadResult> {
  const decoded = decodeStore(store);
  if (!decoded.ok) return failedLoad(decoded.message);
  if (decoded.format === 'json') return parseJsonText(decoded.text, store.name, onRecords);
  const { parseCsvText } = await import('./parse-csv.ts');
  return parseCsvText(decoded.text, store.name, store.path, onRecords);
}
