import type { TimelineEvent } from '../data/schema.ts';
import { formatIsoForReaders } from '../data/partial-date.ts';
import { t } from '../i18n/messages.ts';
import { selectDataset, useTimelineStore } from '../state/store.ts';
import { topicColorFor } from '../ui/contrast.ts';
import { IsolatedList } from '../ui/isolated-text.tsx';
import { useTheme } from '../ui/theme.ts';
import { useHydrated } from '../ui/use-hydrated.ts';

/**
 * The open event's facts in the panel: its people, sources, group and topics (each a button that
 * shows only that topic), and when it was added and updated.
 */
export function EventFacts({ event }: { event: TimelineEvent }) {
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const groups = useTimelineStore((s) => selectDataset(s)?.groups);
  const showOnlyTopic = useTimelineStore((s) => s.showOnlyTopic);
  const theme = useTheme();
  const hydrated = useHydrated();
  const topicById = new Map(topics?.map((t) => [t.id, t]));
  const group = event.group === undefined ? undefined : groups?.find((g) => g.id === event.group);
  return (
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
  );
}
