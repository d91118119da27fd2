import { configProblemText } from '../ui/config-problem-text.ts';
import type { RuntimeConfig } from '../data/allowed-origins.ts';
import { failed, type Result } from '../data/result.ts';
import type { LoadFailure } from '../data/load-failure.ts';
import { loadFailureProblems, loadFailureText } from './load-failure-text.ts';
import {
  loadStore,
  type LoadOptions,
  type LoadResult,
  type StoreSource,
} from '../data/load-store.ts';
import { quoteName } from '../lib/display-text.ts';
import type { DataLinkPolicy } from './data-link.ts';
import {
  selectAllEvents,
  selectShownEvents,
  useTimelineStore,
  type StoreOrigin,
} from '../state/store.ts';
import { shownWindow } from '../timeline/lib/time-window.ts';
import { applyUrlState, fileKeyOfHistoryEntry, readUrl, startUrlSync } from '../state/url-sync.ts';
import type { UrlState } from '../state/url.ts';
import { withFormerEvent } from '../state/former-link.ts';
import { rememberVisit } from '../state/visit-memory.ts';
import { t } from '../i18n/messages.ts';
import { NO_VALIDATORS, type Validators } from '../data/validators.ts';

export { DEFAULT_DATA_URL } from '../data/store-address.ts';
import { DEFAULT_DATA_URL } from '../data/store-address.ts';

export type DataLoader = (source: StoreSource, options?: LoadOptions) => Promise<LoadResult>;

/**
 * Starts checking a shown store from a link for newer versions (live-updates.ts); returns a
 * function that stops. `validators` name the version shown.
 */
export type LiveStarter = (
  source: { url: string; name?: string },
  validators: Validators,
  fetchImpl: typeof fetch | undefined,
) => () => void;

/** live-updates.ts, fetched once the page has loaded: start-up does not need it. */
const startLiveOnDemand: LiveStarter = (source, validators, fetchImpl) => {
  let stop: (() => void) | null = null;
  let stopped = false;
  // Counted from now, however long the module takes to arrive.
  const loadedAt = Date.now();
  void import('./live-updates.ts').then((m) => {
    if (stopped) return;
    stop = m.startLiveUpdates(useTimelineStore, source, validators, {
      loadedAt,
      ...(fetchImpl && { fetchImpl }),
    });
  });
  return () => {
    stopped = true;
    stop?.();
  };
};

/** The store to load, or why none can be: worded here, since the address is the app's. */
type Resolved = Result<{ source: StoreSource; origin: StoreOrigin }, LoadFailure>;

const refused = (text: string): Resolved => failed({ code: 'worded', text, problems: [] });

/**
 * What the URL asks to show. Only same-origin stores, and those of the sites config.json allows,
 * are loaded: a link must not make the app fetch and display another site's content under our
 * name. A `?file=` link names a file on someone's computer, which no link can bring.
 */
async function resolveSource(
  url: UrlState,
  { location, history }: Window,
  link: DataLinkPolicy | null,
): Promise<Resolved> {
  if (url.file !== null) {
    // Back then Forward (or a reload) to a file the reader opened in this tab: the browser kept it.
    const key = fileKeyOfHistoryEntry(history.state);
    const kept = key === null ? null : await import('./kept-files.ts').then((m) => m.keptFile(key));
    if (kept) {
      return {
        kind: 'ok',
        source: { kind: 'file', file: kept, name: url.file },
        origin: { kind: 'file', name: url.file, key },
      };
    }
    return refused(t().linkToLocalFile(quoteName(url.file)));
  }
  if (url.data === null || !link) {
    return {
      kind: 'ok',
      source: { kind: 'url', url: DEFAULT_DATA_URL },
      origin: { kind: 'default' },
    };
  }
  let resolved: URL;
  try {
    resolved = new URL(url.data, location.href);
  } catch {
    return refused(t().dataLinkInvalid(quoteName(url.data)));
  }
  if (!(await link.allows(resolved))) {
    return refused(t().dataLinkElsewhere(quoteName(url.data)));
  }
  return {
    kind: 'ok',
    source: { kind: 'url', url: resolved.href, name: url.data },
    origin: { kind: 'link', url: url.data },
  };
}

/**
 * Loads the store named by the URL, applies the URL, then keeps URL and store in step, and a
 * store from a link up to date (unless the URL says `?live=0`).
 */
export async function startApp(
  load: DataLoader = loadStore,
  win: Window = window,
  readConfig?: () => Promise<RuntimeConfig>,
  startLive: LiveStarter = startLiveOnDemand,
): Promise<() => void> {
  const store = useTimelineStore;
  const url = readUrl(win);
  // Only a data link can reach beyond this site: the default store needs no config.json, nor
  // the code that reads it.
  const link =
    url.data === null
      ? null
      : await import('./data-link.ts').then((m) =>
          m.readDataLinkPolicy(win.location.origin, readConfig),
        );
  const resolved = await resolveSource(url, win, link);
  let validators: Validators = NO_VALIDATORS;
  // Asked for now: a store on this site loads while config.json is still on its way.
  const loading: Promise<LoadResult> =
    resolved.kind === 'failed'
      ? Promise.resolve(resolved)
      : load(resolved.source, {
          // The site's own store needs no guard: only a data link is fetched through the policy.
          ...(link && { fetchImpl: link.fetchImpl }),
          onProgress: (progress) => store.getState().setLoadProgress(progress),
          onValidators: (read) => (validators = read),
        });
  // A broken config.json is said wherever the reader is: in the notices, or beside the failure.
  const configProblems = ((await link?.config)?.problems ?? []).map(configProblemText);
  configProblems.forEach((text, i) => store.getState().notify({ id: `config-${i}`, text }));
  const loaded = await loading;
  const result: LoadResult =
    loaded.kind === 'failed' && configProblems.length
      ? failed({
          code: 'worded',
          text: [loadFailureText(loaded.reason), ...configProblems].join(' '),
          problems: [...loadFailureProblems(loaded.reason)],
        })
      : loaded;
  store.getState().setLoadResult(result, resolved.kind === 'ok' ? resolved.origin : undefined);
  if (result.kind === 'ok') {
    // An old TimelineJS link (`#event-<unique_id>`) opens its event, under the address of ours.
    // The previous visit is read, and this one written, once the timeline has loaded.
    rememberVisit(store, win);
    const former = withFormerEvent(url, win.location.hash, result.dataset, win.location.pathname);
    applyUrlState(store, former?.url ?? url);
    if (former?.address) win.history.replaceState(win.history.state, '', former.address);
    // A link that names filters opens on the years they show, as a click on the filter would
    // move the view there; the timeline keeps this window when it takes its width.
    const state = store.getState();
    state.setTimeWindow(shownWindow(selectAllEvents(state), selectShownEvents(state)));
  }
  // Even after a failure: a file opened next takes the address bar with it.
  const stopSync = startUrlSync(store, win, {
    nameOpenEvent: url.at?.kind === 'latest' && store.getState().selectedId !== null,
  });
  // A file from the reader's computer has no newer version to ask for.
  const stopLive =
    result.kind === 'ok' && url.live && resolved.kind === 'ok' && resolved.source.kind === 'url'
      ? startLive(resolved.source, validators, link?.fetchImpl)
      : () => undefined;
  return () => {
    stopLive();
    stopSync();
  };
}
