import type { Topic } from '../data/schema.ts';
import { isolate } from '../lib/display-text.ts';

const COUNT = new Intl.NumberFormat('en-US');

/**
 * The filters in words, for a printout where the pressed toggles and the search box are gone:
 * "5 of 27 events, in the topics Sanctions or NATO, matching the search “putin”."
 */
export function describeFilters(
  topics: readonly Topic[],
  activeTopics: readonly string[],
  query: string,
  shown: number,
  total: number,
): string {
  const search = query.trim();
  if (!activeTopics.length && !search) {
    return `All ${COUNT.format(total)} ${total === 1 ? 'event' : 'events'}, no filters.`;
  }
  const parts = [`${COUNT.format(shown)} of ${COUNT.format(total)} events`];
  if (activeTopics.length) {
    const labelOf = new Map(topics.map((t) => [t.id, t.label]));
    // Isolated: a label's right-to-left override must not reverse the rest of the sentence.
    const labels = activeTopics.map((id) => isolate(labelOf.get(id) ?? id));
    // An event shows when it has any of the pressed topics (filterEvents): "or", not "and".
    parts.push(
      labels.length === 1
        ? `in the topic ${labels[0]}`
        : `in the topics ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`,
    );
  }
  if (search) parts.push(`matching the search “${isolate(search)}”`);
  return `${parts.join(', ')}.`;
}
