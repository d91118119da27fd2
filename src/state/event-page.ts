import { isolate } from '../lib/display-text.ts';
import { EMPTY_URL_STATE, formatUrl, type UrlState } from './url.ts';

/**
 * Event pages: the build writes one page per event of the bundled store at `e/<id>/`, relative to
 * the app's root, with that event open. Their path names the event, as `?event=` does elsewhere.
 */

/**
 * The page's title, as a tab, a bookmark or the history list shows it: the open event's, then
 * the timeline's. The pages built for events are served with the same. Each part is isolated, so
 * that an unclosed override in the event's title cannot reverse the timeline's name after it.
 */
export function pageTitle(timelineTitle: string, eventTitle?: string): string {
  return eventTitle === undefined
    ? isolate(timelineTitle)
    : `${isolate(eventTitle)} · ${isolate(timelineTitle)}`;
}

/** An event page's path, relative to the app's root. */
export function eventPagePath(id: string): string {
  return `e/${encodeURIComponent(id)}/`;
}

/**
 * The event an address' path names, given the app root's path: `<root>e/<id>/` names `<id>`;
 * the root itself, or anything else, names none.
 */
export function eventFromPath(pathname: string, rootPath: string): string | null {
  if (!pathname.startsWith(rootPath)) return null;
  const match = /^e\/([^/]+)\/(?:index\.html)?$/.exec(pathname.slice(rootPath.length));
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * Where a link to one event goes, relative to the app's root: its page for the bundled store,
 * else `?event=` with the store's own parameter (no page was built for other stores).
 */
export function eventHref(id: string, store: Pick<UrlState, 'data' | 'file'>): string {
  if (store.data === null && store.file === null) return eventPagePath(id);
  return formatUrl({ ...EMPTY_URL_STATE, event: id, ...store });
}

/**
 * The address of a view, relative to the app root (a query string, or "" for the root itself):
 * the event page when `pageEvent` (the event the current page's path names) is the open event,
 * else the root with `?event=`, so that an address never names two events.
 */
export function viewHref(state: UrlState, pageEvent: string | null): string {
  if (pageEvent !== null && state.event === pageEvent) {
    return `${eventPagePath(pageEvent)}${formatUrl({ ...state, event: null })}`;
  }
  return formatUrl(state);
}
