import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectChanges,
  selectDataset,
  selectSelectedEvent,
  selectShownEvents,
  selectShownPositions,
  useTimelineStore,
} from '../state/store.ts';
import { useTheme } from '../ui/theme.ts';
import { IsolatedList, QuoteFigure } from '../ui/isolated-text.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { topicColorFor } from '../ui/contrast.ts';
import { prefersReducedMotion } from '../ui/motion.ts';
import { CopyLink } from './copy-link.tsx';
import { RelatedLinks } from './related-links.tsx';
import { isArrivalSheet, scrollForStoryStep, scrollToClearSheet } from './sheet-clearance.ts';
import { t } from '../i18n/messages.ts';
import { MediaFigure } from '../ui/media-figure.tsx';
import { EventSummary } from '../ui/event-summary.tsx';
import { storeAddressOnPage } from '../data/store-address.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';

/** The selected event in full; a landmark named "Event details". */
export function DetailsPanel() {
  const event = useTimelineStore(selectSelectedEvent);
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const groups = useTimelineStore((s) => selectDataset(s)?.groups);
  const position = useTimelineStore(
    useShallow((s) => ({
      index: s.selectedId === null ? -1 : (selectShownPositions(s).get(s.selectedId) ?? -1),
      count: selectShownEvents(s).length,
    })),
  );
  // The story's controls count its steps: a second count here would say the same twice.
  const inStory = useTimelineStore((s) => s.story !== null);
  const select = useTimelineStore((s) => s.select);
  const requestFocus = useTimelineStore((s) => s.requestFocus);
  const step = useTimelineStore((s) => s.step);
  const showOnlyTopic = useTimelineStore((s) => s.showOnlyTopic);
  const origin = useTimelineStore((s) => s.origin);
  const panelRef = useRef<HTMLElement>(null);
  const theme = useTheme();
  const hydrated = useHydrated();
  // The badge is the reader's own (their last visit, or a link's day): the built page has none.
  const change = useTimelineStore((s) =>
    s.selectedId === null ? undefined : selectChanges(s)?.get(s.selectedId),
  );

  // An update in place that takes out the open event closes the panel: a focus inside it would
  // fall to the page's top. It goes to the timeline, where the reader was reading, before the
  // panel goes (store listeners run before React commits), without scrolling; the notice says why.
  useEffect(
    () =>
      useTimelineStore.subscribe((s, before) => {
        if (s.selectedBy !== 'update' || s.selectedId !== null || before.selectedId === null) {
          return;
        }
        if (!panelRef.current?.contains(document.activeElement)) return;
        document.getElementById('timeline')?.focus({ preventScroll: true });
      }),
    [],
  );

  // On a narrow screen the panel is a sheet over the bottom of the page (CSS makes it fixed):
  // scroll the open event's marker clear of it, so the reader sees which event this is (for the
  // event a shared link opened, only as far as keeps the masthead's title in sight).
  useEffect(() => {
    const panel = panelRef.current;
    if (!event || !panel || getComputedStyle(panel).position !== 'fixed') return;
    const frame = requestAnimationFrame(() => {
      const marker = document.querySelector(`[data-event-id="${CSS.escape(event.id)}"]`);
      if (!marker) return;
      const sheetTop = panel.getBoundingClientRect().top;
      // A story shows its steps on the timeline: as much of it as the sheet leaves, from the
      // story's own controls (Pause stays at hand) and the axis down.
      const from =
        document.querySelector('.story--on') ?? document.querySelector('.timeline__viewport');
      const title = isArrivalSheet(event.id) ? document.querySelector('.masthead h1') : null;
      const offset =
        useTimelineStore.getState().story && from
          ? scrollForStoryStep(
              from.getBoundingClientRect().top,
              marker.getBoundingClientRect(),
              sheetTop,
            )
          : scrollToClearSheet(
              marker.getBoundingClientRect(),
              sheetTop,
              title?.getBoundingClientRect().top,
            );
      if (offset !== 0) {
        window.scrollBy({ top: offset, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [event]);

  if (!event) return null;
  const atFirst = position.count === 0 || position.index === 0;
  const atLast = position.count === 0 || position.index === position.count - 1;
  const topicById = new Map(topics?.map((t) => [t.id, t]));
  const group = event.group === undefined ? undefined : groups?.find((g) => g.id === event.group);

  return (
    <aside ref={panelRef} className="details" aria-label={t().eventDetails}>
      {/* Previous and Next hold one place at the top whatever the event's length, so that
          repeated clicks land on the same button. */}
      <div className="details__bar">
        <nav className="details__nav" aria-label={t().stepThroughEvents}>
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button
            type="button"
            aria-label={t().previousEvent}
            aria-disabled={atFirst}
            onClick={() => {
              if (!atFirst) step(-1);
            }}
          >
            <span aria-hidden="true">← </span>
            <span className="details__step-word">{t().previousShort}</span>
          </button>
          {/* A story shows its own count of the steps: one count on the page at a time. */}
          <p className="details__position">
            {inStory
              ? null
              : position.index >= 0
                ? t().positionOf(position.index + 1, position.count)
                : t().hiddenByFilters}
          </p>
          <button
            type="button"
            aria-label={t().nextEvent}
            aria-disabled={atLast}
            onClick={() => {
              if (!atLast) step(1);
            }}
          >
            <span className="details__step-word">{t().nextShort}</span>
            <span aria-hidden="true"> →</span>
          </button>
        </nav>
        <button
          type="button"
          className="details__close"
          aria-label={t().closeDetails}
          onClick={() => {
            // The button goes with the panel: hand focus to the event's marker, not the page.
            requestFocus({ id: event.id, wait: false });
            select(null);
          }}
          title={t().close}
        >
          {/* A cross, named in full: the bar keeps one line in the narrowest column, in Spanish too. */}
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {/* Text from the data: dir="auto" or <bdi> keeps its direction, and its bidi controls, to
          itself, so a right-to-left override in a title cannot reverse what follows it. */}
      <h2 className="details__title" dir="auto" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="details__date">
        <bdi>{event.date.label}</bdi>
        {event.date.kind === 'fuzzy' && (
          <span className="details__precision">{t().approximate}</span>
        )}
        {hydrated && change !== undefined && (
          <>
            {' '}
            <span className={`change-badge change-badge--${change}`}>
              {t().changeBadge(change)}
            </span>
          </>
        )}
      </p>
      {event.media.map((media, i) => (
        <MediaFigure
          key={`${event.id}-${i}`}
          media={media}
          storeUrl={storeAddressOnPage(origin)}
          name={event.title}
        />
      ))}
      <EventSummary event={event} className="details__summary" />

      {event.quotes.length > 0 && (
        <section aria-label={t().quotes}>
          {event.quotes.map((quote, i) => (
            <QuoteFigure key={i} quote={quote} className="details__quote" />
          ))}
        </section>
      )}

      <RelatedLinks event={event} />

      {/* How the date was set is method, not story: it follows what happened. */}
      {event.dateNote && (
        <p className="details__date-note" dir="auto">
          <strong>{t().aboutTheDate}</strong> {event.dateNote}
        </p>
      )}

      {event.changeNote && (
        <p className="details__change-note" dir="auto">
          <strong>{t().whatChanged}</strong> {event.changeNote}
        </p>
      )}

      <dl className="details__facts">
        {event.people.length > 0 && (
          <>
            <dt>{t().people}</dt>
            <dd>
              <IsolatedList items={event.people} />
            </dd>
          </>
        )}
        {event.sources.length > 0 && (
          <>
            <dt>{t().sourcesCited}</dt>
            <dd>
              <ul className="details__sources">
                {event.sources.map((source) => (
                  <li key={source.name}>
                    {source.url ? (
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        <bdi>{source.name}</bdi>
                      </a>
                    ) : (
                      <bdi>{source.name}</bdi>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {group && (
          <>
            <dt>{t().eventGroup}</dt>
            <dd className="details__group">
              <bdi>{group.label}</bdi>
            </dd>
          </>
        )}
        <dt>{t().topics}</dt>
        <dd className="details__topics">
          {event.topics.map((id) => {
            const topic = topicById.get(id);
            return (
              <button
                key={id}
                type="button"
                className="topic-chip"
                style={
                  hydrated
                    ? { ['--topic' as string]: topic && topicColorFor(topic.color, theme) }
                    : undefined
                }
                onClick={() => showOnlyTopic(id)}
              >
                {/* Named by its content, "Show only Syria", with the label isolated in it. */}
                <span className="visually-hidden">{t().showOnly}</span>{' '}
                <bdi>{topic?.label ?? id}</bdi>
              </button>
            );
          })}
        </dd>
        {/* The event's own record of its changes; the fallbacks (the source's first publication)
            would say the same of every event, so they are not repeated here. */}
        {event.added !== undefined && (
          <>
            <dt>{t().addedOn}</dt>
            <dd>{formatIsoForReaders(event.added)}</dd>
          </>
        )}
        {event.updated !== undefined && (
          <>
            <dt>{t().updatedOn}</dt>
            <dd>{formatIsoForReaders(event.updated)}</dd>
          </>
        )}
      </dl>

      <CopyLink key={event.id} id={event.id} title={event.title} />
    </aside>
  );
}
