/**
 * The readers of CSV and TimelineJS, loaded with this module: for the parse worker, which reads
 * large stores of any format, and for tests and scripts. The page brings them only when a store
 * needs one (READERS_ON_DEMAND in parse-store.ts). The Arrow reader is fetched in the worker
 * too, when a store needs it: most large stores are JSON, and the library would triple the
 * worker's code.
 */
import { parseCsvText } from './parse-csv.ts';
import type { FormatReaders } from './parse-store.ts';
import { loadTimelineJsJson } from './timelinejs-load.ts';

export const READERS_AT_HAND: FormatReaders = {
  csv: () => Promise.resolve({ parseCsvText }),
  timelineJs: () => Promise.resolve({ loadTimelineJsJson }),
  arrow: () => import('./parse-arrow.ts'),
};
