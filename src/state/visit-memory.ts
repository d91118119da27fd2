/**
 * The reader's last visit to a timeline, kept in the browser's localStorage under the store's own
 * address and never sent anywhere: only the day is kept, and only this page reads it. A returning
 * reader is shown what changed since the day of their previous visit.
 *
 * The visit is written when the timeline has loaded, right after the previous one is read. The
 * previous one is also kept for the tab's session (sessionStorage), so that a reload, which has
 * just written today's visit, still compares with the visit before it.
 */
import * as v from 'valibot';
import { storeAddress } from '../data/store-address.ts';
import { parsePartialDate } from '../data/partial-date.ts';
import type { StoreOrigin, TimelineStore } from './store.ts';
import { localDay } from './local-day.ts';

const KEY_PREFIX = 'newsline-last-visit:';

/** The storage a visit is kept in; either may be missing where the browser blocks it. */
export interface VisitStorage {
  local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/**
 * One key per timeline: its address (the bundled store's or a link's, made absolute so that two
 * links to one file agree), or for a file from the reader's computer, which has none, its name.
 */
export function visitKey(origin: StoreOrigin, pageBase: string): string {
  return `${KEY_PREFIX}${origin.kind === 'file' ? `file:${origin.name}` : storeAddress(origin, pageBase)}`;
}

const StoredVisitSchema = v.object({
  day: v.pipe(
    v.string(),
    v.regex(/^\d{4}-\d{2}-\d{2}$/),
    v.check((day) => parsePartialDate(day).kind === 'ok'),
  ),
});

/** A stored visit's day, or null for nothing stored or anything else found under its key. */
export function parseStoredVisit(text: string | null): string | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(StoredVisitSchema, json);
  return parsed.success ? parsed.output.day : null;
}

export function formatStoredVisit(day: string): string {
  return JSON.stringify({ day });
}

/** Storage calls that fail where the browser blocks storage: then nothing is kept. */
function attempt<T>(call: () => T, otherwise: T): T {
  try {
    return call();
  } catch {
    return otherwise;
  }
}

/**
 * Records today's visit and says which earlier day to show changes since: the previous visit,
 * or null on a first visit (and on a second visit the same day, which has nothing to compare).
 */
export function recordVisit(storage: VisitStorage, key: string, today: string): string | null {
  const { local, session } = storage;
  const kept = parseStoredVisit(attempt(() => session?.getItem(key) ?? null, null));
  const previous = parseStoredVisit(attempt(() => local?.getItem(key) ?? null, null));
  attempt(() => local?.setItem(key, formatStoredVisit(today)), undefined);
  if (kept !== null) return kept;
  const since = previous !== null && previous < today ? previous : null;
  if (since !== null) attempt(() => session?.setItem(key, formatStoredVisit(since)), undefined);
  return since;
}

/** Forgets the visits kept for a timeline: the next visit is a first one. */
export function forgetVisit(storage: VisitStorage, key: string): void {
  attempt(() => storage.local?.removeItem(key), undefined);
  attempt(() => storage.session?.removeItem(key), undefined);
}

function browserStorage(win: Window): VisitStorage {
  // Reading the properties themselves throws where storage is blocked.
  return {
    local: attempt(() => win.localStorage, null),
    session: attempt(() => win.sessionStorage, null),
  };
}

/** Records this visit to the shown timeline and puts the previous one in the store. */
export function rememberVisit(store: TimelineStore, win: Window = window, now = new Date()): void {
  const state = store.getState();
  if (state.load.kind !== 'ok') return;
  const since = recordVisit(
    browserStorage(win),
    visitKey(state.origin, win.document.baseURI),
    localDay(now),
  );
  state.setLastVisit(since);
}

/** Forgets the shown timeline's visits, and stops showing changes since the last one. */
export function forgetLastVisit(store: TimelineStore, win: Window = window): void {
  const state = store.getState();
  forgetVisit(browserStorage(win), visitKey(state.origin, win.document.baseURI));
  state.setLastVisit(null);
}
