/**
 * Parsing an Arrow IPC store (file or stream format), with apache-arrow: loaded only when a store
 * is Arrow, on the page and in the parse worker alike (READERS_ON_DEMAND in parse-store.ts), as
 * the library is larger than the rest of the data layer.
 */
import { tableFromIPC, type Table } from 'apache-arrow';
import { arrowColumnOf, readArrowTable } from './arrow-store.ts';
import { rowNaming } from './schema.ts';
import {
  validateStore,
  withProblemsBefore,
  type LoadResult,
  type OnRecords,
} from './parse-result.ts';
import { failed } from './result.ts';

export function parseArrowBytes(
  bytes: Uint8Array,
  name: string,
  path = name,
  onRecords?: OnRecords,
): LoadResult {
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    // The library reads buffers compressed with LZ4 or ZSTD only with a codec registered, and
    // the app carries none: say so, rather than call the file damaged.
    const message = error instanceof Error ? error.message : '';
    return failed({ code: /compress/i.test(message) ? 'arrow-compressed' : 'arrow-invalid', name });
  }
  let read;
  try {
    read = readArrowTable(table, name, path);
  } catch {
    // A file whose header reads but whose buffers do not (cut off, damaged) fails only here.
    return failed({ code: 'arrow-invalid', name });
  }
  if (read.kind === 'failed') return read;
  onRecords?.(read.store.rows);
  // Rows are counted from 1, the first row of data: an Arrow table has no header row.
  const result = validateStore(read.store.json, name, rowNaming([], arrowColumnOf));
  return withProblemsBefore(result, read.store.problems);
}
