/**
 * From a store's bytes to its text and format, or to a sentence that says, in an editor's words,
 * why the file is not timeline data: a web page served in its place, an Excel workbook, a file
 * saved as UTF-16 or in another encoding, or nothing at all.
 */

import { quoteName } from '../lib/display-text.ts';

export type StoreFormat = 'json' | 'csv';

export type DecodeResult =
  { ok: true; format: StoreFormat; text: string } | { ok: false; message: string };

export interface EncodedStore {
  bytes: Uint8Array;
  name: string;
  path: string;
  contentType: string;
}

export function decodeStore({ bytes, name, path, contentType }: EncodedStore): DecodeResult {
  if (bytes.length === 0) return fail(`${quoteName(name)} is empty: it holds no data.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return fail(
      `${quoteName(name)} is a spreadsheet workbook (such as .xlsx), not a CSV file. In your spreadsheet, download or save the sheet as “CSV (UTF-8)” and open that file.`,
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes)) {
    return fail(
      `${quoteName(name)} is saved as UTF-16 text, which the timeline does not read. Save it again as UTF-8 (in Excel: “CSV UTF-8”) and open it again.`,
    );
  }
  let text: string;
  try {
    // Drops a UTF-8 byte order mark, as Excel's "CSV UTF-8" writes one.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(
      `${quoteName(name)} is not UTF-8 text: it may be saved in another encoding, or not be a text file at all. Save it as UTF-8 (CSV UTF-8 or JSON) and open it again.`,
    );
  }
  if (text.trim() === '') return fail(`${quoteName(name)} is empty: it holds only blank space.`);
  if (/^\s*</.test(text)) {
    return fail(
      `${quoteName(name)} is a web page, not timeline data. If it is a spreadsheet's link, use the link it gives when published to the web as CSV.`,
    );
  }
  return { ok: true, format: formatOf(path, contentType, text), text };
}

/** By the file's ending, then the server's content type, then the first character. */
export function formatOf(path: string, contentType: string, text: string): StoreFormat {
  const ending = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
  if (ending === 'csv' || ending === 'tsv') return 'csv';
  if (ending === 'json') return 'json';
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a byte order mark: every other byte of plain text is zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros >= n / 3;
}

function fail(message: string): DecodeResult {
  return { ok: false, message };
}
