import { useMemo } from 'react';
import type { TimelineEvent } from '../data/schema.ts';
import { selectDataset, useTimelineStore } from '../state/store.ts';

const FALLBACK_COLOR = '#374151';

/**
 * A marker's colour: its first topic's, or the first active one's while filtering, so that the
 * colours on screen match the pressed toggles.
 */
export function useTopicColors(): (event: TimelineEvent) => string {
  const topics = useTimelineStore((s) => selectDataset(s)?.topics);
  const activeTopics = useTimelineStore((s) => s.activeTopics);
  return useMemo(() => topicColorOf(topics ?? [], activeTopics), [topics, activeTopics]);
}

/** useTopicColors' colours, for the dataset's topics and the active ones. */
export function topicColorOf(
  topics: readonly { id: string; color: string }[],
  activeTopics: readonly string[],
): (event: TimelineEvent) => string {
  const colors = new Map(topics.map((t) => [t.id, t.color]));
  const active = new Set(activeTopics);
  return (event: TimelineEvent) => {
    const topic = event.topics.find((t) => active.has(t)) ?? event.topics[0] ?? '';
    return colors.get(topic) ?? FALLBACK_COLOR;
  };
}
