/**
 * Why a store could not be shown at all, as data: src/i18n/messages.ts words each reason for the
 * reader (`loadFailure`), in their language. `name` is what the reader knows the store by: the
 * file's name, or the link as written.
 */
import type { Problem } from './schema.ts';

export type LoadFailure =
  /** Reading the bytes: the file, the network, the server. */
  | { code: 'too-large'; name: string; megabytes: number | null }
  | { code: 'file-unreadable'; name: string }
  | { code: 'unreachable'; name: string }
  /** A data link the app will not follow, in the words of the policy that refused it. */
  | { code: 'link-refused'; text: string }
  | { code: 'connection-broke'; name: string }
  | { code: 'not-found' | 'not-shared' | 'server-error'; name: string; status: number }
  | { code: 'worker-stopped'; name: string }
  /** Decoding the bytes: what the file is instead of timeline data. */
  | { code: 'empty' | 'blank' | 'workbook' | 'utf16' | 'not-utf8' | 'web-page'; name: string }
  /** Reading the text: JSON that does not parse, a CSV without a column it needs. */
  | { code: 'json-cut-off' | 'json-invalid'; name: string }
  | { code: 'json-mistake'; name: string; line: number; column: number }
  | { code: 'csv-column-missing'; name: string; column: string }
  /** Checking the data: the frame is wrong (no topics, no list of events), so nothing shows. */
  | { code: 'not-a-timeline'; name: string; problems: Problem[] }
  /**
   * Worded by the app already: the page's address names no store it can read, or a failure is
   * said together with a broken config.json.
   */
  | { code: 'worded'; text: string; problems: Problem[] };
