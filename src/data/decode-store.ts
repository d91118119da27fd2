/**
 * From a store's bytes to its text and format, or to the reason the file is not timeline data: a
 * web page served in its place, an Excel workbook, a file saved as UTF-16 or in another encoding,
 * or nothing at all. An Arrow IPC store is binary: it is known by its first bytes and kept as
 * bytes for its reader (parse-arrow.ts).
 */

import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';

export type TextFormat = 'json' | 'csv';

/** A text store with its text, or an Arrow store, whose reader takes the bytes as they are. */
export type DecodedStore = { format: TextFormat; text: string } | { format: 'arrow' };

export type DecodeResult = Result<DecodedStore, LoadFailure>;

export interface EncodedStore {
  bytes: Uint8Array;
  name: string;
  path: string;
  contentType: string;
}

export function decodeStore({ bytes, name, path, contentType }: EncodedStore): DecodeResult {
  if (bytes.length === 0) return failed({ code: 'empty', name });
  if (isArrowIpc(bytes)) return { kind: 'ok', format: 'arrow' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return failed({ code: 'workbook', name });
  const arrowNamed = namedArrow(path, contentType);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksUtf16(bytes)) {
    return failed({ code: arrowNamed ? 'arrow-invalid' : 'utf16', name });
  }
  let text: string;
  try {
    // Drops a UTF-8 byte order mark, as Excel's "CSV UTF-8" writes one.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return failed({ code: arrowNamed ? 'arrow-invalid' : 'not-utf8', name });
  }
  if (text.trim() === '') return failed({ code: 'blank', name });
  if (/^\s*</.test(text)) return failed({ code: 'web-page', name });
  // Named as Arrow but not beginning as Arrow does: damaged, cut off, or not Arrow at all.
  if (arrowNamed) return failed({ code: 'arrow-invalid', name });
  return { kind: 'ok', format: formatOf(path, contentType, text), text };
}

/** By the file's ending, then the server's content type, then the first character. */
export function formatOf(path: string, contentType: string, text: string): TextFormat {
  const ending = endingOf(path);
  if (ending === 'csv' || ending === 'tsv') return 'csv';
  if (ending === 'json') return 'json';
  const type = mediaTypeOf(contentType);
  if (type === 'text/csv') return 'csv';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

const endingOf = (path: string) =>
  /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();

const mediaTypeOf = (contentType: string) => contentType.split(';')[0]?.trim().toLowerCase() ?? '';

/** The endings and media types of Arrow's IPC file and stream formats (Feather 2 is the file). */
const ARROW_ENDINGS = new Set(['arrow', 'arrows', 'feather']);
const ARROW_TYPES = new Set([
  'application/vnd.apache.arrow.file',
  'application/vnd.apache.arrow.stream',
]);

function namedArrow(path: string, contentType: string): boolean {
  return ARROW_ENDINGS.has(endingOf(path) ?? '') || ARROW_TYPES.has(mediaTypeOf(contentType));
}

/**
 * Arrow's IPC file format begins with "ARROW1"; its stream format with a message, whose length
 * follows the continuation marker 0xFFFFFFFF (streams from before Arrow 0.15 lack the marker, and
 * are not read).
 */
export function isArrowIpc(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]) ||
    (bytes.length >= 8 && startsWith(bytes, [0xff, 0xff, 0xff, 0xff]))
  );
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
