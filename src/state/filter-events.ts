import type { TimelineEvent } from '../data/schema.ts';

/** Folds case, accents and typographic quotes, so "putins" finds "Putin’s" and "orban" finds "Orbán". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .toLowerCase();
}

const searchTextCache = new WeakMap<TimelineEvent, string>();

function searchTextOf(event: TimelineEvent): string {
  let text = searchTextCache.get(event);
  if (text === undefined) {
    text = foldText(`${event.title}\n${event.summary}`);
    searchTextCache.set(event, text);
  }
  return text;
}

/**
 * An event shows when it has any active topic (none active = all) and every word of the query
 * appears in its title or summary.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  activeTopics: readonly string[],
  query: string,
): TimelineEvent[] {
  const active = new Set(activeTopics);
  const words = foldText(query).split(/\s+/).filter(Boolean);
  return events.filter(
    (event) =>
      (active.size === 0 || event.topics.some((t) => active.has(t))) &&
      (words.length === 0 || words.every((w) => searchTextOf(event).includes(w))),
  );
}

/** How many events matching the query each topic has: what a toggle would show. */
export function countByTopic(events: readonly TimelineEvent[], query: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of filterEvents(events, [], query)) {
    for (const topic of event.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}
