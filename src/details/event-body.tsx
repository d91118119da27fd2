import type { TimelineEvent } from '../data/schema.ts';
import { storeAddressOnPage } from '../data/store-address.ts';
import { t } from '../i18n/messages.ts';
import { assertNever } from '../lib/assert-never.ts';
import { selectChanges, useTimelineStore } from '../state/store.ts';
import { EventSummary } from '../ui/event-summary.tsx';
import { QuoteFigure } from '../ui/isolated-text.tsx';
import { MediaFigure, PrintedMedia } from '../ui/media-figure.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { EventFacts } from './event-facts.tsx';
import { PrintedLinks, PrintedMeta, PrintedSources } from './printed-parts.tsx';
import { RelatedLinks } from './related-links.tsx';

/** Where an event is read: the details panel on screen, or the printout (and the built page). */
export type Medium = 'screen' | 'print';

type Part =
  | 'title'
  | 'date'
  | 'date-note'
  | 'change-note'
  | 'media'
  | 'summary'
  | 'quotes'
  | 'links'
  | 'facts'
  | 'sources';

/**
 * The parts of an event in the order each medium shows them. The panel leads with the title,
 * under the bar that steps through events, and keeps how a date was set for after the story; a
 * printed entry in a list leads with its date, as a chronology does. On screen the sources are
 * among the facts.
 */
const ORDER: Record<Medium, readonly Part[]> = {
  screen: [
    'title',
    'date',
    'media',
    'summary',
    'quotes',
    'links',
    'date-note',
    'change-note',
    'facts',
  ],
  print: ['date', 'title', 'date-note', 'media', 'summary', 'quotes', 'facts', 'links', 'sources'],
};

/**
 * An event's body, its title to its sources, for the details panel and the printout alike: one
 * place that says what an event shows, and how each medium words and orders it.
 */
export function EventBody({
  event,
  medium,
  level = 3,
}: {
  event: TimelineEvent;
  medium: Medium;
  /** A printed title's heading level: below its list's, and below its band's where grouped. */
  level?: 3 | 4;
}) {
  const origin = useTimelineStore((s) => s.origin);
  const hydrated = useHydrated();
  // The badge is the reader's own (their last visit, or a link's day): the built page has none.
  const change = useTimelineStore((s) =>
    medium === 'screen' ? selectChanges(s)?.get(event.id) : undefined,
  );
  const screen = medium === 'screen';

  // Text from the data: dir="auto" or <bdi> keeps its direction, and its bidi controls, to
  // itself, so a right-to-left override in a title cannot reverse what follows it.
  const part = (name: Part) => {
    switch (name) {
      case 'title': {
        if (screen) {
          return (
            <h2 key={name} className="details__title" dir="auto" tabIndex={-1}>
              {event.title}
            </h2>
          );
        }
        const Title = level === 3 ? 'h3' : 'h4';
        return (
          <Title key={name} className="print-event__title" dir="auto">
            {event.title}
          </Title>
        );
      }
      case 'date':
        return (
          <p key={name} className={screen ? 'details__date' : 'print-event__date'}>
            <bdi>{event.date.label}</bdi>
            {event.date.kind === 'fuzzy' &&
              (screen ? (
                <span className="details__precision">{t().approximate}</span>
              ) : (
                t().approximate
              ))}
            {screen && hydrated && change !== undefined && (
              <>
                {' '}
                <span className={`change-badge change-badge--${change}`}>
                  {t().changeBadge(change)}
                </span>
              </>
            )}
          </p>
        );
      case 'date-note':
        if (!event.dateNote) return null;
        return screen ? (
          // How the date was set is method, not story: on screen it follows what happened.
          <p key={name} className="details__date-note" dir="auto">
            <strong>{t().aboutTheDate}</strong> {event.dateNote}
          </p>
        ) : (
          <p key={name} className="print-event__note" dir="auto">
            {event.dateNote}
          </p>
        );
      case 'change-note':
        return event.changeNote ? (
          <p key={name} className="details__change-note" dir="auto">
            <strong>{t().whatChanged}</strong> {event.changeNote}
          </p>
        ) : null;
      case 'media':
        return event.media.map((media, i) =>
          screen ? (
            <MediaFigure
              key={`${name}-${event.id}-${i}`}
              media={media}
              storeUrl={storeAddressOnPage(origin)}
              name={event.title}
            />
          ) : (
            <PrintedMedia
              key={`${name}-${i}`}
              media={media}
              storeUrl={storeAddressOnPage(origin)}
            />
          ),
        );
      case 'summary':
        return (
          <EventSummary
            key={name}
            event={event}
            className={screen ? 'details__summary' : 'print-event__summary'}
          />
        );
      case 'quotes': {
        const quotes = event.quotes.map((quote, i) => (
          <QuoteFigure
            key={`${name}-${i}`}
            quote={quote}
            className={screen ? 'details__quote' : 'print-event__quote'}
          />
        ));
        if (!screen) return quotes;
        return event.quotes.length > 0 ? (
          <section key={name} aria-label={t().quotes}>
            {quotes}
          </section>
        ) : null;
      }
      case 'links':
        return screen ? (
          <RelatedLinks key={name} event={event} />
        ) : (
          <PrintedLinks key={name} event={event} />
        );
      case 'facts':
        return screen ? (
          <EventFacts key={name} event={event} />
        ) : (
          <PrintedMeta key={name} event={event} />
        );
      case 'sources':
        // On screen, the sources are among the facts.
        return screen ? null : <PrintedSources key={name} event={event} />;
      default:
        return assertNever(name);
    }
  };

  return <>{ORDER[medium].map(part)}</>;
}
