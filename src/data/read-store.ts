/**
 * Reading a store's bytes from where the reader or the link says it is: a web address or a file
 * picked on their own computer (read in the browser, never uploaded). Every failure becomes one
 * sentence an editor can act on, naming the file.
 */

import { assertNever } from '../lib/assert-never.ts';
import { DataLinkError } from './data-link-error.ts';
import { quoteName } from '../lib/display-text.ts';
import {
  NO_VALIDATORS,
  recheckRequest,
  sameVersion,
  validatorsOf,
  type Validators,
} from './validators.ts';

/** Where a store comes from. */
export type StoreSource =
  /** `name`: the link as the reader wrote it, when `url` is that link resolved. */
  { kind: 'url'; url: string; name?: string } | { kind: 'file'; file: Blob; name: string };

/** The largest store the app opens: about a million short events, well past any newsroom's. */
export const MAX_STORE_BYTES = 200 * 1024 * 1024;
export const MAX_STORE_SIZE_TEXT = '200 MB';

export interface StoreBytes {
  bytes: Uint8Array;
  /** What the reader knows the store by: the file's name, or the link as written. */
  name: string;
  /** The file name or the URL's path, for telling CSV from JSON by extension. */
  path: string;
  contentType: string;
}

export type ReadResult =
  | {
      ok: true;
      store: StoreBytes;
      /** The version the server named, for checking later whether the store has changed. */
      validators: Validators;
    }
  | { ok: false; message: string };

export interface ReadOptions {
  /** For data links, `allowedDataFetch`: it refuses what a redirect brings from elsewhere. */
  fetchImpl?: typeof fetch;
  /** Called as bytes arrive: loaded and, when known, total. */
  onProgress?: (loaded: number, total: number | null) => void;
}

export async function readStore(
  source: StoreSource,
  options: ReadOptions = {},
): Promise<ReadResult> {
  switch (source.kind) {
    case 'file':
      return readFile(source.file, source.name);
    case 'url':
      return readUrl(source.url, source.name ?? source.url, options);
    default:
      return assertNever(source);
  }
}

async function readFile(file: Blob, name: string): Promise<ReadResult> {
  if (file.size > MAX_STORE_BYTES) return { ok: false, message: tooLarge(name, file.size) };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return {
      ok: true,
      store: { bytes, name, path: name, contentType: file.type },
      validators: NO_VALIDATORS,
    };
  } catch {
    return { ok: false, message: `${quoteName(name)} could not be read from your computer.` };
  }
}

async function readUrl(url: string, name: string, options: ReadOptions): Promise<ReadResult> {
  const fetched = await fetchStore(url, name, options.fetchImpl ?? fetch);
  if (!fetched.ok) return { ok: false, message: fetched.message };
  const { response } = fetched;
  if (!response.ok) return { ok: false, message: httpFailure(name, response.status) };
  return readResponse(response, url, name, options.onProgress);
}

/** What asking for a store again came to. `reached`: whether the server answered at all. */
export type RereadResult =
  | { status: 'unchanged' }
  | { status: 'changed'; store: StoreBytes; validators: Validators }
  | { status: 'failed'; message: string; reached: boolean };

export interface RereadOptions {
  fetchImpl?: typeof fetch;
  /**
   * The page's base address, which a relative store address is read against: only a store on
   * the page's own site is asked with headers of ours.
   */
  pageBase?: string | null;
}

/**
 * Asks for a store already shown, again, only if it has changed since the version `since` names:
 * an unchanged store is a 304 (or, from another site, the browser's revalidated copy, which
 * names the same version), and its body is not read.
 */
export async function rereadStore(
  source: { url: string; name?: string },
  since: Validators,
  {
    fetchImpl = fetch,
    pageBase = typeof document === 'undefined' ? null : document.baseURI,
  }: RereadOptions = {},
): Promise<RereadResult> {
  const name = source.name ?? source.url;
  const fetched = await fetchStore(
    source.url,
    name,
    fetchImpl,
    recheckRequest(since, pageBase !== null && sameSite(source.url, pageBase)),
  );
  if (!fetched.ok) {
    return { status: 'failed', message: fetched.message, reached: fetched.reached };
  }
  const { response } = fetched;
  if (response.status === 304) return { status: 'unchanged' };
  if (!response.ok) {
    return { status: 'failed', message: httpFailure(name, response.status), reached: true };
  }
  const validators = validatorsOf(response.headers);
  if (sameVersion(since, validators)) {
    void response.body?.cancel();
    return { status: 'unchanged' };
  }
  const read = await readResponse(response, source.url, name, undefined);
  return read.ok
    ? { status: 'changed', store: read.store, validators }
    : { status: 'failed', message: read.message, reached: true };
}

type Fetched = { ok: true; response: Response } | { ok: false; message: string; reached: boolean };

async function fetchStore(
  url: string,
  name: string,
  fetchImpl: typeof fetch,
  init?: RequestInit,
): Promise<Fetched> {
  try {
    return { ok: true, response: await fetchImpl(url, init) };
  } catch (error) {
    // A refusal of our own (another site, a redirect elsewhere) is an answer, not an outage.
    if (error instanceof DataLinkError) return { ok: false, message: error.message, reached: true };
    return {
      ok: false,
      message: `Could not reach ${quoteName(name)}. Check your connection and the link, then try again.`,
      reached: false,
    };
  }
}

async function readResponse(
  response: Response,
  url: string,
  name: string,
  onProgress: ReadOptions['onProgress'],
): Promise<ReadResult> {
  const declared = Number(response.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (total !== null && total > MAX_STORE_BYTES) {
    return { ok: false, message: tooLarge(name, total) };
  }
  // A compressed body's declared length is not what arrives: the browser counts bytes unpacked.
  const encoding = response.headers.get('content-encoding');
  const unpackedTotal = encoding && encoding !== 'identity' ? null : total;
  let bytes: Uint8Array;
  try {
    const read = await readBody(response, unpackedTotal, onProgress);
    if (read === 'too-large') return { ok: false, message: tooLarge(name, null) };
    bytes = read;
  } catch {
    return {
      ok: false,
      message: `The connection broke while ${quoteName(name)} was loading. Try again.`,
    };
  }
  let path = url;
  try {
    path = new URL(response.url || url, 'http://localhost/').pathname;
  } catch {
    // The link as written still tells CSV from JSON by its ending.
  }
  return {
    ok: true,
    store: { bytes, name, path, contentType: response.headers.get('content-type') ?? '' },
    validators: validatorsOf(response.headers),
  };
}

function sameSite(url: string, pageBase: string): boolean {
  try {
    return new URL(url, pageBase).origin === new URL(pageBase).origin;
  } catch {
    return false;
  }
}

/** Reads the body in chunks, so that a server that did not say the size is still held to it. */
async function readBody(
  response: Response,
  total: number | null,
  onProgress: ReadOptions['onProgress'],
): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_STORE_BYTES) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
    onProgress?.(loaded, total);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function httpFailure(name: string, status: number): string {
  if (status === 404 || status === 410) {
    return `${quoteName(name)} was not found: the server answered that there is no such file (${status}). Check the link.`;
  }
  if (status === 401 || status === 403) {
    return `${quoteName(name)} is not shared publicly: the server refused to send it (${status}). Publish it to the web, or check its sharing settings.`;
  }
  return `The server could not send ${quoteName(name)} (it answered ${status}). Try again later.`;
}

function tooLarge(name: string, size: number | null): string {
  const mb = size === null ? 'larger than' : `${Math.ceil(size / 1024 / 1024)} MB, over`;
  return `${quoteName(name)} is ${mb} the ${MAX_STORE_SIZE_TEXT} limit for a timeline file.`;
}
