import { viewHref } from '../state/event-page.ts';
import type { TimelineState } from '../state/store.ts';
import { appRootPath, originParams } from '../state/url-sync.ts';
import { sinceParam } from '../state/url.ts';

type SharedView = Pick<TimelineState, 'activeTopics' | 'query' | 'origin'> &
  Partial<Pick<TimelineState, 'groupBy' | 'since'>>;

/**
 * The absolute link to one event, as shared: its page (`<root>e/<id>/`, which link previews can
 * read) for the bundled store, else the root with `?event=` and the store's own parameter; the
 * filters in force go with it, so the reader lands on the same view, and so does a day to show
 * changes since (`?since=`), never the reader's own last visit.
 */
export function eventLink(id: string, view: SharedView, win: Window = window): string {
  const store = originParams(view.origin);
  const bundled = store.data === null && store.file === null;
  const href = viewHref(
    {
      event: id,
      topics: view.activeTopics,
      q: view.query,
      ...store,
      embed: false,
      lang: null,
      story: null,
      group: view.groupBy ?? 'none',
      since: sinceParam(view.since ?? null),
      // A shared link opens the live page, whatever this one does.
      at: null,
      live: true,
    },
    bundled ? id : null,
  );
  return `${win.location.origin}${appRootPath(win)}${href}`;
}
