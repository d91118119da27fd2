import { loadDataset, type LoadResult } from '../data/load-dataset.ts';
import { useTimelineStore } from '../state/store.ts';
import { applyUrlState, startUrlSync } from '../state/url-sync.ts';
import { parseUrl } from '../state/url.ts';

export const DEFAULT_DATA_URL = 'data/trump-russia.json';

export type DataLoader = (url: string) => Promise<LoadResult>;

/**
 * Resolves `?data=` against the page. Only same-origin stores are loaded: a link must not make the
 * app fetch and display another site's content under our name.
 */
function resolveDataUrl(data: string | null, location: Location): string | { error: string } {
  if (data === null) return DEFAULT_DATA_URL;
  let url: URL;
  try {
    url = new URL(data, location.href);
  } catch {
    return { error: `The data link “${data}” is not a valid address.` };
  }
  if (url.origin !== location.origin) {
    return {
      error: `The data link “${data}” points to another site; only this site's data can be shown.`,
    };
  }
  return url.href;
}

/** Loads the store named by the URL, applies the URL, then keeps URL and store in step. */
export async function startApp(
  load: DataLoader = loadDataset,
  win: Window = window,
): Promise<() => void> {
  const store = useTimelineStore;
  const url = parseUrl(win.location.search);
  const dataUrl = resolveDataUrl(url.data, win.location);
  const result: LoadResult =
    typeof dataUrl === 'string'
      ? await load(dataUrl)
      : { status: 'failed', message: dataUrl.error, problems: [] };
  store.getState().setLoadResult(result);
  if (result.status !== 'ready') return () => undefined;
  applyUrlState(store, url);
  return startUrlSync(store, win);
}
