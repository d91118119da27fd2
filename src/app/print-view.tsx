import type { Era, TimelineEvent } from '../data/schema.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';
import { describeFilters } from '../filters/index.ts';
import {
  changesDay,
  selectAllEvents,
  selectDataset,
  selectSelectedEvent,
  selectShownEvents,
  useTimelineStore,
} from '../state/store.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { usePrinting } from '../ui/use-printing.ts';
import { t } from '../i18n/messages.ts';
import { bandsOf } from '../timeline/lib/bands.ts';
import { inTimeOrder } from '../timeline/lib/eras.ts';
import { EventBody } from '../details/index.ts';

/**
 * What a printout shows in place of the interactive page (print.css hides the controls): the
 * filters in words, the open event, the dataset's eras, then every shown event in time order, in
 * full.
 *
 * The events are rendered only while printing (and into pages built ahead of time), whatever
 * their number. Kept hidden in the page,
 * even a few hundred full articles would be re-rendered on every keystroke in the search box and
 * would double every title and summary for whatever reads the DOM rather than the screen (tests,
 * extensions). Every way of printing announces itself in time: the print dialog, window.print()
 * and headless PDF export fire beforeprint (checked with Chromium's page.pdf()), and print
 * emulation changes matchMedia('print').
 */
export function PrintView() {
  const dataset = useTimelineStore(selectDataset);
  const shown = useTimelineStore(selectShownEvents);
  const total = useTimelineStore((s) => selectAllEvents(s).length);
  const open = useTimelineStore(selectSelectedEvent);
  const activeTopics = useTimelineStore((s) => s.activeTopics);
  const query = useTimelineStore((s) => s.query);
  const groupBy = useTimelineStore((s) => s.groupBy);
  const whatsNewSince = useTimelineStore((s) => (s.whatsNew ? changesDay(s) : null));
  const printing = usePrinting();
  // Prerendered pages hold the list too, for readers without JavaScript (prerendered.css shows
  // it to them); the client drops it once it has hydrated.
  const prerendering = !useHydrated();
  if (!dataset || !(printing || prerendering)) return null;
  const { topics } = dataset;

  return (
    <section className="print-view" aria-label={t().printableList}>
      <p className="print-view__filters">
        {describeFilters(topics, activeTopics, query, shown.length, total, whatsNewSince)}
      </p>
      {open && (
        <section className="print-view__open" aria-labelledby="print-open-heading">
          <h2 id="print-open-heading" className="print-view__heading">
            {t().openEvent}
          </h2>
          <PrintedEvent event={open} />
        </section>
      )}
      {dataset.eras.length > 0 && <PrintedEras eras={dataset.eras} />}
      {shown.length > 0 && (
        <section aria-labelledby="print-list-heading">
          <h2 id="print-list-heading" className="print-view__heading">
            {shown.length === 1
              ? t().theEvent
              : groupBy === 'none'
                ? t().theEventsInOrder
                : t().theEventsByBand}
          </h2>
          {groupBy === 'none' ? (
            <PrintedList events={shown} level={3} />
          ) : (
            // Grouped on screen, grouped on paper: each band's events under its label.
            bandsOf(shown, groupBy, dataset, t().ungrouped).map((band) => (
              <section key={band.key} aria-labelledby={`print-band-${band.key}`}>
                <h3 id={`print-band-${band.key}`} className="print-view__band">
                  <bdi>{band.label}</bdi>
                </h3>
                <PrintedList events={band.events} level={4} />
              </section>
            ))
          )}
        </section>
      )}
    </section>
  );
}

function PrintedList({
  events,
  level,
}: {
  events: readonly TimelineEvent[];
  /** The events' headings: below the list's, and below their band's where grouped. */
  level: 3 | 4;
}) {
  return (
    <ol className="print-view__list">
      {events.map((event) => (
        <li key={event.id}>
          <PrintedEvent event={event} level={level} />
        </li>
      ))}
    </ol>
  );
}

/** The periods the timeline draws behind its events, in time order, with their dates. */
function PrintedEras({ eras }: { eras: readonly Era[] }) {
  return (
    <section aria-labelledby="print-eras-heading">
      <h2 id="print-eras-heading" className="print-view__heading">
        {t().eras}
      </h2>
      <ul className="print-view__eras">
        {inTimeOrder(eras).map(({ era }) => (
          <li key={era.id}>
            <bdi className="print-view__era-title">{era.title}</bdi>
            {': '}
            <bdi>
              {formatIsoForReaders(era.written.start)} – {formatIsoForReaders(era.written.end)}
            </bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PrintedEvent({ event, level = 3 }: { event: TimelineEvent; level?: 3 | 4 }) {
  return (
    <article className="print-event">
      <EventBody event={event} medium="print" level={level} />
    </article>
  );
}
