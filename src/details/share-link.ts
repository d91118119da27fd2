import { eventSearch } from '../state/url.ts';

/** The absolute link to one event, as shared: this page with `?event=` (and `?data=` if any). */
export function eventLink(id: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${eventSearch(id, location.search)}`;
}
