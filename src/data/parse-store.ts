/**
 * From a store's bytes to a dataset and its problems, or to the reason it cannot be shown: the
 * one path every store takes, whatever its format, on the page or in the parse worker. It needs
 * no network and no page. The readers of CSV (with d3-dsv) and of TimelineJS are brought when a
 * store needs one: fetched then on the page, so that the default JSON store waits for neither,
 * already loaded in the worker (format-readers.ts). The Arrow reader (with apache-arrow, larger
 * than all the rest) is fetched when a store is Arrow, in the worker too.
 */
import { assertNever } from '../lib/assert-never.ts';
import { decodeStore, type EncodedStore } from './decode-store.ts';
import { parseJson } from './json-text.ts';
import type { LoadResult, OnRecords } from './parse-result.ts';

export type { LoadResult, OnRecords } from './parse-result.ts';

/** How the readers that not every store needs are brought. */
export interface FormatReaders {
  csv: () => Promise<Pick<typeof import('./parse-csv.ts'), 'parseCsvText'>>;
  timelineJs: () => Promise<Pick<typeof import('./timelinejs-load.ts'), 'loadTimelineJsJson'>>;
  arrow: () => Promise<Pick<typeof import('./parse-arrow.ts'), 'parseArrowBytes'>>;
}

/** Each reader fetched the first time a store needs it. */
export const READERS_ON_DEMAND: FormatReaders = {
  csv: () => import('./parse-csv.ts'),
  timelineJs: () => import('./timelinejs-load.ts'),
  arrow: () => import('./parse-arrow.ts'),
};

export async function parseStore(
  store: EncodedStore,
  onRecords?: OnRecords,
  readers: FormatReaders = READERS_ON_DEMAND,
): Promise<LoadResult> {
  const decoded = decodeStore(store);
  if (decoded.kind === 'failed') return decoded;
  switch (decoded.format) {
    case 'json':
      return parseJson(
        decoded.text,
        store.name,
        async (json) =>
          (await readers.timelineJs()).loadTimelineJsJson(json, store.name, onRecords),
        onRecords,
      );
    case 'csv': {
      const { parseCsvText } = await readers.csv();
      return parseCsvText(decoded.text, store.name, store.path, onRecords);
    }
    case 'arrow': {
      const { parseArrowBytes } = await readers.arrow();
      return parseArrowBytes(store.bytes, store.name, store.path, onRecords);
    }
    default:
      return assertNever(decoded);
  }
}
