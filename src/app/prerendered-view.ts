import { eventFromPath } from '../state/event-page.ts';
import { formerEventOfHash } from '../state/former-link.ts';
import type { UrlState } from '../state/url.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * Whether the page's prerendered markup shows what the address asks for, so that the client can
 * hydrate it: the bundled store, no filters, and the event the page was built with (the one its
 * path names, or none), ungrouped, in English, the language pages are built in. Anything else
 * (embed mode, a filtered or grouped link, `?event=` or `?at=` on the home page or an old
 * TimelineJS `#event-` link, a story, another store, a Spanish reader, a day to show changes
 * since) renders afresh: hydrating different markup would fail.
 */
export function showsPrerenderedView(
  url: UrlState,
  pathname: string,
  rootPath: string,
  locale: Locale,
  hash = '',
): boolean {
  return (
    locale === 'en' &&
    url.group === 'none' &&
    formerEventOfHash(hash) === null &&
    url.data === null &&
    url.file === null &&
    !url.embed &&
    url.topics.length === 0 &&
    url.q === '' &&
    url.story === null &&
    url.at === null &&
    url.since.kind === 'none' &&
    url.event === eventFromPath(pathname, rootPath)
  );
}
