/**
 * Links into a TimelineJS page named a slide with `#event-<unique_id>`. A timeline moved here
 * from TimelineJS keeps them working: the hash opens the same event, and the address is then
 * written as this app writes it (`?event=<id>`).
 */
import type { Dataset } from '../data/schema.ts';
import { slugOf } from '../lib/slug.ts';
import { formatUrl, type UrlState } from './url.ts';

const PREFIX = '#event-';

/** The unique_id an old TimelineJS address names (`#event-<unique_id>`), or null. */
export function formerEventOfHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const raw = hash.slice(PREFIX.length);
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // TimelineJS compared the hash as the browser gave it.
  }
  return id.trim() === '' ? null : id;
}

/**
 * The event a TimelineJS unique_id names here: through the ids the import kept, as an id of
 * ours, or as one once slugged. Null when none is.
 */
export function eventOfFormerId(dataset: Dataset, former: string): string | null {
  const known = new Set(dataset.events.map((event) => event.id));
  for (const candidate of [dataset.formerIds?.get(former), former, slugOf(former, 60)]) {
    if (candidate !== undefined && known.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Applies an old TimelineJS hash: the URL state with the event it names (or, when none does, the
 * hash's id, so that the reader is told it was not found), and the address to write in place of
 * the old one once it opened, without the hash. Null when the address has no such hash or names
 * an event already.
 */
export function withFormerEvent(
  url: UrlState,
  hash: string,
  dataset: Dataset,
  pathname: string,
): { url: UrlState; address: string | null } | null {
  if (url.event !== null || url.story !== null) return null;
  const former = formerEventOfHash(hash);
  if (former === null) return null;
  const id = eventOfFormerId(dataset, former);
  if (id === null) return { url: { ...url, event: former }, address: null };
  const opened = { ...url, event: id };
  return { url: opened, address: `${pathname}${formatUrl(opened)}` };
}
