import { useId } from 'react';
import {
  selectAllEvents,
  selectDataset,
  selectShownEvents,
  selectTopicCounts,
  useTimelineStore,
} from '../state/store.ts';
import { useTheme } from '../ui/theme.ts';
import { topicColorFor } from '../ui/topic-color.ts';

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
  const searchId = useId();
  const theme = useTheme();

  const filtered = activeTopics.length > 0 || query.trim() !== '';

  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder="Title or text, e.g. sanctions"
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div className="filters__topics" role="group" aria-label="Topics">
        {topics?.map((topic) => {
          const pressed = activeTopics.includes(topic.id);
          const count = counts.get(topic.id) ?? 0;
          return (
            <button
              key={topic.id}
              type="button"
              className="topic-toggle"
              aria-pressed={pressed}
              aria-label={`${topic.label}, ${count.toLocaleString('en-US')} ${count === 1 ? 'event' : 'events'}`}
              style={{ ['--topic' as string]: topicColorFor(topic.color, theme) }}
              onClick={() => toggleTopic(topic.id)}
            >
              <span className="topic-toggle__swatch" aria-hidden="true" />
              {topic.label}
              <span className="topic-toggle__count">{count.toLocaleString('en-US')}</span>
            </button>
          );
        })}
      </div>
      <div className="filters__status">
        <p role="status" aria-live="polite">
          {shownCount.toLocaleString('en-US')} of {totalCount.toLocaleString('en-US')} events
        </p>
        <button type="button" onClick={clearFilters} disabled={!filtered}>
          Clear filters
        </button>
      </div>
    </section>
  );
}
