/**
 * From a store's bytes to its text and format, or to the reason the file is not timeline data: a
 * web page served in its place, an Excel workbook, a file saved as UTF-16 or in another encoding,
 * or nothing at all.
 */

import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';

export type StoreFormat = 'json' | 'csv';

export type DecodeResult = Result<{ format: StoreFormat; text: string }, LoadFailure>;

export interface EncodedStore {
  bytes: Uint8Array;
  name: string;
  path: string;
  contentType: string;
}

export function decodeStore({ bytes, name, path, contentType }: EncodedStore): DecodeResult {
  if (bytes.length === 0) return failed({ code: 'empty', name });
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return failed({ code: 'workbook', name });
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes)) {
    return failed({ code: 'utf16', name });
  }
  let text: string;
  try {
    // Drops a UTF-8 byte order mark, as Excel's "CSV UTF-8" writes one.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return failed({ code: 'not-utf8', name });
  }
  if (text.trim() === '') return failed({ code: 'blank', name });
  if (/^\s*</.test(text)) return failed({ code: 'web-page', name });
  return { kind: 'ok', format: formatOf(path, contentType, text), text };
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
