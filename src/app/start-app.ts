import {
  loadStore,
  type LoadOptions,
  type LoadResult,
  type StoreSource,
} from '../data/load-store.ts';
import { displayName } from '../data/read-store.ts';
import { useTimelineStore, type StoreOrigin } from '../state/store.ts';
import { applyUrlState, startUrlSync } from '../state/url-sync.ts';
import { parseUrl, type UrlState } from '../state/url.ts';

export const DEFAULT_DATA_URL = 'data/trump-russia.json';

export type DataLoader = (source: StoreSource, options?: LoadOptions) => Promise<LoadResult>;

type Resolved = { source: StoreSource; origin: StoreOrigin } | { error: string };

/**
 * What the URL asks to show. Only same-origin stores are loaded: a link must not make the app
 * fetch and display another site's content under our name. A `?file=` link names a file on
 * someone's computer, which no link can bring.
 */
function resolveSource(url: UrlState, location: Location): Resolved {
  if (url.file !== null) {
    return {
      error: `This link was made from “${displayName(url.file)}”, a file opened on someone's computer. That file is not on the web, so the link cannot show it. If you have the file, open it here.`,
    };
  }
  if (url.data === null) {
    return { source: { kind: 'url', url: DEFAULT_DATA_URL }, origin: { kind: 'default' } };
  }
  let resolved: URL;
  try {
    resolved = new URL(url.data, location.href);
  } catch {
    return { error: `The data link “${displayName(url.data)}” is not a valid address.` };
  }
  if (resolved.origin !== location.origin) {
    return {
      error: `The data link “${displayName(url.data)}” points to another site; only this site's data can be shown.`,
    };
  }
  return { source: { kind: 'url', url: resolved.href }, origin: { kind: 'link', url: url.data } };
}

/** Loads the store named by the URL, applies the URL, then keeps URL and store in step. */
export async function startApp(
  load: DataLoader = loadStore,
  win: Window = window,
): Promise<() => void> {
  const store = useTimelineStore;
  const url = parseUrl(win.location.search);
  const resolved = resolveSource(url, win.location);
  if ('error' in resolved) {
    store.getState().setLoadResult({ status: 'failed', message: resolved.error, problems: [] });
  } else {
    const result = await load(resolved.source, {
      onProgress: (progress) => store.getState().setLoadProgress(progress),
    });
    store.getState().setLoadResult(result, resolved.origin);
    if (result.status === 'ready') applyUrlState(store, url);
  }
  // Even after a failure: a file opened next takes the address bar with it.
  return startUrlSync(store, win);
}
