import { previewTitle } from '../lib/display-text.ts';
import { useMemo } from 'react';
import { selectShownEvents, useTimelineStore } from '../state/store.ts';
import { eventHref } from '../state/event-page.ts';
import { originParams } from '../state/url-sync.ts';
import { eventsOverlapping, sharedTimeIndex } from './lib/time-index.ts';
import { useSettledWindow } from './use-settled-window.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';

const LIMIT = 200;

/**
 * The events in the current window as a plain list of links: the reading order for a phone or a
 * screen reader, and a link for every event that works without the timeline.
 */
export function EventsInView() {
  const shown = useTimelineStore(selectShownEvents);
  const view = useSettledWindow();
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const origin = useTimelineStore((s) => s.origin);
  const inView = useMemo(
    () => (view ? eventsOverlapping(sharedTimeIndex(shown), view[0], view[1]) : shown),
    [shown, view],
  );
  const listed = inView.slice(0, LIMIT);

  return (
    <section className="events-list" aria-labelledby="events-list-heading">
      <h2 id="events-list-heading">
        {t().eventsInView}{' '}
        <span className="events-list__count">({formatNumber(inView.length)})</span>
      </h2>
      <ol>
        {listed.map((event) => (
          <li key={event.id}>
            <a
              href={eventHref(event.id, originParams(origin))}
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                select(event.id);
              }}
            >
              <bdi className="events-list__title">{previewTitle(event.title)}</bdi>
              <span className="events-list__date">
                , <bdi>{event.date.label}</bdi>
              </span>
            </a>
          </li>
        ))}
      </ol>
      {inView.length > LIMIT && <p>{t().andMore(inView.length - LIMIT)}</p>}
    </section>
  );
}
