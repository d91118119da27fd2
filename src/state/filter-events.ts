import type { TimelineEvent } from '../data/schema.ts';
import type { Changes } from './changes.ts';

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

interface TopicMasks {
  bit: Map<string, number>;
  /** One bit per topic, per event, aligned with the event list. */
  masks: Uint32Array;
}

const masksCache = new WeakMap<readonly TimelineEvent[], TopicMasks | null>();

/**
 * Each event's topics as a bit mask, built once per dataset: a topic filter is then one AND per
 * event instead of a set lookup per topic per event. Null past 32 topics (a plain scan then).
 */
function topicMasks(events: readonly TimelineEvent[]): TopicMasks | null {
  if (masksCache.has(events)) return masksCache.get(events) ?? null;
  const bit = new Map<string, number>();
  const masks = new Uint32Array(events.length);
  let result: TopicMasks | null = { bit, masks };
  outer: for (let i = 0; i < events.length; i++) {
    for (const topic of (events[i] as TimelineEvent).topics) {
      let b = bit.get(topic);
      if (b === undefined) {
        if (bit.size === 32) {
          result = null;
          break outer;
        }
        b = bit.size;
        bit.set(topic, b);
      }
      masks[i] = (masks[i] as number) | (1 << b);
    }
  }
  masksCache.set(events, result);
  return result;
}

/**
 * An event shows when it has any active topic (none active = all), every word of the query
 * appears in its title or summary, and, with the What's new filter on (`changes`), it is new or
 * updated.
 */
export function filterEvents(
  events: readonly TimelineEvent[],
  activeTopics: readonly string[],
  query: string,
  changes: Changes | null = null,
): readonly TimelineEvent[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const matches = (event: TimelineEvent) => {
    if (changes && !changes.has(event.id)) return false;
    if (!words.length) return true;
    const text = searchTextOf(event);
    return words.every((w) => text.includes(w));
  };
  // No filter at all: the dataset's own (sorted) list, not a 100,000-element copy.
  if (!activeTopics.length) return words.length || changes ? events.filter(matches) : events;

  const index = topicMasks(events);
  if (!index) {
    const active = new Set(activeTopics);
    return events.filter((e) => e.topics.some((t) => active.has(t)) && matches(e));
  }
  let wanted = 0;
  for (const topic of activeTopics) {
    const b = index.bit.get(topic);
    if (b !== undefined) wanted |= 1 << b;
  }
  const shown: TimelineEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    if (((index.masks[i] as number) & wanted) !== 0 && matches(events[i] as TimelineEvent)) {
      shown.push(events[i] as TimelineEvent);
    }
  }
  return shown;
}

/** How many events matching the query (and What's new) each topic has: what a toggle would show. */
export function countByTopic(
  events: readonly TimelineEvent[],
  query: string,
  changes: Changes | null = null,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of filterEvents(events, [], query, changes)) {
    for (const topic of event.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}
