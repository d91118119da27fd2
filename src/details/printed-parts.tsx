import type { TimelineEvent } from '../data/schema.ts';
import { t } from '../i18n/messages.ts';
import { relatedByHeading, relatedEvents } from '../state/related-events.ts';
import { selectAllEvents, selectDataset, useTimelineStore } from '../state/store.ts';
import { IsolatedList } from '../ui/isolated-text.tsx';
import { linkHeading } from '../ui/link-heading.ts';

/** A printed event's topics, group and people, in a sentence. */
export function PrintedMeta({ event }: { event: TimelineEvent }) {
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const groups = useTimelineStore((s) => selectDataset(s)?.groups);
  const labelOf = (id: string) => topics?.find((t) => t.id === id)?.label ?? id;
  const group = event.group === undefined ? undefined : groups?.find((g) => g.id === event.group);
  return (
    <p className="print-event__meta">
      {t().printTopics}
      <IsolatedList items={event.topics.map(labelOf)} />
      {group && (
        <>
          {t().printGroup}
          <bdi>{group.label}</bdi>
        </>
      )}
      {event.people.length > 0 && (
        <>
          {t().printPeople}
          <IsolatedList items={event.people} />
        </>
      )}
      .
    </p>
  );
}

/** A printed event's sources, in a sentence, each linked where it has an address. */
export function PrintedSources({ event }: { event: TimelineEvent }) {
  if (!event.sources.length) return null;
  return (
    <p className="print-event__sources">
      {t().printSources(event.sources.length)}
      {event.sources.map((source, i) => (
        <span key={i}>
          {i > 0 && '; '}
          <bdi>
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer">
                {source.name}
              </a>
            ) : (
              source.name
            )}
          </bdi>
        </span>
      ))}
      .
    </p>
  );
}

/** The events this one is linked with, each heading on a line: "Led to: …; …." */
export function PrintedLinks({ event }: { event: TimelineEvent }) {
  const events = useTimelineStore(selectAllEvents);
  const sections = relatedByHeading(relatedEvents(event, events));
  return sections.map(({ kind, events: related }) => (
    <p key={kind} className="print-event__links">
      {linkHeading(kind)}:{' '}
      {related.map(({ event: other, note }, i) => (
        <span key={other.id}>
          {i > 0 && '; '}
          <bdi>{other.title}</bdi> (<bdi>{other.date.label}</bdi>)
          {note && (
            <>
              {' — '}
              <bdi>{note}</bdi>
            </>
          )}
        </span>
      ))}
      {/* A note that ends its own sentence ends the line. */}
      {/[.!?…][”’"')]*$/.test(related.at(-1)?.note ?? '') ? '' : '.'}
    </p>
  ));
}
