import type { TimelineState } from '../state/store.ts';
import { appRootPath, originParams } from '../state/url-sync.ts';
import { EMPTY_URL_STATE, formatUrl } from '../state/url.ts';

/** The query string of the view on screen: its event, filters and store; never embed mode. */
export function viewSearch(s: TimelineState): string {
  return formatUrl({
    ...EMPTY_URL_STATE,
    event: s.selectedId,
    topics: s.activeTopics,
    q: s.query,
    ...originParams(s.origin),
  });
}

/** The app's own address: its root, also from an event's page (`e/<id>/`). */
export const pageUrl = () => `${window.location.origin}${appRootPath()}`;
