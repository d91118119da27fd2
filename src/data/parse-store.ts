/**
 * From a store's bytes to a dataset and its problems, or to one plain sentence: the part of
 * loading that needs no network and no page, so that it can run in a worker. It holds the CSV
 * parser: the page itself parses through parse-on-page.ts, which loads that only for CSV.
 */
import { decodeStore, type EncodedStore } from './decode-store.ts';
import { parseCsvText } from './parse-csv.ts';
import { parseJsonText } from './parse-json.ts';
import { failedLoad, type LoadResult, type OnRecords } from './parse-result.ts';

export type { LoadResult, OnRecords } from './parse-result.ts';
export { parseJsonText } from './parse-json.ts';
export { csvColumnOf, parseCsvText } from './parse-csv.ts';

export function parseStore(store: EncodedStore, onRecords?: OnRecords): LoadResult {
  const decoded = decodeStore(store);
  if (!decoded.ok) return failedLoad(decoded.message);
  return decoded.format === 'csv'
    ? parseCsvText(decoded.text, store.name, store.path, onRecords)
    : parseJsonText(decoded.text, store.name, onRecords);
}
