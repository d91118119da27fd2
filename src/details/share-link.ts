import { formatUrl, parseUrl } from '../state/url.ts';

/** The link to one event: the current page with `?event=` (and `?data=` when another store is open). */
export function eventLink(id: string, location: Location = window.location): string {
  const data = parseUrl(location.search).data;
  return `${location.origin}${location.pathname}${formatUrl({ event: id, topics: [], q: '', data })}`;
}
