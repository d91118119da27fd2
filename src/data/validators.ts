/**
 * A store's version as its server names it (`ETag`, `Last-Modified`), and the request that asks
 * for the store again only if it has changed since: an unchanged store then costs a 304 with no
 * body, however large the store.
 */

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export const NO_VALIDATORS: Validators = { etag: null, lastModified: null };

/** The validators a response came with (a file read from disk has none). */
export function validatorsOf(headers: Pick<Headers, 'get'>): Validators {
  return {
    etag: headers.get('etag')?.trim() || null,
    lastModified: headers.get('last-modified')?.trim() || null,
  };
}

export const hasValidators = ({ etag, lastModified }: Validators): boolean =>
  etag !== null || lastModified !== null;

/**
 * Whether two responses name the same version of a store. An ETag decides where both have one;
 * a date only where neither has an ETag, since a store may change twice within its second.
 */
export function sameVersion(a: Validators, b: Validators): boolean {
  if (a.etag !== null || b.etag !== null) return a.etag !== null && a.etag === b.etag;
  return a.lastModified !== null && a.lastModified === b.lastModified;
}

/**
 * The request for a store checked again. On the page's own site it names the version it has
 * (`If-None-Match`, `If-Modified-Since`), and keeps the browser's cache out of it, which would
 * otherwise answer from its own copy or turn the server's 304 into that copy. From another site
 * it asks the browser's cache to revalidate instead (`no-cache`): headers of our own would need
 * the site to allow them in a CORS preflight, which published spreadsheets do not; the browser's
 * own conditional request needs nothing, and its answer still names the version it holds.
 */
export function recheckRequest(since: Validators, sameOrigin: boolean): RequestInit {
  if (!sameOrigin || !hasValidators(since)) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (since.etag !== null) headers['If-None-Match'] = since.etag;
  if (since.lastModified !== null) headers['If-Modified-Since'] = since.lastModified;
  return { cache: 'no-store', headers };
}
