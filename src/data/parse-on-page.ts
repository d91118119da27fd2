import { decodeStore, type EncodedStore } from './decode-store.ts';
import { parseOwnJson, readJsonText } from './json-text.ts';
import { isTimelineJsJson } from './timelinejs-detect.ts';
import { failedLoad, type LoadResult, type OnRecords } from './parse-result.ts';

/**
 * parseStore for the page: the same result, but the CSV parser (and d3-dsv) is fetched only
 * when a store turns out to be CSV, and the TimelineJS reader only for TimelineJS data, so that
 * the default JSON store does not wait for either.
 */
export async function parseStoreOnPage(
  store: EncodedStore,
  onRecords?: OnRecords,
): Promise<LoadResult> {
  const decoded = decodeStore(store);
  if (!decoded.ok) return failedLoad(decoded.message);
  if (decoded.format === 'json') {
    const read = readJsonText(decoded.text, store.name);
    if (!read.ok) return read.result;
    if (!isTimelineJsJson(read.json)) return parseOwnJson(read.json, store.name, onRecords);
    // TimelineJS's reader is fetched for TimelineJS data alone.
    const { loadTimelineJsJson } = await import('./timelinejs-load.ts');
    return loadTimelineJsJson(read.json, store.name, onRecords);
  }
  const { parseCsvText } = await import('./parse-csv.ts');
  return parseCsvText(decoded.text, store.name, store.path, onRecords);
}
