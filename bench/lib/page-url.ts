/**
 * The page each app is measured on at each size. The peers, and Newsline at most sizes, open their
 * page with `?data=` and draw the store in the script. Newsline at the bundled dataset, and at the
 * sizes of BUILT_AHEAD_SIZES, opens its home page built ahead of time for the store instead, as a
 * newsroom publishing that store would serve it: timeline picture and all.
 */
import { assertNever } from '../../src/lib/assert-never.ts';
import { DEFAULT_DATA_URL } from '../../src/data/store-address.ts';
import { APPS, sizeParams, type AppId, type Size, type StoreFacts } from './apps.ts';
import { dataPath } from './stores.ts';

/** The generated stores whose home page the run builds ahead of time (bench/lib/built-sites.ts). */
export const BUILT_AHEAD_SIZES: readonly number[] = [1000];

/** Newsline's page at a size: a site built ahead of time (its path under the server's root), or the app with `?data=`. */
export type NewslinePage = { kind: 'built'; path: string } | { kind: 'data' };

export function newslinePage(size: Size): NewslinePage {
  if (size === 'seed') return { kind: 'built', path: '' };
  if (typeof size === 'number' && BUILT_AHEAD_SIZES.includes(size))
    return { kind: 'built', path: builtSitePath(size) };
  return { kind: 'data' };
}

/** Where the server serves the site built ahead of time for a generated store of `size` events. */
export const builtSitePath = (size: number): string => `built-${size}/`;

/** Its folder, under bench/ (git-ignored). */
export const builtSiteDir = (size: number): string => `.built-${size}`;

/** The address of the page that measures `app` at `size`. */
export function pageUrl(baseUrl: string, app: AppId, size: Size, store: StoreFacts): string {
  const spec = APPS[app];
  const query = new URLSearchParams({
    ...spec.params,
    ...sizeParams(size, store),
    data: dataPath(size),
  });
  const page: NewslinePage = app === 'newsline' ? newslinePage(size) : { kind: 'data' };
  switch (page.kind) {
    case 'built':
      // Asked for with `?data=`, the same store would be drawn afresh by the script.
      query.delete('data');
      return address(`${baseUrl}${spec.path}${page.path}`, query);
    case 'data':
      return address(`${baseUrl}${spec.path}`, query);
    default:
      return assertNever(page);
  }
}

const address = (page: string, query: URLSearchParams) => (query.size ? `${page}?${query}` : page);

/** The stores the pages at `size` fetch, as paths on the server: to be gzipped before timing. */
export function storePaths(size: Size): string[] {
  const page = newslinePage(size);
  const own = page.kind === 'built' ? `/${page.path}${DEFAULT_DATA_URL}` : dataPath(size);
  return [...new Set([dataPath(size), own])];
}
