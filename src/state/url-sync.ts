import { shallow } from 'zustand/shallow';
import { assertNever } from '../lib/assert-never.ts';
import { quote } from '../lib/display-text.ts';
import {
  selectDataset,
  selectEventById,
  selectShownEvents,
  type SelectionCause,
  type Story,
  type StoreOrigin,
  type TimelineStore,
} from './store.ts';
import { eventFromPath, viewHref } from './event-page.ts';
import {
  EMPTY_URL_STATE,
  formatUrl,
  parseUrl,
  sinceParam,
  type GroupBy,
  type UrlState,
} from './url.ts';
import { t } from '../i18n/messages.ts';

export const EVENT_NOT_FOUND = 'event-not-found';
export const UNKNOWN_TOPICS = 'unknown-topics';
export const SINCE_INVALID = 'since-invalid';
export const UNKNOWN_OPEN_AT = 'unknown-open-at';

/**
 * Applies a URL to a loaded store. What the URL names but the data lacks is dropped with a
 * notice, so a stale or mistyped link still opens a working timeline.
 */
export function applyUrlState(store: TimelineStore, url: UrlState): void {
  const state = store.getState();
  const dataset = selectDataset(state);
  if (!dataset) return;

  const known = new Set(dataset.topics.map((t) => t.id));
  const topics = url.topics.filter((t) => known.has(t));
  const unknown = url.topics.filter((t) => !known.has(t));
  if (unknown.length) {
    state.notify({
      id: UNKNOWN_TOPICS,
      // Values from the link are quoted shortened and isolated: a link can hold anything.
      text: t().unknownTopics(unknown.map(quote).join(', ')),
    });
  } else {
    state.dismiss(UNKNOWN_TOPICS);
  }

  applySince(store, url.since);

  // A link may ask for the groups of a dataset that has none: its events then show in lanes.
  const groupBy = url.group === 'groups' && dataset.groups.length === 0 ? 'none' : url.group;
  if (groupBy !== state.groupBy) store.setState({ groupBy });

  if (url.story !== null) {
    applyStory(store, url.story, topics, url.q);
    return;
  }
  let selectedId: string | null = null;
  if (url.event === null) {
    state.dismiss(EVENT_NOT_FOUND);
    selectedId = openingEvent(store, url, topics);
  } else {
    if (selectEventById(state, url.event)) {
      selectedId = url.event;
      state.dismiss(EVENT_NOT_FOUND);
    } else {
      state.notify({
        id: EVENT_NOT_FOUND,
        text: t().eventNotFound(quote(url.event)),
      });
    }
  }
  store.setState({ activeTopics: topics, query: url.q, selectedId, story: null });
}

/**
 * The link's day to show changes since. One that is not a day is said, quoted, and changes are
 * shown since the reader's last visit instead, as without it.
 */
function applySince(store: TimelineStore, since: UrlState['since']): void {
  const state = store.getState();
  switch (since.kind) {
    case 'none':
      state.dismiss(SINCE_INVALID);
      state.setSince(null);
      return;
    case 'day':
      state.dismiss(SINCE_INVALID);
      state.setSince(since.day);
      return;
    case 'invalid':
      state.notify({ id: SINCE_INVALID, text: t().sinceInvalid(quote(since.text)) });
      state.setSince(null);
      return;
    default:
      assertNever(since);
  }
}

/**
 * The event a link that names none opens: the newest one for `?at=latest`, or where the dataset
 * says it opens (`"start": "latest"`); none otherwise. The newest is the last in time order of
 * the events the link's filters show, so that it has a marker in the view they open on.
 */
function openingEvent(store: TimelineStore, url: UrlState, topics: string[]): string | null {
  const state = store.getState();
  let at = url.at;
  if (at?.kind === 'unknown') {
    state.notify({ id: UNKNOWN_OPEN_AT, text: t().unknownOpenAt(quote(at.value)) });
    at = null;
  } else {
    state.dismiss(UNKNOWN_OPEN_AT);
  }
  const latest = at?.kind === 'latest' || selectDataset(state)?.start === 'latest';
  if (!latest) return null;
  return selectShownEvents({ ...state, activeTopics: topics, query: url.q }).at(-1)?.id ?? null;
}

/**
 * Opens the story at a step (1-based) of the events the filters show, paused: a shared link
 * shows where the editor stopped, and moves on only when the reader asks. A step past the end
 * opens the last; with nothing shown there is no story to open.
 */
function applyStory(store: TimelineStore, step: number, topics: string[], query: string): void {
  const state = store.getState();
  state.dismiss(EVENT_NOT_FOUND);
  const shown = selectShownEvents({ ...state, activeTopics: topics, query });
  const index = Math.min(step, shown.length) - 1;
  const event = shown[index];
  const story: Story | null = event
    ? { step: index, playing: false, speed: state.storySpeed, by: 'story' }
    : null;
  store.setState({ activeTopics: topics, query, story, selectedId: event?.id ?? null });
}

/** The URL's name for where a store came from. */
export function originParams(origin: StoreOrigin): Pick<UrlState, 'data' | 'file'> {
  switch (origin.kind) {
    case 'default':
      return { data: null, file: null };
    case 'link':
      return { data: origin.url, file: null };
    case 'file':
      return { data: null, file: origin.name };
    default:
      return assertNever(origin);
  }
}

/**
 * The address of the view with another event open (`?event=<id>`, the same store, filters and
 * bands): what the address bar says once a link to that event is followed, and what the link
 * opens in a new tab.
 */
export function linkedEventHref(
  id: string,
  view: { origin: StoreOrigin; topics: string[]; q: string; group: GroupBy },
): string {
  const { topics, q, group } = view;
  return formatUrl({
    ...EMPTY_URL_STATE,
    ...originParams(view.origin),
    event: id,
    topics,
    q,
    group,
  });
}

/** What a history entry keeps beside its address: the key of an opened file, which no URL holds. */
interface HistoryEntry {
  fileKey: string;
}

function historyState(origin: StoreOrigin): HistoryEntry | null {
  return origin.kind === 'file' && origin.key !== null ? { fileKey: origin.key } : null;
}

/** The key of the file a history entry names, if any. */
export function fileKeyOfHistoryEntry(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('fileKey' in state)) return null;
  return typeof state.fileKey === 'string' ? state.fileKey : null;
}

/**
 * The app root's path: a page's own folder, or what its `<base>` names (event pages, two folders
 * down, name the root so that relative assets and links resolve as from the root).
 */
export function appRootPath(win: Window = window): string {
  return new URL('./', win.document.baseURI).pathname;
}

/** The state an address names: its query, and for an event page the event its path names. */
export function readUrl(win: Window = window): UrlState {
  const url = parseUrl(win.location.search);
  if (url.event !== null) return url;
  return { ...url, event: eventFromPath(win.location.pathname, appRootPath(win)) };
}

/** A change of the open event, as the address bar needs to know it. */
export interface SelectionChange {
  from: string | null;
  to: string | null;
  by: SelectionCause;
  /** Whether a story is on (playing or paused) after the change. */
  story: boolean;
}

/**
 * Whether a change of the open event adds a history entry or rewrites the current one. Opening an
 * event (or closing it) is a page of its own, which Back leaves; stepping from an open event to
 * its neighbour, and every step of a story, only moves within that page, so that Back after a
 * chain of Next returns to where the reader was before the first event opened.
 */
export function historyModeFor(change: SelectionChange): 'push' | 'replace' {
  if (change.story || change.by === 'update') return 'replace';
  if (change.by === 'step' && change.from !== null && change.to !== null) return 'replace';
  return 'push';
}

/**
 * Keeps the address bar and the store in step: opening an event pushes a history entry (so Back
 * returns to the previous one), stepping, story steps and filter changes replace it, and
 * Back/Forward apply the URL again.
 */
export function startUrlSync(
  store: TimelineStore,
  win: Window = window,
  { nameOpenEvent = false }: { nameOpenEvent?: boolean } = {},
): () => void {
  let applying = false;
  const { embed, lang, live } = parseUrl(win.location.search);

  const write = (mode: 'push' | 'replace') => {
    if (applying) return;
    const s = store.getState();
    const state = {
      event: s.selectedId,
      topics: s.activeTopics,
      q: s.query,
      embed,
      lang,
      story: s.story ? s.story.step + 1 : null,
      group: s.groupBy,
      at: null,
      live,
      since: sinceParam(s.since),
    };
    const root = appRootPath(win);
    const pageEvent = eventFromPath(win.location.pathname, root);
    const href = viewHref({ ...state, ...originParams(s.origin) }, pageEvent);
    // On an event page, another event (or none) is shown from the root: `e/a/?event=b` would
    // name two events. Elsewhere the page keeps its own path, as it always has.
    const path = pageEvent === null ? win.location.pathname : root;
    const target = href.startsWith('?') || href === '' ? `${path}${href}` : `${root}${href}`;
    if (target === `${win.location.pathname}${win.location.search}`) return;
    const url = `${target}${win.location.hash}`;
    // An iframe's history entries are the host page's: Back must leave the article, not step
    // through the events read in its embed.
    const entry = historyState(s.origin);
    if (mode === 'push' && !embed) win.history.pushState(entry, '', url);
    else win.history.replaceState(entry, '', url);
  };

  const stopSelection = store.subscribe(
    (s) => s.selectedId,
    (selectedId, previousId) => {
      const state = store.getState();
      // Picking an event answers an earlier "Event not found".
      if (selectedId !== null) state.dismiss(EVENT_NOT_FOUND);
      write(
        historyModeFor({
          from: previousId,
          to: selectedId,
          by: state.selectedBy,
          story: state.story !== null,
        }),
      );
    },
  );
  const stopStory = store.subscribe(
    (s) => s.story?.step ?? null,
    () => write('replace'),
  );
  // A store opened in place of another starts a history entry of its own.
  const stopOrigin = store.subscribe(
    (s) => s.origin,
    () => write('push'),
  );
  const stopFilters = store.subscribe(
    (s) => [s.activeTopics, s.query, s.groupBy, s.since] as const,
    () => write('replace'),
    { equalityFn: shallow },
  );
  // An address that named the open event by where it is (`?at=latest`) names it by its id, as any
  // other selection does, in place of the address the reader came by.
  if (nameOpenEvent) write('replace');
  const onPopState = () => {
    const url = readUrl(win);
    const shown = originParams(store.getState().origin);
    if (url.data !== shown.data || url.file !== shown.file) {
      // The entry names another store (the one shown before a file was opened): load it afresh.
      win.location.reload();
      return;
    }
    applying = true;
    try {
      applyUrlState(store, url);
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPopState);

  return () => {
    stopSelection();
    stopStory();
    stopOrigin();
    stopFilters();
    win.removeEventListener('popstate', onPopState);
  };
}
