import { allowedDataFetch } from '../data/allowed-data-fetch.ts';
import { isAllowedDataUrl, type RuntimeConfig } from '../data/allowed-origins.ts';
import { loadDataset, type LoadResult } from '../data/load-dataset.ts';
import { loadRuntimeConfig } from '../data/runtime-config.ts';
import { useTimelineStore } from '../state/store.ts';
import { applyUrlState, startUrlSync } from '../state/url-sync.ts';
import { parseUrl } from '../state/url.ts';

export const DEFAULT_DATA_URL = 'data/trump-russia.json';

export type DataLoader = (url: string, fetchImpl: typeof fetch) => Promise<LoadResult>;

/**
 * Resolves `?data=` against the page. Only same-origin stores, and those of the sites config.json
 * allows, are loaded: a link must not make the app fetch and display another site's content under
 * our name.
 */
function resolveDataUrl(
  data: string | null,
  location: Location,
  allowed: readonly string[],
): string | { error: string } {
  if (data === null) return DEFAULT_DATA_URL;
  let url: URL;
  try {
    url = new URL(data, location.href);
  } catch {
    return { error: `The data link “${data}” is not a valid address.` };
  }
  if (!isAllowedDataUrl(url, location.origin, allowed)) {
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
  readConfig: () => Promise<RuntimeConfig> = () => loadRuntimeConfig(),
): Promise<() => void> {
  const store = useTimelineStore;
  const url = parseUrl(win.location.search);
  // Only a data link can reach beyond this site: the default store needs no config.json.
  const config = url.data === null ? null : await readConfig();
  const allowed = config?.allowedDataOrigins ?? [];
  const dataUrl = resolveDataUrl(url.data, win.location, allowed);
  const fetchImpl = allowedDataFetch({ pageOrigin: win.location.origin, allowed });
  const loaded: LoadResult =
    typeof dataUrl === 'string'
      ? await load(dataUrl, fetchImpl)
      : { status: 'failed', message: dataUrl.error, problems: [] };
  // A broken config.json is said wherever the reader is: in the notices, or beside the failure.
  const configProblems = config?.problems ?? [];
  configProblems.forEach((text, i) => store.getState().notify({ id: `config-${i}`, text }));
  const result: LoadResult =
    loaded.status === 'failed' && configProblems.length
      ? { ...loaded, message: [loaded.message, ...configProblems].join(' ') }
      : loaded;
  store.getState().setLoadResult(result);
  if (result.status !== 'ready') return () => undefined;
  applyUrlState(store, url);
  return startUrlSync(store, win);
}
