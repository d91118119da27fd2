import { eventFromPath } from '../state/event-page.ts';
import type { UrlState } from '../state/url.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * Whether the page's prerendered markup shows what the address asks for, so that the client can
 * hydrate it: the bundled store, no filters, and the event the page was built with (the one its
 * path names, or none), in English, the language pages are built in. Anything else (embed mode, a
 * filtered link, `?event=` on the home page, a story, another store, a Spanish reader) renders
 * afresh: hydrating different markup would fail.
 */
export function showsPrerenderedView(
  url: UrlState,
  pathname: string,
  rootPath: string,
  locale: Locale,
): boolean {
  return (
    locale === 'en' &&
    url.data === null &&
    url.file === null &&
    !url.embed &&
    url.topics.length === 0 &&
    url.q === '' &&
    url.story === null &&
    url.event === eventFromPath(pathname, rootPath)
  );
}
