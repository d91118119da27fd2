import { useId, useState } from 'react';
import {
  selectAllEvents,
  selectDataset,
  selectShownEvents,
  selectTopicCounts,
  useTimelineStore,
} from '../state/store.ts';
import { useTheme } from '../ui/theme.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { topicColorFor } from '../ui/contrast.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/messages.ts';
import { ChangesSummary } from './changes-controls.tsx';

export function FilterBar() {
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const counts = useTimelineStore(selectTopicCounts);
  const activeTopics = useTimelineStore((s) => s.activeTopics);
  const query = useTimelineStore((s) => s.query);
  const shownCount = useTimelineStore((s) => selectShownEvents(s).length);
  const totalCount = useTimelineStore((s) => selectAllEvents(s).length);
  const toggleTopic = useTimelineStore((s) => s.toggleTopic);
  const setQuery = useTimelineStore((s) => s.setQuery);
  const clearFilters = useTimelineStore((s) => s.clearFilters);
  const whatsNew = useTimelineStore((s) => s.whatsNew);
  const searchId = useId();
  const topicsId = useId();
  // Only a phone shows the disclosure (CSS hides it on wider screens, where the toggles fit).
  const [topicsOpen, setTopicsOpen] = useState(false);
  const theme = useTheme();
  const hydrated = useHydrated();

  const filtered = activeTopics.length > 0 || query.trim() !== '' || whatsNew;

  return (
    <section className="filters" aria-label={t().filters}>
      <div className="filters__search">
        <label htmlFor={searchId}>{t().search}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t().searchPlaceholder}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="filters__topics-toggle"
        aria-expanded={topicsOpen}
        aria-controls={topicsId}
        onClick={() => setTopicsOpen((open) => !open)}
      >
        {t().topics}
        {activeTopics.length > 0 && (
          <>
            {' '}
            ({formatNumber(activeTopics.length)}){' '}
            <span className="visually-hidden">{t().active}</span>
          </>
        )}
      </button>
      <div
        id={topicsId}
        className={`filters__topics${topicsOpen ? ' filters__topics--open' : ''}`}
        role="group"
        aria-label={t().topics}
      >
        {topics?.map((topic) => {
          const pressed = activeTopics.includes(topic.id);
          const count = counts.get(topic.id) ?? 0;
          return (
            <button
              key={topic.id}
              type="button"
              className="topic-toggle"
              aria-pressed={pressed}
              style={
                hydrated ? { ['--topic' as string]: topicColorFor(topic.color, theme) } : undefined
              }
              onClick={() => toggleTopic(topic.id)}
            >
              <span className="topic-toggle__swatch" aria-hidden="true" />
              {/* Named by its visible text, "Sanctions 6", then what the number counts. */}
              <bdi>{topic.label}</bdi>{' '}
              <span className="topic-toggle__count">{formatNumber(count)}</span>{' '}
              <span className="visually-hidden">{t().eventNoun(count)}</span>
            </button>
          );
        })}
      </div>
      <ChangesSummary />
      <div className="filters__status">
        <p role="status" aria-live="polite" aria-label={t().eventsShownLabel}>
          {t().countShown(shownCount, totalCount)}
        </p>
        <button type="button" onClick={clearFilters} disabled={!filtered}>
          {t().clearFilters}
        </button>
      </div>
    </section>
  );
}
