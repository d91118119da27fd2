/**
 * Reading a store's bytes from where the reader or the link says it is: a web address or a file
 * picked on their own computer (read in the browser, never uploaded). Every failure is a reason
 * (load-failure.ts) that the interface words as a sentence an editor can act on, naming the file.
 */

import { assertNever } from '../lib/assert-never.ts';
import { DataLinkError } from './data-link-error.ts';
import type { LoadFailure } from './load-failure.ts';
import { failed, type Result } from './result.ts';
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

export type ReadResult = Result<
  {
    store: StoreBytes;
    /** The version the server named, for checking later whether the store has changed. */
    validators: Validators;
  },
  LoadFailure
>;

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
  if (file.size > MAX_STORE_BYTES) return failed(tooLarge(name, file.size));
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return {
      kind: 'ok',
      store: { bytes, name, path: name, contentType: file.type },
      validators: NO_VALIDATORS,
    };
  } catch {
    return failed({ code: 'file-unreadable', name });
  }
}

async function readUrl(url: string, name: string, options: ReadOptions): Promise<ReadResult> {
  const fetched = await fetchStore(url, name, options.fetchImpl ?? fetch);
  if (fetched.kind === 'failed') return fetched;
  const { response } = fetched;
  if (!response.ok) return failed(httpFailure(name, response.status));
  return readResponse(response, url, name, options.onProgress);
}

/** What asking for a store again came to. `reached`: whether the server answered at all. */
export type RereadResult =
  | { kind: 'unchanged' }
  | { kind: 'changed'; store: StoreBytes; validators: Validators }
  | { kind: 'failed'; reason: LoadFailure; reached: boolean };

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
  if (fetched.kind === 'failed')
    return { ...fetched, reached: fetched.reason.code !== 'unreachable' };
  const { response } = fetched;
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) return { ...failed(httpFailure(name, response.status)), reached: true };
  const validators = validatorsOf(response.headers);
  if (sameVersion(since, validators)) {
    void response.body?.cancel();
    return { kind: 'unchanged' };
  }
  const read = await readResponse(response, source.url, name, undefined);
  return read.kind === 'ok'
    ? { kind: 'changed', store: read.store, validators }
    : { ...read, reached: true };
}

type Fetched = Result<{ response: Response }, LoadFailure>;

async function fetchStore(
  url: string,
  name: string,
  fetchImpl: typeof fetch,
  init?: RequestInit,
): Promise<Fetched> {
  try {
    return { kind: 'ok', response: await fetchImpl(url, init) };
  } catch (error) {
    // A refusal of our own (another site, a redirect elsewhere) is an answer, not an outage: only
    // a store that could not be reached at all leaves the server unasked.
    if (error instanceof DataLinkError)
      return failed({ code: 'link-refused', refusal: error.refusal });
    return failed({ code: 'unreachable', name });
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
  if (total !== null && total > MAX_STORE_BYTES) return failed(tooLarge(name, total));
  // A compressed body's declared length is not what arrives: the browser counts bytes unpacked.
  const encoding = response.headers.get('content-encoding');
  const unpackedTotal = encoding && encoding !== 'identity' ? null : total;
  let bytes: Uint8Array;
  try {
    const read = await readBody(response, unpackedTotal, onProgress);
    if (read.kind === 'failed') return failed(tooLarge(name, null));
    bytes = read.bytes;
  } catch {
    return failed({ code: 'connection-broke', name });
  }
  let path = url;
  try {
    path = new URL(response.url || url, 'http://localhost/').pathname;
  } catch {
    // The link as written still tells CSV from JSON by its ending.
  }
  return {
    kind: 'ok',
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
): Promise<Result<{ bytes: Uint8Array }, 'too-large'>> {
  if (!response.body) return { kind: 'ok', bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_STORE_BYTES) {
      await reader.cancel();
      return failed('too-large');
    }
    chunks.push(value);
    onProgress?.(loaded, total);
  }
  if (chunks.length === 1) return { kind: 'ok', bytes: chunks[0] as Uint8Array };
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'ok', bytes };
}

function httpFailure(name: string, status: number): LoadFailure {
  if (status === 404 || status === 410) return { code: 'not-found', name, status };
  if (status === 401 || status === 403) return { code: 'not-shared', name, status };
  return { code: 'server-error', name, status };
}

function tooLarge(name: string, size: number | null): LoadFailure {
  return {
    code: 'too-large',
    name,
    megabytes: size === null ? null : Math.ceil(size / 1024 / 1024),
  };
}
