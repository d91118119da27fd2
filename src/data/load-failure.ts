/**
 * Why a store could not be shown at all, as data: src/i18n/messages.ts words each reason for the
 * reader (`loadFailure`), in their language. `name` is what the reader knows the store by: the
 * file's name, or the link as written.
 */
import type { Problem } from './schema.ts';
import type { ArrowWanted } from './problem.ts';

export type LoadFailure =
  /** Reading the bytes: the file, the network, the server. */
  | { code: 'too-large'; name: string; megabytes: number | null }
  | { code: 'file-unreadable'; name: string }
  | { code: 'unreachable'; name: string }
  /** A data link the app will not follow, and which rule refused it. */
  | { code: 'link-refused'; refusal: LinkRefusal }
  | { code: 'connection-broke'; name: string }
  | { code: 'not-found' | 'not-shared' | 'server-error'; name: string; status: number }
  | { code: 'worker-stopped'; name: string }
  /** Decoding the bytes: what the file is instead of timeline data. */
  | { code: 'empty' | 'blank' | 'workbook' | 'utf16' | 'not-utf8' | 'web-page'; name: string }
  /** Reading the text: JSON that does not parse, a CSV without a column it needs. */
  | { code: 'json-cut-off' | 'json-invalid'; name: string }
  | { code: 'json-mistake'; name: string; line: number; column: number }
  | { code: 'csv-column-missing'; name: string; column: string }
  /**
   * Reading an Arrow store: bytes that do not read as Arrow, buffers compressed with a codec the
   * app does not carry, a column it needs that is missing or of a type it cannot read.
   */
  | { code: 'arrow-invalid' | 'arrow-compressed'; name: string }
  | { code: 'arrow-column-missing'; name: string; column: string }
  | { code: 'arrow-column-type'; name: string; column: string; type: string; wanted: ArrowWanted }
  /** Checking the data: the frame is wrong (no topics, no list of events), so nothing shows. */
  | { code: 'not-a-timeline'; name: string; problems: Problem[] }
  /**
   * Worded by the app already: the page's address names no store it can read, or a failure is
   * said together with a broken config.json.
   */
  | { code: 'worded'; text: string; problems: Problem[] };

/** Why a data link was not followed: `link` is as the page's address wrote it. */
export type LinkRefusal =
  /** It, or a redirect, led to a site config.json does not list (`origin` when known). */
  | { code: 'led-elsewhere'; link: string; origin: string | null }
  /** config.json lists the site, but the page's security policy, written at build time, does not. */
  | { code: 'blocked-by-policy'; link: string; origin: string }
  /** It redirects to an address that could not be loaded. */
  | { code: 'redirect-failed'; link: string };
