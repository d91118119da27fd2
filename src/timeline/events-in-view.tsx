import { isolate, previewTitle } from '../lib/display-text.ts';
import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import {
  selectChanges,
  selectDataset,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { eventHref } from '../state/event-page.ts';
import { parseUrl } from '../state/url.ts';
import { originParams } from '../state/url-sync.ts';
import { useBrowserValue, useHydrated } from '../ui/use-hydrated.ts';
import { eventsOverlapping, sharedTimeIndex } from './lib/time-index.ts';
import { bandsOf } from './lib/bands.ts';
import { useSettledWindow } from './use-settled-window.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';

const LIMIT = 200;

/**
 * The events in the current window as a plain list of links: the reading order for a phone or a
 * screen reader, and a link for every event that works without the timeline. In an article's
 * iframe (`?embed=1`) the list waits behind a button: the frame grows to hold what it shows, and
 * the whole list would make it as tall as the story, with an opened event's details far below.
 */
export function EventsInView() {
  const shown = useTimelineStore(selectShownEvents);
  const view = useSettledWindow();
  const selectedId = useTimelineStore((s) => s.selectedId);
  const select = useTimelineStore((s) => s.select);
  const origin = useTimelineStore((s) => s.origin);
  // The prerendered list has no badges: they are the reader's own, once the page is theirs.
  const hydrated = useHydrated();
  const allChanges = useTimelineStore(selectChanges);
  const changes = hydrated ? allChanges : null;
  const inView = useMemo(
    () => (view ? eventsOverlapping(sharedTimeIndex(shown), view[0], view[1]) : shown),
    [shown, view],
  );
  const collapsible = useBrowserValue(() => parseUrl(window.location.search).embed, false);
  const [expanded, setExpanded] = useState(false);
  const open = !collapsible || expanded;
  const listed = useMemo(() => (open ? inView.slice(0, LIMIT) : []), [open, inView]);
  const dataset = useTimelineStore(selectDataset);
  const groupBy = useTimelineStore((s) => s.groupBy);
  // Grouped, the list follows the bands: each one's events under its label, in time order.
  const sections = useMemo(
    () =>
      groupBy === 'none' || !dataset
        ? null
        : bandsOf(listed, groupBy, dataset, t().ungrouped).map((band) => ({
            key: band.key,
            label: band.label ?? '',
            events: band.events,
          })),
    [listed, groupBy, dataset],
  );
  const item = (event: TimelineEvent) => {
    const change = changes?.get(event.id);
    return (
      <li key={event.id}>
        <a
          href={eventHref(event.id, originParams(origin))}
          aria-current={event.id === selectedId ? 'true' : undefined}
          // With a badge, named as its marker is, "…, August 2018, New": read from the content, the
          // badge would follow the date with no pause.
          aria-label={
            change === undefined
              ? undefined
              : `${isolate(previewTitle(event.title))}, ${isolate(event.date.label)}, ${t().changeBadge(change)}`
          }
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
          {change !== undefined && (
            <>
              {' '}
              <span className={`change-badge change-badge--${change}`}>
                {t().changeBadge(change)}
              </span>
            </>
          )}
        </a>
      </li>
    );
  };

  return (
    <section className="events-list" aria-labelledby="events-list-heading">
      <h2 id="events-list-heading">
        {t().eventsInView}{' '}
        <span className="events-list__count">({formatNumber(inView.length)})</span>
      </h2>
      {collapsible && (
        <button
          type="button"
          className="events-list__toggle"
          aria-expanded={expanded}
          aria-controls="events-list-items"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t().hideEventList : t().showEventList}
        </button>
      )}
      {sections ? (
        <div id="events-list-items" hidden={!open}>
          {sections.map((section) => (
            <section key={section.key} aria-labelledby={`events-band-${section.key}`}>
              <h3 id={`events-band-${section.key}`} className="events-list__band">
                <bdi>{section.label}</bdi>
              </h3>
              <ol>{section.events.map(item)}</ol>
            </section>
          ))}
        </div>
      ) : (
        <ol id="events-list-items" hidden={!open}>
          {listed.map(item)}
        </ol>
      )}
      {open && inView.length > LIMIT && <p>{t().andMore(inView.length - LIMIT)}</p>}
    </section>
  );
}
